import Foundation

/// Checks a data directory without changing anything (backs `parcours verify`).
public enum LogVerifier {
    /// Reads every log file of the data directory at `directory`.
    public static func verify(directory: URL, upgraders: [RecordUpgrader] = RecordUpgrader.builtIn) throws -> VerifyReport {
        let root = directory.standardizedFileURL.path
        guard POSIXFile.exists(root) else { throw EventLogError.noDataDirectory(path: root) }
        let decoder = RecordDecoder(upgraders: upgraders)
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: root + "/events")) ?? [])
            .filter { $0.hasSuffix(".jsonl") && !$0.hasPrefix(".") && !ConflictCopy.matches($0) }
            .sorted()
        var report = VerifyReport()
        for name in names {
            let file = "events/" + name
            var cursor = LogFileCursor(file: file, writer: String(name.dropLast(6)))
            let bytes: [UInt8]
            do {
                bytes = try POSIXFile.read(root + "/" + file) ?? []
            } catch {
                report.damaged.append(.unreadableFile(file: file, reason: error.description))
                continue
            }
            let batch = cursor.consume(bytes, decoder: decoder)
            report.files.append(.init(file: file, records: batch.records.count,
                                      lastSequence: batch.records.map(\.sequence).max() ?? 0))
            report.records += batch.records.count
            report.damaged += batch.damaged
            report.sequenceProblems += batch.outOfPlace
            if let torn = batch.tornTail { report.tornTails.append(torn) }
        }
        report.setAside = ((try? FileManager.default.contentsOfDirectory(atPath: root + "/setaside")) ?? [])
            .filter { $0.hasSuffix(".torn") }
            .sorted()
            .map { "setaside/" + $0 }
        return report
    }
}

import Foundation

/// Checks a data directory without changing anything (backs `parcours verify`): every
/// line of every log, the order of each file, and what this installation acknowledged.
public enum LogVerifier {
    /// Reads every log file of the data directory at `directory`, a chunk at a time.
    public static func verify(directory: URL, upgraders: [RecordUpgrader] = RecordUpgrader.builtIn,
                              chunkBytes: Int = 32 << 20) throws -> VerifyReport {
        let root = directory.standardizedFileURL.path
        guard POSIXFile.exists(root) else { throw EventLogError.noDataDirectory(path: root) }
        let decoder = RecordDecoder(upgraders: upgraders)
        let entries = ((try? FileManager.default.contentsOfDirectory(atPath: root + "/events")) ?? []).sorted()
        let names = entries.filter { $0.hasSuffix(".jsonl") && !$0.hasPrefix(".") && !ConflictCopy.matches($0) }
        var report = VerifyReport()
        report.conflictCopies = entries.filter { $0.hasSuffix(".jsonl") && ConflictCopy.matches($0) }.map { "events/" + $0 }
        for name in names {
            let file = "events/" + name
            var cursor = LogFileCursor(file: file, writer: String(name.dropLast(6)))
            var summary = VerifyReport.FileSummary(file: file)
            var limit = chunkBytes
            while true {
                let bytes: [UInt8]
                do {
                    guard let read = try POSIXFile.read(root + "/" + file, from: cursor.offset, limit: limit) else { break }
                    bytes = read
                } catch {
                    report.damaged.append(.unreadableFile(file: file, reason: error.reason))
                    break
                }
                let before = cursor.offset
                let batch = cursor.consume(bytes, decoder: decoder)
                summary.records += batch.records.count
                summary.formatOneRecords += batch.records.reduce(0) { $0 + ($1.version == 1 ? 1 : 0) }
                summary.setAside += batch.outOfPlace.reduce(0) { $0 + ($1.setsRecordAside ? 1 : 0) }
                report.damaged += batch.damaged
                report.outOfPlace += batch.outOfPlace
                if bytes.count < limit {
                    if let torn = batch.tornTail { report.tornTails.append(torn) }
                    break
                }
                // A line longer than a chunk: read a larger one.
                if cursor.offset == before { limit *= 2 }
            }
            summary.lastSequence = cursor.lastSequence
            report.files.append(summary)
        }
        report.records = report.files.reduce(0) { $0 + $1.records }
        if let identity = WriterIdentity.load(from: root + "/local/writer.json") {
            report.missing = identity.allAcknowledged.compactMap { $0.missing(in: root, decoder: decoder) }
        }
        report.setAside = ((try? FileManager.default.contentsOfDirectory(atPath: root + "/setaside")) ?? [])
            .filter { $0.hasSuffix(".torn") }
            .sorted()
            .map { "setaside/" + $0 }
        return report
    }
}

extension LogVerifier {
    /// The problems of one log file (relative to the data directory): damaged lines and
    /// records out of place or set aside, with their lines.
    public static func verify(file: String, in directory: URL) throws -> [LogProblem] {
        let root = directory.standardizedFileURL.path
        let name = (file as NSString).lastPathComponent
        guard name.hasSuffix(".jsonl") else { return [] }
        var cursor = LogFileCursor(file: file, writer: String(name.dropLast(6)))
        let bytes = try POSIXFile.read(root + "/" + file) ?? []
        let batch = cursor.consume(bytes, decoder: RecordDecoder())
        return batch.damaged + batch.outOfPlace
    }
}

extension EventLogError {
    /// The system's reason alone (the file is named by the problem that carries it).
    var reason: String {
        switch self {
        case .cannotRead(_, let reason), .cannotCreate(_, let reason): reason
        default: description
        }
    }
}

import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif
@testable import EventLog

/// The `eventlog-stress` executable, built next to the test bundle.
func stressExecutable() throws -> URL {
    var candidates: [URL] = []
    if let executable = Bundle.main.executableURL {
        candidates.append(executable.deletingLastPathComponent().appendingPathComponent("eventlog-stress"))
    }
    let argument0 = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    candidates.append(argument0.deletingLastPathComponent().appendingPathComponent("eventlog-stress"))
    for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
        candidates.append(bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("eventlog-stress"))
    }
    let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    candidates.append(packageRoot.appendingPathComponent(".build/debug/eventlog-stress"))
    for candidate in candidates where FileManager.default.isExecutableFile(atPath: candidate.path) {
        return candidate
    }
    throw StressToolMissing(searched: candidates.map(\.path))
}

struct StressToolMissing: Error, CustomStringConvertible {
    let searched: [String]
    var description: String { "eventlog-stress not found (build it: swift build --build-tests); looked in \(searched)" }
}

@Suite struct MultiProcessTests {
    @Test func twoProcessesAppendingAtOnce() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let data = temp.child("data")
        let tool = try stressExecutable()
        var processes: [Process] = []
        var outputs: [URL] = []
        for index in 0..<2 {
            // Output goes to files, so no child ever blocks on a full pipe.
            let output = temp.child("out-\(index).txt")
            _ = FileManager.default.createFile(atPath: output.path, contents: nil)
            let process = Process()
            process.executableURL = tool
            process.arguments = ["append", data.path, "5000"]
            process.standardOutput = try FileHandle(forWritingTo: output)
            try process.run()
            processes.append(process)
            outputs.append(output)
        }
        for process in processes {
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
        }
        let printed = outputs.map { String(decoding: fileBytes($0), as: UTF8.self).split(separator: "\n").compactMap { Int($0) } }
        #expect(printed.map(\.count) == [5000, 5000])
        #expect(Set(printed[0] + printed[1]) == Set(1...10000))

        let report = try LogVerifier.verify(directory: data)
        #expect(report.isClean)
        #expect(report.files.count == 1)  // one installation: one writer
        let reader = try EventLog(directory: data, readOnly: true)
        let records = try reader.readNew()
        #expect(records.count == 10000)
        #expect(records.map(\.sequence) == Array(1...10000))
        #expect(zip(records, records.dropFirst()).allSatisfy { $0.clock < $1.clock })
        #expect(Set(records.map(\.id)).count == 10000)
        // File order is merge order: no interleaving, each line whole.
        let bytes = fileBytes(data.appendingPathComponent("events/\(records[0].writer).jsonl"))
        let fileSequences = lines(of: bytes).compactMap { line -> Int? in
            if case .record(let record) = decodeLine(line) { return record.sequence }
            return nil
        }
        #expect(fileSequences == Array(1...10000))
    }

    @Test func killedWriterLosesNoAcknowledgedAppend() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let data = temp.child("data")
        let process = Process()
        process.executableURL = try stressExecutable()
        process.arguments = ["loop", data.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        var received = Data()
        while received.filter({ $0 == 0x0A }).count < 300 {
            let chunk = pipe.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            received += chunk
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        received += pipe.fileHandleForReading.readDataToEndOfFile()
        #expect(process.terminationReason == .uncaughtSignal)

        // Only whole printed lines count as acknowledged.
        let text = String(decoding: received, as: UTF8.self)
        let acknowledged = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().compactMap { Int($0) }
        #expect(acknowledged.count >= 300)

        let restarted = try EventLog(directory: data)
        let records = try restarted.readNew()
        let sequences = Set(records.map(\.sequence))
        #expect(acknowledged.allSatisfy { sequences.contains($0) })
        #expect(records.map(\.sequence) == Array(1...records.count))
        #expect(restarted.problems.allSatisfy { if case .tornTail = $0 { true } else { false } })
        #expect(restarted.problems.count <= 1)
        #expect(try appendOne(restarted).sequence == records.count + 1)
        #expect(try LogVerifier.verify(directory: data).isClean)
    }
}

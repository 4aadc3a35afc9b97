import EventLog
import Foundation
import ParcoursDemo
import ParcoursDomain
import ParcoursTestSupport
import Testing
@testable import ParcoursKit

/// Records that a sync brings and that sort before the snapshot's last event are folded
/// from the checkpoint (the snapshot saved before it) when they sort after it: the state
/// is the plain fold's, and only when nothing precedes them is everything folded again.
@Suite struct CheckpointTests {
    /// The data directory's log files, each split at a Lamport clock: the lines up to it
    /// stay, the others are returned (to be appended later, as a sync would).
    static func cut(_ url: URL, atClock limit: Int) throws -> [URL: [String]] {
        var tails: [URL: [String]] = [:]
        let events = url.appendingPathComponent("events")
        for name in try FileManager.default.contentsOfDirectory(atPath: events.path) where name.hasSuffix(".jsonl") {
            let file = events.appendingPathComponent(name)
            let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n").map(String.init)
            let keep = lines.prefix { clock($0) <= limit }
            tails[file] = Array(lines.dropFirst(keep.count))
            try keep.map { $0 + "\n" }.joined().write(to: file, atomically: false, encoding: .utf8)
        }
        // This installation wrote one of the files: cut, it would be reported as damaged.
        try? FileManager.default.removeItem(at: url.appendingPathComponent("local/writer.json"))
        return tails
    }

    static func clock(_ line: String) -> Int {
        let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        return object?["clock"] as? Int ?? 0
    }

    static func append(_ lines: [String], to file: URL) throws {
        let handle = try FileHandle(forWritingTo: file)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(lines.map { $0 + "\n" }.joined().utf8))
        try handle.close()
    }

    /// Three writers cut at two clocks: the first part folded (snapshot 1), then two
    /// writers' next part (snapshot 2; snapshot 1 becomes the checkpoint). The third
    /// writer's next part, arriving last, sorts between the two snapshots.
    static func twoSnapshotsAndALateWriter(seed: UInt64 = 11, first: Int = 40, second: Int = 80,
                                           lateWriter: Int = 2) throws -> (url: URL, late: URL, lines: [String], rest: [URL: [String]]) {
        let url = try GeneratedData.make(events: 9_000, seed: seed, writers: 3)
        let all = try FileManager.default.contentsOfDirectory(atPath: url.appendingPathComponent("events").path)
            .filter { $0.hasSuffix(".jsonl") }.sorted()
        let maxClock = try all.flatMap { name in
            try String(contentsOf: url.appendingPathComponent("events/" + name), encoding: .utf8)
                .split(separator: "\n").map { clock(String($0)) }
        }.max()!
        // Everything after 40 % of the clocks waits; the second part is up to 80 %.
        var tails = try cut(url, atClock: maxClock * first / 100)
        _ = try Workspace(directory: url, author: "test", useCache: true)
        let late = url.appendingPathComponent("events/" + all[lateWriter])
        var rest: [URL: [String]] = [:]
        for (file, lines) in tails {
            let next = lines.prefix { clock($0) <= maxClock * second / 100 }
            rest[file] = Array(lines.dropFirst(next.count))
            tails[file] = Array(next)
        }
        for (file, lines) in tails where file != late { try append(lines, to: file) }
        let second = try Workspace(directory: url, author: "test", useCache: true)
        #expect(second.foldStart == .snapshot)
        return (url, late, tails[late]!, rest)
    }

    @Test func anOpenAfterLateRecordsFoldsFromTheCheckpoint() throws {
        let (url, late, lines, _) = try Self.twoSnapshotsAndALateWriter()
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(FileManager.default.fileExists(atPath: url.path + "/cache/state.checkpoint"))
        #expect(!lines.isEmpty)
        try Self.append(lines, to: late)
        let opened = try Workspace(directory: url, author: "test", useCache: true)
        // Restored (the checkpoint), not folded from the start.
        #expect(opened.restoredFromCache && opened.foldStart == .checkpoint)
        expectSameState(opened.state, try GeneratedData.plainState(url))
        #expect(opened.problems.isEmpty)
    }

    @Test func aRunningWorkspaceFoldsLateRecordsFromTheCheckpointAndSavesTheSnapshot() throws {
        let (url, late, lines, _) = try Self.twoSnapshotsAndALateWriter()
        defer { try? FileManager.default.removeItem(at: url) }
        let running = try Workspace(directory: url, author: "test", useCache: true)
        try Self.append(lines, to: late)
        #expect(try running.refresh())
        #expect(running.foldStart == .checkpoint)
        let plain = try GeneratedData.plainState(url)
        expectSameState(running.state, plain)
        // The next open restores the snapshot saved then, and folds nothing.
        let next = try Workspace(directory: url, author: "test", useCache: true)
        #expect(next.foldStart == .snapshot && next.snapshotIdentity != nil)
        expectSameState(next.state, plain)
        // Deciding on that state appends after it.
        let session = try #require(next.state.sessions.values.sorted { $0.id < $1.id }.first)
        let holder = try #require(next.state.expectedHolders(session: session).first)
        try next.perform(.attend(session: session.id, holder: holder.id, mark: .absent))
        expectSameState(try Workspace(directory: url, author: "test", useCache: true).state, try GeneratedData.plainState(url))
    }

    @Test func aCommandMeetingLateRecordsFoldsFromTheCheckpointThenDecides() throws {
        let (url, late, lines, _) = try Self.twoSnapshotsAndALateWriter()
        defer { try? FileManager.default.removeItem(at: url) }
        let running = try Workspace(directory: url, author: "test", useCache: true)
        let session = try #require(running.state.sessions.values.sorted { $0.id < $1.id }.first)
        let holder = try #require(running.state.expectedHolders(session: session).first)
        try Self.append(lines, to: late)
        try running.perform(.attend(session: session.id, holder: holder.id, mark: .absent))
        #expect(running.foldStart == .checkpoint)
        #expect(running.state.mark(session: session.id, holder: holder.id)?.mark == .absent)
        expectSameState(running.state, try GeneratedData.plainState(url))
    }

    /// Random cut points and late writers: wherever the late records fall, the open gives
    /// the plain fold's state, from a snapshot they sort after.
    @Test(arguments: [UInt64(21), 22, 23, 24])
    func wherever(seed: UInt64) throws {
        var random = SeededGenerator(seed: seed)
        let first = 20 + Int(random.next() % 40), second = first + 10 + Int(random.next() % 30)
        let (url, late, lines, _) = try Self.twoSnapshotsAndALateWriter(seed: seed, first: first, second: second,
                                                                        lateWriter: Int(random.next() % 3))
        defer { try? FileManager.default.removeItem(at: url) }
        try Self.append(lines, to: late)
        let opened = try Workspace(directory: url, author: "test", useCache: true)
        // The first part's snapshot is the snapshot still, or the checkpoint when the
        // second part was large enough to be saved: either way not the logs' beginning.
        #expect(opened.foldStart != .logs)
        expectSameState(opened.state, try GeneratedData.plainState(url))
    }

    @Test func recordsBeforeTheCheckpointTooAreFoldedFromTheStart() throws {
        let (url, late, lines, rest) = try Self.twoSnapshotsAndALateWriter()
        defer { try? FileManager.default.removeItem(at: url) }
        try Self.append(lines, to: late)
        _ = try Workspace(directory: url, author: "test", useCache: true)
        // A fourth writer whose records sort before both slots: a copy of the late
        // writer's file under another writer's name cannot be made (records name their
        // writer), so the late part is cut back and given to it again later.
        for (file, more) in rest { try Self.append(more, to: file) }
        let earlyWriter = try GeneratedData.make(events: 300, seed: 12, writers: 1)
        defer { try? FileManager.default.removeItem(at: earlyWriter) }
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: earlyWriter.path + "/events").first)
        try FileManager.default.copyItem(atPath: earlyWriter.path + "/events/" + name, toPath: url.path + "/events/" + name)
        let opened = try Workspace(directory: url, author: "test", useCache: true)
        #expect(!opened.restoredFromCache && opened.foldStart == .logs)
        expectSameState(opened.state, try GeneratedData.plainState(url))
    }
}

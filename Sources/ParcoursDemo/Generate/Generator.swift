import EventLog
import Foundation
import ParcoursKit
import ParcoursDomain

/// Writes a realistic synthetic data directory (for benchmarks and tests): the same
/// seed gives the same events in the same order per writer. Event and writer ids are
/// minted by `EventLog` and so differ from run to run.
public enum Generator {
    /// Events appended per `EventLog.append` call: one write and one fsync per batch.
    static let batchSize = 8_192

    /// Generates `events` events into the empty data directory `directory`, spread over
    /// `writers` writer files (whole cohorts per writer; the set-up is writer 1's).
    /// `progress` receives (events written, events wanted).
    @discardableResult
    public static func run(directory: URL, events: Int, seed: UInt64 = 1, writers: Int = 1,
                           progress: (Int, Int) -> Void = { _, _ in }) throws -> GenerateSummary {
        guard events > 0 else { throw GenerateError.invalidCount("--events must be at least 1") }
        guard (1...64).contains(writers) else { throw GenerateError.invalidCount("--writers must be between 1 and 64") }
        let root = directory.standardizedFileURL
        if let names = try? FileManager.default.contentsOfDirectory(atPath: root.path + "/events"),
           names.contains(where: { $0.hasSuffix(".jsonl") }) {
            throw GenerateError.notEmpty(root.path)
        }

        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        var world = SyntheticWorld(seed: seed, expectedEvents: events)
        let main = try EventLog(directory: root)
        var logs = [main]
        var sideDirectories: [URL] = []
        defer { for side in sideDirectories { try? FileManager.default.removeItem(at: side) } }

        let setUp = world.setUp()
        var written = 0
        written += try append(Array(setUp.events.prefix(events)), chunk: setUp, to: main)
        // Other writers start from a copy of the set-up, so their Lamport clocks follow it
        // and their cohorts sort after the programmes they belong to.
        if writers > 1 {
            let setUpFile = root.path + "/events/\(main.writerID).jsonl"
            for k in 2...writers {
                let side = root.deletingLastPathComponent()
                    .appendingPathComponent(".\(root.lastPathComponent)-writer\(k)-\(getpid())", isDirectory: true)
                try? FileManager.default.removeItem(at: side)
                sideDirectories.append(side)
                try FileManager.default.createDirectory(atPath: side.path + "/events", withIntermediateDirectories: true)
                try FileManager.default.copyItem(atPath: setUpFile, toPath: side.path + "/events/\(main.writerID).jsonl")
                logs.append(try EventLog(directory: side))
            }
        }

        var pending = Array(repeating: SyntheticWorld.Chunk(day: setUp.day, author: setUp.author, events: []), count: writers)
        while written < events {
            let chunk = world.nextCohort()
            let writer = (world.cohortCount - 1) % writers
            let take = min(chunk.events.count, events - written - pending.reduce(0) { $0 + $1.events.count })
            if take <= 0 { break }
            pending[writer].events += chunk.events.prefix(take)
            pending[writer].day = chunk.day
            pending[writer].author = chunk.author
            if pending[writer].events.count >= batchSize {
                written += try append(pending[writer].events, chunk: pending[writer], to: logs[writer])
                pending[writer].events = []
                progress(written, events)
            }
        }
        for writer in 0..<writers where !pending[writer].events.isEmpty {
            written += try append(pending[writer].events, chunk: pending[writer], to: logs[writer])
        }
        progress(written, events)

        for (k, log) in logs.enumerated().dropFirst() {
            let source = sideDirectories[k - 1].path + "/events/\(log.writerID).jsonl"
            if FileManager.default.fileExists(atPath: source) {
                try FileManager.default.moveItem(atPath: source, toPath: root.path + "/events/\(log.writerID).jsonl")
            }
        }
        return GenerateSummary(events: written, writers: writers, programmes: world.programmes.count,
                               cohorts: world.cohortCount, holders: world.holderCount, sessions: world.sessionCount)
    }

    /// Encodes the payloads on every core, then appends them in one write.
    private static func append(_ events: [DomainEvent], chunk: SyntheticWorld.Chunk, to log: EventLog) throws -> Int {
        guard !events.isEmpty else { return 0 }
        let records = try ParallelMap.map(events) { event in
            let (type, payload) = try event.encoded()
            return PendingRecord(type: type, payload: payload)
        }
        let time = SyntheticWorld.date(chunk.day, hour: 20)
        let (_, appended) = try log.append(author: chunk.author, time: time) { _ in records }
        return appended.count
    }
}

import Foundation
import ParcoursKit

/// The network head's sync, on a copy of the generated data: one writer's last records
/// arrive after the others' (an operator who synced late), so they sort before the
/// snapshot's last event. `prepare` leaves a snapshot and its checkpoint with those
/// records held back; `fold` lets them arrive and times what a sync does then
/// (`refreshAfterRewrite`, after its merge); the parent then times the next open.
enum LateSync {
    /// Where the held-back records wait (outside `events/`, so no open sees them).
    static func heldBack(_ directory: URL) -> URL { directory.appendingPathComponent("bench-late", isDirectory: true) }

    /// Cuts every file before the late writer's last `late` records, folds (snapshot 1),
    /// lets the other writers' records after the cut arrive and folds them (snapshot 2;
    /// snapshot 1 becomes the checkpoint). Prints how many records were held back from
    /// the late writer, then from the others.
    static func prepare(_ directory: URL, late: Int) throws {
        let events = directory.appendingPathComponent("events", isDirectory: true)
        let files = try FileManager.default.contentsOfDirectory(atPath: events.path).filter { $0.hasSuffix(".jsonl") }.sorted()
        // The late writer: the one whose last `late` records start earliest, so that the
        // others wrote the most after them (what sorts after the late records).
        var chosen: (name: String, tail: (bytes: Data, offset: Int, clocks: [Int]))?
        for name in files {
            let part = try tail(events.appendingPathComponent(name)) { _, index in index < late }
            guard part.clocks.count == late, let first = part.clocks.last else { continue }
            if chosen.map({ first < $0.tail.clocks.last! }) ?? true { chosen = (name, part) }
        }
        guard let (lateFile, lateTail) = chosen, let firstLate = lateTail.clocks.last else {
            throw CocoaError(.fileReadCorruptFile)
        }
        let cut = firstLate - 1
        try? FileManager.default.removeItem(at: heldBack(directory))
        try FileManager.default.createDirectory(at: heldBack(directory), withIntermediateDirectories: true)
        var others = 0
        for name in files {
            let file = events.appendingPathComponent(name)
            let part = try tail(file) { clock, _ in clock > cut }
            try part.bytes.write(to: heldBack(directory).appendingPathComponent(name))
            guard truncate(file.path, off_t(part.offset)) == 0 else { throw CocoaError(.fileWriteUnknown) }
            if name != lateFile { others += part.clocks.count }
        }
        // The generated data's own writer is one of these files: cut, it would be a damaged log.
        try? FileManager.default.removeItem(at: directory.appendingPathComponent("local/writer.json"))
        _ = try Workspace(directory: directory, author: "bench", useCache: true)
        for name in files where name != lateFile { try arrive(name, in: directory) }
        let second = try Workspace(directory: directory, author: "bench", useCache: true)
        second.saveSnapshotIfBehind()
        print(lateTail.clocks.count)
        print(others)
    }

    /// Opens (not timed), lets the late writer's records arrive, and prints the seconds
    /// `refreshAfterRewrite` takes (the fold and the new snapshot), where the fold
    /// started (0 the logs, 1 the snapshot, 2 the checkpoint), and the events folded.
    static func fold(_ directory: URL) throws {
        let workspace = try Workspace(directory: directory, author: "bench", useCache: true)
        let names = try FileManager.default.contentsOfDirectory(atPath: heldBack(directory).path).sorted()
        for name in names { try arrive(name, in: directory) }
        print(try Measure.seconds { try workspace.refreshAfterRewrite() })
        switch workspace.foldStart {
        case .logs: print(0)
        case .snapshot: print(1)
        case .checkpoint: print(2)
        }
        print(workspace.eventCount)
    }

    /// Appends the held-back records of one file to it.
    private static func arrive(_ name: String, in directory: URL) throws {
        let held = heldBack(directory).appendingPathComponent(name)
        let bytes = try Data(contentsOf: held)
        if !bytes.isEmpty {
            let handle = try FileHandle(forWritingTo: directory.appendingPathComponent("events/" + name))
            try handle.seekToEnd()
            try handle.write(contentsOf: bytes)
            try handle.close()
        }
        try FileManager.default.removeItem(at: held)
    }

    /// The last lines of a file while `take(clock, index from the end)` holds: their
    /// bytes, where they start, their clocks (last line first).
    private static func tail(_ file: URL, while take: (Int, Int) -> Bool) throws
        -> (bytes: Data, offset: Int, clocks: [Int]) {
        let data = try Data(contentsOf: file, options: .alwaysMapped)
        var clocks: [Int] = []
        var end = data.count
        while end > 0 {
            var start = end - 1
            while start > 0, data[start - 1] != UInt8(ascii: "\n") { start -= 1 }
            let clock = Self.clock(data[start..<end])
            guard take(clock, clocks.count) else { break }
            clocks.append(clock)
            end = start
        }
        return (Data(data[end...]), end, clocks)
    }

    /// The `"clock":N` of a record line.
    private static func clock(_ line: Data.SubSequence) -> Int {
        guard let at = line.firstRange(of: Data("\"clock\":".utf8)) else { return 0 }
        var value = 0
        for byte in line[at.upperBound...] {
            guard byte >= 48, byte <= 57 else { break }
            value = value * 10 + Int(byte - 48)
        }
        return value
    }
}

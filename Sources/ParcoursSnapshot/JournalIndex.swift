import EventLog
import ParcoursCodec
import ParcoursDomain

/// Where each folded event lies in the logs, in fold order, and which events refer to
/// each entity. The events themselves stay on disk: a journal screen reads back the few
/// hundred lines it shows, so the memory of an open workspace does not grow with every
/// event (16 bytes per event here, against several hundred for a decoded event).
package struct JournalIndex: Sendable {
    /// Writer ids, numbered in order of first appearance.
    package private(set) var writers: [String] = []
    private var writerNumbers: [String: Int] = [:]
    /// The writer number of the last event appended.
    private var lastWriter = 0
    /// Per event: writer number (high 16 bits) and byte offset of the line (low 48 bits).
    private var places: [UInt64] = []
    private var lengths: [UInt32] = []
    private var sequences: [UInt32] = []
    /// Per entity id, the positions (fold order) of the events that refer to it: since
    /// the snapshot in `recent`, before it in `settled`.
    private var recent: [EntityID: [Int32]] = [:]
    private var settled = EntityPositions()

    package var count: Int { places.count }

    package mutating func append(writer: String, offset: Int, length: Int, sequence: Int, references: [EntityID]) {
        let number: Int
        if lastWriter < writers.count, writers[lastWriter] == writer {
            // Consecutive events mostly share a writer (and its very string): no hashing.
            number = lastWriter
        } else if let known = writerNumbers[writer] {
            number = known
        } else {
            number = writers.count
            writers.append(writer)
            writerNumbers[writer] = number
        }
        lastWriter = number
        let position = Int32(places.count)
        places.append(UInt64(number) << 48 | UInt64(offset))
        lengths.append(UInt32(length))
        sequences.append(UInt32(sequence))
        for id in references { recent[id, default: []].appendOnce(position) }
    }

    /// Where the event at `position` (fold order) lies.
    package func place(_ position: Int) -> LogPlace {
        let packed = places[position]
        return LogPlace(writer: writers[Int(packed >> 48)], offset: Int(packed & 0xFFFF_FFFF_FFFF),
                        length: Int(lengths[position]), sequence: Int(sequences[position]))
    }

    /// Positions of the events referring to any of `ids`, in fold order.
    package func positions(concerning ids: Set<EntityID>) -> [Int] {
        var positions = Set<Int32>()
        for id in ids {
            positions.formUnion(recent[id] ?? [])
            positions.formUnion(settled.positions(of: Fingerprint(id: id)))
        }
        return positions.sorted().map(Int.init)
    }

    package init() {}

    /// Moves the recent positions into the settled layout (before a snapshot is saved).
    package mutating func settle() {
        guard !recent.isEmpty else { return }
        settled = settled.adding(recent)
        recent = [:]
    }
}

/// Per entity, the positions of the events that refer to it, as the snapshot stores them:
/// the ids' fingerprints sorted, and one column of positions cut at `starts`. Restoring
/// copies these columns instead of building a dictionary of every entity again.
struct EntityPositions: Sendable, Equatable {
    private(set) var high: [UInt64] = []
    private(set) var low: [UInt64] = []
    /// The positions of the i-th id are `flat[starts[i]..<starts[i + 1]]`.
    private(set) var starts: [Int32] = [0]
    private(set) var flat: [Int32] = []

    init() {}

    /// Columns as read back: nil when they do not fit together (a damaged file).
    init?(high: [UInt64], low: [UInt64], starts: [Int32], flat: [Int32], events: Int) {
        guard Fingerprint.areSorted(high: high, low: low), starts.count == high.count + 1, starts.first == 0,
              starts.last.map(Int.init) == flat.count else { return nil }
        for i in starts.indices.dropFirst() where starts[i - 1] > starts[i] { return nil }
        guard flat.allSatisfy({ $0 >= 0 && Int($0) < events }) else { return nil }
        self.high = high
        self.low = low
        self.starts = starts
        self.flat = flat
    }

    func positions(of key: Fingerprint) -> ArraySlice<Int32> {
        guard let row = Fingerprint.row(of: key, high: high, low: low) else { return [] }
        return flat[Int(starts[row])..<Int(starts[row + 1])]
    }

    /// These positions and `recent` (all later in fold order) together.
    func adding(_ recent: [EntityID: [Int32]]) -> EntityPositions {
        // Settled rows first among equal fingerprints: their positions come earlier.
        var rows: [(key: Fingerprint, row: Int, id: EntityID?)] = []
        rows.reserveCapacity(high.count + recent.count)
        for i in high.indices { rows.append((Fingerprint(high: high[i], low: low[i]), i, nil)) }
        for id in recent.keys { rows.append((Fingerprint(id: id), -1, id)) }
        rows.sort { ($0.key.high, $0.key.low, $0.row < 0 ? 1 : 0) < ($1.key.high, $1.key.low, $1.row < 0 ? 1 : 0) }
        var merged = EntityPositions()
        merged.flat.reserveCapacity(flat.count + recent.values.reduce(0) { $0 + $1.count })
        for row in rows {
            if merged.high.last == row.key.high, merged.low.last == row.key.low {
                merged.starts.removeLast()  // the same id as the row before: one row for both
            } else {
                merged.high.append(row.key.high)
                merged.low.append(row.key.low)
            }
            if let id = row.id {
                merged.flat += recent[id] ?? []
            } else {
                merged.flat += flat[Int(starts[row.row])..<Int(starts[row.row + 1])]
            }
            merged.starts.append(Int32(merged.flat.count))
        }
        return merged
    }
}

extension JournalIndex {
    /// Its columns as they are (the snapshot cache); the workspace settles it first, so
    /// nothing is copied here.
    func write(to w: inout SnapshotWriter) {
        let positions = recent.isEmpty ? settled : settled.adding(recent)
        w.array(writers) { $0.string($1) }
        w.words(places)
        w.words(lengths)
        w.words(sequences)
        w.words(positions.high)
        w.words(positions.low)
        w.words(positions.starts)
        w.words(positions.flat)
    }

    init(reading r: inout SnapshotReader) throws {
        writers = try r.array { try $0.string() }
        for (number, writer) in writers.enumerated() { writerNumbers[writer] = number }
        places = try r.words(UInt64.self)
        lengths = try r.words(UInt32.self)
        sequences = try r.words(UInt32.self)
        guard lengths.count == places.count, sequences.count == places.count,
              places.allSatisfy({ Int($0 >> 48) < writers.count }) else { throw SnapshotReader.Damaged() }
        guard let positions = EntityPositions(high: try r.words(UInt64.self), low: try r.words(UInt64.self),
                                              starts: try r.words(Int32.self), flat: try r.words(Int32.self),
                                              events: places.count) else { throw SnapshotReader.Damaged() }
        settled = positions
    }
}

private extension Array where Element == Int32 {
    /// Appends `position` unless it is already last (an event naming an id twice).
    mutating func appendOnce(_ position: Int32) {
        if last != position { append(position) }
    }
}

import EventLog
import ParcoursDomain

/// Where each folded event lies in the logs, in fold order, and which events refer to
/// each entity. The events themselves stay on disk: a journal screen reads back the few
/// hundred lines it shows, so the memory of an open workspace does not grow with every
/// event (16 bytes per event here, against several hundred for a decoded event).
struct JournalIndex: Sendable, Codable {
    /// Writer ids, numbered in order of first appearance.
    private(set) var writers: [String] = []
    private var writerNumbers: [String: Int] = [:]
    /// Per event: writer number (high 16 bits) and byte offset of the line (low 48 bits).
    private var places: [UInt64] = []
    private var lengths: [UInt32] = []
    private var sequences: [UInt32] = []
    /// Per entity id, the positions (fold order) of the events that refer to it.
    private var byEntity: [EntityID: [Int32]] = [:]

    var count: Int { places.count }

    mutating func append(writer: String, offset: Int, length: Int, sequence: Int, references: [EntityID]) {
        let number: Int
        if let known = writerNumbers[writer] {
            number = known
        } else {
            number = writers.count
            writers.append(writer)
            writerNumbers[writer] = number
        }
        let position = Int32(places.count)
        places.append(UInt64(number) << 48 | UInt64(offset))
        lengths.append(UInt32(length))
        sequences.append(UInt32(sequence))
        for id in references { byEntity[id, default: []].appendOnce(position) }
    }

    /// Where the event at `position` (fold order) lies.
    func place(_ position: Int) -> LogPlace {
        let packed = places[position]
        return LogPlace(writer: writers[Int(packed >> 48)], offset: Int(packed & 0xFFFF_FFFF_FFFF),
                        length: Int(lengths[position]), sequence: Int(sequences[position]))
    }

    /// Positions of the events referring to any of `ids`, in fold order.
    func positions(concerning ids: Set<EntityID>) -> [Int] {
        var positions = Set<Int32>()
        for id in ids { positions.formUnion(byEntity[id] ?? []) }
        return positions.sorted().map(Int.init)
    }

    private enum CodingKeys: String, CodingKey { case writers, places, lengths, sequences, byEntity }

    init() {}

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        writers = try c.decode([String].self, forKey: .writers)
        places = try c.decode([UInt64].self, forKey: .places)
        lengths = try c.decode([UInt32].self, forKey: .lengths)
        sequences = try c.decode([UInt32].self, forKey: .sequences)
        byEntity = try c.decode([EntityID: [Int32]].self, forKey: .byEntity)
        for (number, writer) in writers.enumerated() { writerNumbers[writer] = number }
    }
}

extension JournalIndex {
    /// Its columns as they are (the snapshot cache).
    func write(to w: inout SnapshotWriter) {
        w.array(writers) { $0.string($1) }
        w.words(places)
        w.words(lengths)
        w.words(sequences)
        w.int(byEntity.count)
        for (id, positions) in byEntity {
            w.string(id)
            w.words(positions)
        }
    }

    init(reading r: inout SnapshotReader) throws {
        writers = try r.array { try $0.string() }
        for (number, writer) in writers.enumerated() { writerNumbers[writer] = number }
        places = try r.words(UInt64.self)
        lengths = try r.words(UInt32.self)
        sequences = try r.words(UInt32.self)
        guard lengths.count == places.count, sequences.count == places.count,
              places.allSatisfy({ Int($0 >> 48) < writers.count }) else { throw SnapshotReader.Damaged() }
        let n = try r.count()
        byEntity = Dictionary(minimumCapacity: n)
        for _ in 0..<n {
            let id = try r.string()
            let positions = try r.words(Int32.self)
            guard positions.allSatisfy({ $0 >= 0 && Int($0) < places.count }) else { throw SnapshotReader.Damaged() }
            byEntity[id] = positions
        }
    }
}

private extension Array where Element == Int32 {
    /// Appends `position` unless it is already last (an event naming an id twice).
    mutating func appendOnce(_ position: Int32) {
        if last != position { append(position) }
    }
}

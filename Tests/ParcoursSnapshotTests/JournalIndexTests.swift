import Testing
@testable import ParcoursDemo
@testable import ParcoursSnapshot
import ParcoursKit
import ParcoursDomain

/// The journal index answers the same whether its positions per entity are recent (a
/// dictionary), settled (the snapshot's sorted columns), or some of each.
@Suite struct JournalIndexTests {
    /// Appends `count` events, each referring to two of `ids`, and what a plain
    /// dictionary of positions per id says.
    static func append(_ count: Int, to index: inout JournalIndex, model: inout [EntityID: [Int]], ids: [EntityID],
                       seed: UInt64) {
        var rng = SeededGenerator(seed: seed)
        for _ in 0..<count {
            let a = ids.randomElement(using: &rng)!, b = ids.randomElement(using: &rng)!
            let position = index.count
            index.append(writer: "w\(position % 3)", offset: position * 100, length: 99, sequence: position + 1,
                         references: [a, b])
            for id in Set([a, b]) { model[id, default: []].append(position) }
        }
    }

    static let ids = (0..<40).map { "id\($0)" } + ["é", "", "a-much-longer-identifier-than-usual"]

    func agree(_ index: JournalIndex, _ model: [EntityID: [Int]]) {
        for id in Self.ids + ["never-seen"] {
            #expect(index.positions(concerning: [id]) == (model[id] ?? []), "\(id)")
        }
        let some: Set<EntityID> = ["id1", "id7", "é"]
        #expect(index.positions(concerning: some) == Set(some.flatMap { model[$0] ?? [] }).sorted())
    }

    @Test func recentSettledAndBothAnswerAlike() throws {
        var index = JournalIndex(), model: [EntityID: [Int]] = [:]
        Self.append(300, to: &index, model: &model, ids: Self.ids, seed: 1)
        agree(index, model)
        index.settle()
        agree(index, model)
        // After a snapshot: new events for old and new ids, then settled again.
        Self.append(200, to: &index, model: &model, ids: Self.ids + ["new1", "new2"], seed: 2)
        agree(index, model)
        index.settle()
        agree(index, model)
    }

    @Test func theSnapshotColumnsComeBack() throws {
        var index = JournalIndex(), model: [EntityID: [Int]] = [:]
        Self.append(300, to: &index, model: &model, ids: Self.ids, seed: 3)
        index.settle()
        Self.append(50, to: &index, model: &model, ids: Self.ids, seed: 4)
        // Written with part of it not settled: the columns hold both parts.
        var bytes: [UInt8] = []
        var w = SnapshotWriter { bytes.append(contentsOf: $0) }
        index.write(to: &w)
        let table = w.finish()
        let back = try bytes.withUnsafeBytes { raw in
            var r = try SnapshotReader(raw, table: table)
            return try JournalIndex(reading: &r)
        }
        agree(back, model)
        #expect(back.count == 350)
        #expect(back.place(349) == index.place(349))
    }

    @Test func columnsThatDoNotFitAreRefused() {
        let fits = EntityPositions(high: [1, 2], low: [0, 0], starts: [0, 1, 3], flat: [0, 1, 2], events: 3)
        #expect(fits != nil)
        #expect(fits?.positions(of: Fingerprint(high: 2, low: 0)) == [1, 2])
        #expect(EntityPositions(high: [2, 1], low: [0, 0], starts: [0, 1, 3], flat: [0, 1, 2], events: 3) == nil)
        #expect(EntityPositions(high: [1, 2], low: [0, 0], starts: [0, 3, 1], flat: [0, 1, 2], events: 3) == nil)
        #expect(EntityPositions(high: [1, 2], low: [0, 0], starts: [0, 1, 2], flat: [0, 1, 2], events: 3) == nil)
        #expect(EntityPositions(high: [1, 2], low: [0, 0], starts: [0, 1, 3], flat: [0, 1, 3], events: 3) == nil)
        #expect(EntityPositions(high: [1], low: [0, 0], starts: [0, 1, 3], flat: [0, 1, 2], events: 3) == nil)
    }
}

import Testing
@testable import ParcoursDomain

/// The last change of each conflict subject answers the same whether it is held in the
/// dictionary (after a fold), in the settled columns (after a restore), or both.
@Suite struct LastChangesTests {
    /// Subjects of every kind, with and without a holder, ids alike but for one character.
    static let subjects: [ConflictSubject] = ConflictSubject.Kind.allCases.flatMap { kind in
        (0..<60).map { i in
            ConflictSubject(kind: kind, entity: "e\(i % 20)", holder: i < 20 ? nil : "h\(i)")
        }
    }

    @Test func settledColumnsAnswerAsTheDictionary() throws {
        var changes = LastChanges()
        var expected: [ConflictSubject: Int] = [:]
        for (i, subject) in Self.subjects.enumerated() {
            changes[subject] = i * 7
            expected[subject] = i * 7
        }
        // Changed again later: the later position counts.
        for subject in Self.subjects.prefix(30) {
            changes[subject] = 10_000
            expected[subject] = 10_000
        }
        var settled = changes
        settled.settle()
        let form = settled.settledForm
        let restored = LastChanges(settled: try #require(
            LastChanges.Settled(high: form.high, low: form.low, positions: form.positions)))
        for subject in Self.subjects {
            #expect(changes[subject] == expected[subject])
            #expect(settled[subject] == expected[subject])
            #expect(restored[subject] == expected[subject])
        }
        #expect(form.high.count == Self.subjects.count)
        #expect(restored == changes)
        #expect(restored[ConflictSubject(kind: .stage, entity: "unknown")] == nil)
    }

    @Test func aChangeAfterARestoreWinsOverTheSettledOne() throws {
        var before = LastChanges()
        for (i, subject) in Self.subjects.enumerated() { before[subject] = i }
        before.settle()
        var after = LastChanges(settled: before.settledForm)
        let subject = Self.subjects[17], fresh = ConflictSubject(kind: .attendance, entity: "s-new", holder: "h-new")
        after[subject] = 99_999
        after[fresh] = 100_000
        #expect(after[subject] == 99_999)
        #expect(after != before)
        // Settled again (a new snapshot): one row per subject, the later position kept.
        var again = after
        again.settle()
        #expect(again[subject] == 99_999)
        #expect(again[fresh] == 100_000)
        #expect(again.settledForm.high.count == Self.subjects.count + 1)
        #expect(again == after)
    }

    /// A fold that asks often, with more recent changes than a scan allows: the recent
    /// changes are sorted into the settled ones on the way, and every answer is still the
    /// latest change (the same subject changed many times among them).
    @Test func questionsAmongManyRecentChangesFindTheLatest() {
        var changes = LastChanges()
        var expected: [ConflictSubject: Int] = [:]
        let subjects = (0..<3_000).map { ConflictSubject(kind: .attendance, entity: "s\($0 % 300)", holder: "h\($0)") }
        for position in 0..<(3 * LastChanges.scanLimit) {
            let subject = subjects[(position &* 7_919) % subjects.count]
            changes[subject] = position
            expected[subject] = position
            if position % 97 == 0 {
                let asked = subjects[(position &* 31) % subjects.count]
                #expect(changes.lookUp(Fingerprint(asked)) == expected[asked], "asked at \(position)")
            }
        }
        // The questions did sort the recent changes away (else this only tested the scan).
        #expect(changes.recentCount < 2 * LastChanges.scanLimit)
        for subject in subjects { #expect(changes[subject] == expected[subject]) }
        #expect(changes[ConflictSubject(kind: .stage, entity: "unknown")] == nil)
    }

    @Test func damagedColumnsAreRefused() {
        let good = LastChanges.Settled(high: [1, 1, 2], low: [5, 6, 0], positions: [3, 4, 5])
        #expect(good != nil)
        #expect(LastChanges.Settled(high: [1, 1, 2], low: [6, 5, 0], positions: [3, 4, 5]) == nil)  // not sorted
        #expect(LastChanges.Settled(high: [1, 1, 2], low: [5, 5, 0], positions: [3, 4, 5]) == nil)  // twice
        #expect(LastChanges.Settled(high: [1, 2], low: [5, 6, 0], positions: [3, 4, 5]) == nil)  // lengths differ
        #expect(LastChanges.Settled(high: [1, 1, 2], low: [5, 6, 0], positions: [3, -4, 5]) == nil)  // negative
    }

    /// A conflict whose overwritten side was folded before a snapshot names it the same
    /// way after the state is restored from its tables as after one fold.
    @Test func aConflictAfterARestoreNamesTheSameLoser() throws {
        let w = try World.standard()
        let next = w.state.eventCount + 1
        let alice = try ConflictTests.decided(.attend(session: "Atelier 1", holder: "Léa", mark: .present), on: w.state,
                                              author: "Alice", writer: "aaaa", clock: next)
        let bob = try ConflictTests.decided(.attend(session: "Atelier 1", holder: "Léa", mark: .absent), on: w.state,
                                            author: "Bob", writer: "bbbb", clock: next)
        let events = ConflictTests.ordered(w.journal, alice, bob)
        let once = State(events: events)
        // Fold up to Bob's first event, keep the tables as a snapshot would, restore, fold the rest.
        let split = try #require(events.firstIndex { $0.meta.writer == "bbbb" })
        var before = State(events: events[..<split])
        before.settleLastChanges()
        var restored = State(tables: before.tables)
        for event in events[split...] { restored.apply(event) }
        let conflict = try #require(once.conflicts.first)
        #expect(conflict.loser != nil)
        #expect(restored.conflicts == once.conflicts)
        #expect(restored.tables.lastChange == once.tables.lastChange)
    }
}

import Foundation
import Testing
@testable import ParcoursDomain

/// Two writers decide on the same shared state without seeing each other, then both
/// logs are folded in merge order, as every machine does after a sync.
struct ConflictTests {
    /// Decides `command` against `state` as `author`, recorded by `writer` at `clock`.
    static func decided(_ command: Command, on state: State, author: String, writer: String,
                        clock: Int) throws -> [RecordedEvent] {
        let context = Context(now: Date(timeIntervalSince1970: 1_700_000_000 + Double(clock)),
                              today: Day(iso: "2021-02-01")!, author: author, action: "\(writer)-\(clock)",
                              newID: { UUID().uuidString })
        let decision = try decide(command, state: state, context: context)
        return decision.events.enumerated().map { offset, event in
            RecordedEvent(meta: EventMeta(id: "\(writer)-\(clock + offset)", author: author,
                                          time: Date(timeIntervalSince1970: 1_700_000_000 + Double(clock + offset)),
                                          writer: writer, clock: clock + offset, sequence: clock + offset),
                          event: event)
        }
    }

    /// The shared history plus both writers' events, in merge order.
    static func ordered(_ base: [RecordedEvent], _ a: [RecordedEvent], _ b: [RecordedEvent]) -> [RecordedEvent] {
        (base + a + b).sorted {
            ($0.meta.clock, $0.meta.writer, $0.meta.sequence) < ($1.meta.clock, $1.meta.writer, $1.meta.sequence)
        }
    }

    /// The shared history plus both writers' events, folded in merge order.
    static func merged(_ base: [RecordedEvent], _ a: [RecordedEvent], _ b: [RecordedEvent]) -> State {
        State(events: ordered(base, a, b))
    }

    @Test func sameAttendanceMarkedDifferentlyIsAConflictTheLaterWriterWins() throws {
        let w = try World.standard()
        let base = w.state
        let next = base.eventCount + 1
        let alice = try Self.decided(.attend(session: "Atelier 1", holder: "Léa", mark: .present), on: base,
                                     author: "Alice", writer: "aaaa", clock: next)
        let bob = try Self.decided(.attend(session: "Atelier 1", holder: "Léa", mark: .absent), on: base,
                                   author: "Bob", writer: "bbbb", clock: next)
        let state = Self.merged(w.journal, alice, bob)
        let session = w.session("Atelier 1").id, holder = w.holder("Léa Martin").id

        // Same clock: the writer id breaks the tie, so Bob's mark is later and wins.
        #expect(state.mark(session: session, holder: holder)?.mark == .absent)
        let conflict = try #require(state.conflicts.first)
        #expect(state.conflicts.count == 1)
        #expect(conflict.subject == ConflictSubject(kind: .attendance, entity: session, holder: holder))
        #expect(conflict.winner.author == "Bob")
        #expect(conflict.winner.writer == "bbbb")
        // The loser is named by its place in fold order.
        let loser = try #require(conflict.loser)
        let events = Self.ordered(w.journal, alice, bob)
        #expect(events[loser].meta.author == "Alice")
        #expect(events[loser].meta.writer == "aaaa")
        guard case .mark(let kept) = conflict.kept, case .mark(let overwritten) = conflict.overwritten else {
            Issue.record("attendance conflict carries marks"); return
        }
        #expect(kept?.mark == .absent)
        #expect(overwritten?.mark == .present)
        #expect(conflict.expected == .mark(nil))
    }

    @Test func foldOrderDecidesTheWinnerTheSameWayWhicheverLogArrivesFirst() throws {
        let w = try World.standard()
        let base = w.state
        let next = base.eventCount + 1
        let alice = try Self.decided(.setStage(project: "Épicerie", stage: .etude), on: base,
                                     author: "Alice", writer: "aaaa", clock: next + 1)
        let bob = try Self.decided(.setStage(project: "Épicerie", stage: .test), on: base,
                                   author: "Bob", writer: "bbbb", clock: next)
        let one = Self.merged(w.journal, alice, bob), other = Self.merged(w.journal, bob, alice)
        let project = w.project("Épicerie").id
        // Alice's clock is higher: she wins on both sides, and both sides list the same conflict.
        #expect(one.projects[project]?.stage == .etude)
        #expect(other.projects[project]?.stage == .etude)
        #expect(one.conflicts == other.conflicts)
        let conflict = try #require(one.conflicts.first)
        #expect(conflict.subject == ConflictSubject(kind: .stage, entity: project))
        #expect(conflict.kept == .stage(.etude))
        #expect(conflict.overwritten == .stage(.test))
        #expect(conflict.expected == .stage(.idee))
        #expect(conflict.winner.author == "Alice")
        #expect(conflict.loser.map { Self.ordered(w.journal, alice, bob)[$0].meta.author } == "Bob")
    }

    @Test func aWriterThatSawTheOtherChangeIsNoConflict() throws {
        let w = try World.standard()
        let base = w.state
        let next = base.eventCount + 1
        let alice = try Self.decided(.setStage(project: "Épicerie", stage: .etude), on: base,
                                     author: "Alice", writer: "aaaa", clock: next)
        var seen = base
        for event in alice { seen.apply(event) }
        let bob = try Self.decided(.setStage(project: "Épicerie", stage: .test), on: seen,
                                   author: "Bob", writer: "bbbb", clock: next + 1)
        let state = Self.merged(w.journal, alice, bob)
        #expect(state.projects[w.project("Épicerie").id]?.stage == .test)
        #expect(state.conflicts.isEmpty)
    }

    @Test func twoWritersAgreeingConcurrentlyIsNoConflict() throws {
        let w = try World.standard()
        let base = w.state
        let next = base.eventCount + 1
        let alice = try Self.decided(.attend(session: "Atelier 1", holder: "Tom", mark: .present), on: base,
                                     author: "Alice", writer: "aaaa", clock: next)
        let bob = try Self.decided(.attend(session: "Atelier 1", holder: "Tom", mark: .present), on: base,
                                   author: "Bob", writer: "bbbb", clock: next)
        #expect(Self.merged(w.journal, alice, bob).conflicts.isEmpty)
    }

    @Test func concurrentStatusChangesAndUnrelatedEditsAreToldApart() throws {
        let w = try World.standard()
        let base = w.state
        let next = base.eventCount + 1
        let alice = try Self.decided(.setStatus(project: "Recyclerie", status: .enPause), on: base,
                                     author: "Alice", writer: "aaaa", clock: next)
            + Self.decided(.attend(session: "Atelier 1", holder: "Léa", mark: .present), on: base,
                           author: "Alice", writer: "aaaa", clock: next + 5)
        let bob = try Self.decided(.setStatus(project: "Recyclerie", status: .abandonne), on: base,
                                   author: "Bob", writer: "bbbb", clock: next)
            + Self.decided(.attend(session: "Atelier 1", holder: "Tom", mark: .absent), on: base,
                           author: "Bob", writer: "bbbb", clock: next + 5)
        let state = Self.merged(w.journal, alice, bob)
        // Only the project's status was changed by both; the two marks concern different holders.
        #expect(state.conflicts.map(\.subject.kind) == [.status])
        #expect(state.conflicts.first?.kept == .status(.abandonne))
        #expect(state.conflicts.first?.overwritten == .status(.enPause))
    }

    @Test func concurrentEditsOfOneFieldAreAConflictOfThatFieldOnlyEditsOfOtherFieldsAreNot() throws {
        let w = try World.standard()
        let base = w.state
        let next = base.eventCount + 1
        let alice = try Self.decided(.editHolder(holder: "Léa", HolderEdit(email: "lea@a.fr", phone: "06 01")), on: base,
                                     author: "Alice", writer: "aaaa", clock: next)
            + Self.decided(.editCohort(cohort: "Promo 1", CohortEdit(capacity: .some(10))), on: base,
                           author: "Alice", writer: "aaaa", clock: next + 5)
        let bob = try Self.decided(.editHolder(holder: "Léa", HolderEdit(commune: "Tournon", email: "lea@b.fr")), on: base,
                                   author: "Bob", writer: "bbbb", clock: next)
            + Self.decided(.editCohort(cohort: "Promo 1", CohortEdit(name: "Promo A")), on: base,
                           author: "Bob", writer: "bbbb", clock: next + 5)
        let state = Self.merged(w.journal, alice, bob)
        let lea = w.holder("Léa Martin").id
        // Both changed the e-mail: listed, Bob's (later in merge order) kept. The phone,
        // the commune, the capacity and the name were each changed by one of them: kept, no conflict.
        #expect(state.conflicts.count == 1)
        let conflict = try #require(state.conflicts.first)
        #expect(conflict.subject == ConflictSubject(kind: .holderField, entity: lea, field: "email"))
        #expect((conflict.kept, conflict.overwritten, conflict.expected) == (.field("lea@b.fr"), .field("lea@a.fr"), .field(nil)))
        #expect(conflict.winner.author == "Bob")
        let events = Self.ordered(w.journal, alice, bob)
        #expect(events[try #require(conflict.loser)].meta.author == "Alice")
        let holder = try #require(state.holders[lea])
        #expect((holder.email, holder.phone, holder.commune) == ("lea@b.fr", "06 01", "Tournon"))
        let cohort = try #require(state.cohorts[w.cohort("Promo 1").id])
        #expect(cohort.name == "Promo A" && cohort.capacity == 10)
        // The same on both sides, whichever log arrives first.
        #expect(Self.merged(w.journal, bob, alice).conflicts == state.conflicts)
    }
}

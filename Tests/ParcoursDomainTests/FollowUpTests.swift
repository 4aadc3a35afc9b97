import Foundation
@testable import ParcoursDomain
import Testing

/// Follow-up after the programme (domain.md F21): waves planned per programme, counted
/// from the end of each holder's participation; what is recorded at each wave.
@Suite("Follow-up waves and records")
struct FollowUpTests {
    /// "Lance-toi !" plans 6 months and 1 year; Léa finished on 2021-06-30, Tom is still
    /// in progress. Today is 2022-03-01.
    static func world() throws -> World {
        let w = try World.standard()
        w.today = day("2021-06-30")
        try w.run(.setParticipation(holder: "Léa Martin", cohort: "Promo 1", status: .enCours, date: day("2021-01-12")))
        try w.run(.setParticipation(holder: "Léa Martin", cohort: "Promo 1", status: .termine, date: day("2021-06-30")))
        try w.run(.setParticipation(holder: "Tom Durand", cohort: "Promo 1", status: .enCours, date: day("2021-01-12")))
        w.today = day("2022-03-01")
        try w.run(.planFollowUps(programme: "Lance-toi", waves: [12, 6, 6]))
        return w
    }

    @Test func wavesAreSortedOnceAndBounded() throws {
        let w = try Self.world()
        #expect(w.state.followUpPlans[w.programme("Lance-toi !").id] == [6, 12])
        #expect(w.error(.planFollowUps(programme: "Lance-toi", waves: [6, 12])) == .nothingChanged)
        #expect(w.error(.planFollowUps(programme: "Lance-toi", waves: [0])) == .invalidWave(months: 0))
        #expect(w.error(.planFollowUps(programme: "Lance-toi", waves: [1201])) == .invalidWave(months: 1201))
        try w.run(.planFollowUps(programme: "Lance-toi", waves: [6, 12, 36]))
        try w.run(.undo(author: "claire"))
        #expect(w.state.followUpPlans[w.programme("Lance-toi !").id] == [6, 12])
        try w.run(.planFollowUps(programme: "Lance-toi", waves: []))
        #expect(w.state.followUpPlans.isEmpty)
    }

    @Test func theScheduleCountsFromTheEndOfEachParticipation() throws {
        let w = try Self.world()
        let items = w.state.followUpSchedule(today: w.today)
        // Tom is still in progress: nothing is due for him yet.
        #expect(items.map(\.project) == [w.project("Épicerie").id, w.project("Épicerie").id])
        #expect(items.map(\.wave) == [6, 12])
        #expect(items.map(\.dueDay) == [day("2021-12-30"), day("2022-06-30")])
        #expect(items.map(\.end) == [day("2021-06-30"), day("2021-06-30")])
        #expect(items[0].standing == .due && items[1].standing == .upcoming)
        #expect(items[0].overdue(today: w.today) == 61 && items[1].overdue(today: w.today) == nil)
        #expect(items[0].holders == [w.holder("Léa Martin").id])
        // A drop-out's participation ends too ("sorti"); a transfer does not (it carries on).
        try w.run(.setParticipation(holder: "Tom Durand", cohort: "Promo 1", status: .sorti, date: day("2021-08-31")))
        let tom = w.state.followUpSchedule(today: w.today).filter { $0.project == w.project("Recyclerie").id }
        #expect(tom.map(\.dueDay) == [day("2022-02-28"), day("2022-08-31")], "31 August + 6 months is the last day of February")
    }

    @Test func daysMoveByWholeMonths() {
        #expect(day("2021-01-31").adding(months: 1) == day("2021-02-28"))
        #expect(day("2024-01-31").adding(months: 1) == day("2024-02-29"))
        #expect(day("2021-06-30").adding(months: 36) == day("2024-06-30"))
        #expect(day("2021-03-15").adding(months: -3) == day("2020-12-15"))
        #expect(day("2021-12-05").adding(months: 1) == day("2022-01-05"))
    }

    /// A follow-up that reached the person is a contact: the retention period counts from
    /// it (an unanswered call is not). And the retention cut-off is the same day of the
    /// month, `months` earlier (it was the 28th whatever the day).
    @Test func reachingSomeoneAfterTheProgrammeIsAContact() throws {
        let w = try Self.world()
        let lea = w.holder("Léa Martin").id
        #expect(w.state.lastContact(holder: lea) == day("2021-06-30"))
        try w.run(.recordFollowUp(project: "Épicerie", wave: 12, FollowUpDraft(activity: .injoignable, date: day("2022-02-01"))))
        #expect(w.state.lastContact(holder: lea) == day("2021-06-30"))
        try w.run(.recordFollowUp(project: "Épicerie", wave: 6, FollowUpDraft(activity: .cessee, date: day("2022-01-05"))))
        #expect(w.state.lastContact(holder: lea) == day("2022-01-05"))
        #expect(Retention.day(day("2024-03-05"), minusMonths: 1) == day("2024-02-05"))
        #expect(Retention.day(day("2024-03-31"), minusMonths: 1) == day("2024-02-29"))
        #expect(Retention.day(day("2026-12-06"), minusMonths: 24) == day("2024-12-06"))
    }

    @Test func aRecordNeedsAPlannedWaveAndADayThatHappened() throws {
        let w = try Self.world()
        #expect(w.error(.recordFollowUp(project: "Épicerie", wave: 36, FollowUpDraft(activity: .operationnelle)))
                == .waveNotPlanned(project: "Épicerie", wave: 36, planned: [6, 12]))
        #expect(w.error(.recordFollowUp(project: "Épicerie", wave: 6,
                                        FollowUpDraft(activity: .operationnelle, date: day("2022-03-02"))))
                == .dateInFuture(.followUp, date: day("2022-03-02"), today: day("2022-03-01")))
        #expect(w.error(.recordFollowUp(project: "Épicerie", wave: 6,
                                        FollowUpDraft(activity: .operationnelle, date: day("2020-12-31"))))
                == .dateBeforeRecorded(.followUp, what: "Épicerie", date: day("2020-12-31"), recorded: day("2021-01-04")))
        #expect(w.error(.recordFollowUp(project: "Épicerie", wave: 6, FollowUpDraft(activity: .injoignable, jobsCreated: 1)))
                == .unreachableWithFigures)
        #expect(w.error(.recordFollowUp(project: "Épicerie", wave: 6, FollowUpDraft(activity: .injoignable, structure: "SCIC")))
                == .unreachableWithFigures)
        #expect(w.error(.recordFollowUp(project: "Épicerie", wave: 6, FollowUpDraft(activity: .cessee, jobsKept: -1)))
                == .jobsOutOfRange(-1))
        #expect(w.error(.recordFollowUp(project: "Épicerie", wave: 6,
                                        FollowUpDraft(activity: .cessee, note: "a\u{1B}[2J")))
                == .controlCharacter(.note, code: 0x1B, position: 2))
        // A project with no programme planning follow-ups.
        try w.run(.addHolder(HolderDraft(name: "Anne Solo", projectTitle: "Atelier vélo")))
        #expect(w.error(.recordFollowUp(project: "Atelier vélo", wave: 6, FollowUpDraft(activity: .operationnelle)))
                == .waveNotPlanned(project: "Atelier vélo", wave: 6, planned: []))
        #expect(w.state.followUps.isEmpty, "nothing was recorded")
    }

    @Test func recordingAgainReplacesAndUndoBringsTheFirstBack() throws {
        let w = try Self.world()
        let project = w.project("Épicerie").id
        try w.run(.recordFollowUp(project: "Léa Martin", wave: 6,
                                  FollowUpDraft(activity: .enDeveloppement, date: day("2022-01-05"), note: "cherche un local")))
        let first = try #require(w.state.followUps[project]?.first)
        #expect((first.wave, first.activity, first.date, first.author) == (6, .enDeveloppement, day("2022-01-05"), "claire"))
        #expect(w.error(.recordFollowUp(project: "Épicerie", wave: 6,
                                        FollowUpDraft(activity: .enDeveloppement, date: day("2022-01-05"), note: "cherche un local")))
                == .nothingChanged)
        w.author = "anne"
        let again = try w.run(.recordFollowUp(project: "Épicerie", wave: 6,
                                              FollowUpDraft(activity: .operationnelle, jobsCreated: 2, jobsKept: 1,
                                                            structure: " SCIC L'Épicerie ", date: day("2022-01-10"))))
        #expect(again.summary == .followUpRecorded(project: "Épicerie", wave: 6, activity: .operationnelle, replaced: true))
        let second = try #require(w.state.followUps[project]?.first)
        #expect((second.activity, second.jobsCreated, second.jobsKept, second.structure) == (.operationnelle, 2, 1, "SCIC L'Épicerie"))
        #expect(w.state.followUps[project]?.count == 1)
        try w.run(.undo(author: "anne"))
        #expect(w.state.followUps[project] == [first])
        w.author = "claire"
        try w.run(.undo(author: "claire"))
        #expect(w.state.followUps[project] == nil)
        try w.run(.redo(author: "claire"))
        #expect(w.state.followUps[project] == [first])
        // Removed as a correction, and put back by undo.
        try w.run(.removeFollowUp(project: "Épicerie", wave: 6))
        #expect(w.state.followUps[project] == nil)
        #expect(w.error(.removeFollowUp(project: "Épicerie", wave: 6)) == .noFollowUp(project: "Épicerie", wave: 6))
        try w.run(.undo(author: "claire"))
        #expect(w.state.followUps[project] == [first])
    }

    /// Undo takes back only what is still there: a follow-up someone recorded again since
    /// is not overwritten by undoing the first.
    @Test func undoingARecordSomeoneReplacedSinceIsRefused() throws {
        let w = try Self.world()
        try w.run(.recordFollowUp(project: "Épicerie", wave: 6, FollowUpDraft(activity: .enDeveloppement)))
        w.author = "anne"
        try w.run(.recordFollowUp(project: "Épicerie", wave: 6, FollowUpDraft(activity: .operationnelle)))
        #expect(w.error(.undo(author: "claire")) == .undoConflict(what: "Épicerie"))
        try w.run(.planFollowUps(programme: "Lance-toi", waves: [6, 12, 36]))
        w.author = "claire"
        #expect(w.state.followUps[w.project("Épicerie").id]?.first?.activity == .operationnelle)
    }

    @Test func theJournalSaysWhatWasFound() throws {
        let w = try Self.world()
        try w.run(.recordFollowUp(project: "Épicerie", wave: 12,
                                  FollowUpDraft(activity: .operationnelle, jobsCreated: 2, jobsKept: 1, structure: "SCIC L'Épicerie",
                                                date: day("2022-01-10"), note: "ouverte le samedi")))
        let last = try #require(w.journal.last)
        #expect(Catalog.describe(last, in: w.state, language: .fr)
                == "Suivi à 1 an de « Épicerie » : opérationnelle (2 emplois créés, 1 emploi maintenu, SCIC L'Épicerie) — ouverte le samedi")
        #expect(Catalog.describe(last, in: w.state, language: .en)
                == "Follow-up at 1 year of “Épicerie”: operating (2 jobs created, 1 job kept, SCIC L'Épicerie) — ouverte le samedi")
        #expect(last.event.references == [w.project("Épicerie").id])
    }

    /// Two facilitators call the same holder back and record the same wave differently:
    /// the later one in merge order is kept, the other is listed as a conflict.
    @Test func twoRecordsOfOneWaveWithoutSeeingEachOtherAreAConflict() throws {
        let w = try Self.world()
        let base = w.state, next = base.eventCount + 1
        let alice = try ConflictTests.decided(.recordFollowUp(project: "Épicerie", wave: 6, FollowUpDraft(activity: .operationnelle)),
                                              on: base, author: "Alice", writer: "aaaa", clock: next)
        let bob = try ConflictTests.decided(.recordFollowUp(project: "Épicerie", wave: 6, FollowUpDraft(activity: .cessee)),
                                            on: base, author: "Bob", writer: "bbbb", clock: next)
        let state = ConflictTests.merged(w.journal, alice, bob)
        let project = w.project("Épicerie").id
        #expect(state.followUps[project]?.first?.activity == .cessee)
        let conflict = try #require(state.conflicts.first)
        #expect(state.conflicts.count == 1)
        #expect(conflict.subject == ConflictSubject(kind: .followUp, entity: project, field: "6m"))
        #expect(conflict.winner.author == "Bob")
        #expect(conflict.kept == .field("cessee 2021-02-01") && conflict.overwritten == .field("operationnelle 2021-02-01"))
        // The same finding twice is no conflict.
        let carol = try ConflictTests.decided(.recordFollowUp(project: "Épicerie", wave: 12, FollowUpDraft(activity: .cessee)),
                                              on: base, author: "Carol", writer: "cccc", clock: next + 5)
        let dan = try ConflictTests.decided(.recordFollowUp(project: "Épicerie", wave: 12, FollowUpDraft(activity: .cessee)),
                                            on: base, author: "Dan", writer: "dddd", clock: next + 5)
        #expect(ConflictTests.merged(w.journal, carol, dan).conflicts.isEmpty)
    }
}

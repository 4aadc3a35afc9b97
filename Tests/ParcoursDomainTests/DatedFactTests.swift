import Foundation
import Testing
@testable import ParcoursDomain

/// Issue 16: every dated fact takes a day, checked (not after today, not before what it
/// concerns existed), and a first presence starts a participation by itself.
@Suite struct DatedFactTests {
    @Test func eachDatedFactIsKeptWithItsDayAndReason() throws {
        let w = World()
        w.today = day("2021-03-01")
        try w.run(.addProgramme(name: "Lance-toi !"))
        try w.run(.addCohort(programme: "Lance-toi", name: "Promo 1", start: day("2021-01-11")))
        try w.run(.addHolder(HolderDraft(name: "Léa", projectTitle: "Épicerie", date: day("2021-01-04"))))
        let lea = w.holder("Léa")
        #expect(lea.created == day("2021-01-04") && w.project("Épicerie").created == day("2021-01-04"))
        try w.run(.enrol(holder: "Léa", cohort: "Promo 1", date: day("2021-01-05")))
        try w.run(.setParticipation(holder: "Léa", cohort: "Promo 1", status: .enCours, date: day("2021-01-11"), reason: "a commencé"))
        try w.run(.setStatus(project: "Épicerie", status: .enPause, note: "congé", date: day("2021-02-01")))
        try w.run(.addNote(target: "Léa", text: "Rappel", date: day("2021-02-02")))
        let history = try #require(w.state.participation(holder: lea.id, cohort: w.cohort("Promo 1").id)?.history)
        #expect(history.map(\.date) == [day("2021-01-05"), day("2021-01-11")])
        #expect(history.map(\.reason) == [nil, "a commencé"])
        #expect(w.project("Épicerie").statusHistory.last?.date == day("2021-02-01"))
        #expect(w.state.notes(about: .holder(lea.id)).first?.date == day("2021-02-02"))
        #expect(Catalog.describe(w.journal[w.journal.count - 3], in: w.state, language: .en)
                == "Léa in “Promo 1”: enrolled → in progress — a commencé")
        #expect(Catalog.describe(w.journal[w.journal.count - 2], in: w.state, language: .fr)
                == "« Épicerie » : Actif → En pause — congé")
    }

    @Test func aDayAfterTodayOrBeforeWhatItConcernsExistedIsRefused() throws {
        let w = World()
        w.today = day("2021-03-01")
        try w.run(.addProgramme(name: "Lance-toi !"))
        try w.run(.addCohort(programme: "Lance-toi", name: "Promo 1", start: day("2021-01-11")))
        try w.run(.addHolder(HolderDraft(name: "Léa", projectTitle: "Épicerie", date: day("2021-01-04"))))
        let count = w.state.eventCount
        let future = day("2021-03-02")
        #expect(w.error(.addHolder(HolderDraft(name: "Zoé", date: future))) == .dateInFuture(.holderRecorded, date: future, today: w.today))
        #expect(w.error(.enrol(holder: "Léa", cohort: "Promo 1", date: future)) == .dateInFuture(.enrolment, date: future, today: w.today))
        #expect(w.error(.enrol(holder: "Léa", cohort: "Promo 1", date: day("2021-01-03")))
                == .dateBeforeRecorded(.enrolment, what: "Léa", date: day("2021-01-03"), recorded: day("2021-01-04")))
        #expect(w.error(.addNote(target: "Épicerie", text: "x", date: day("2021-01-01")))
                == .dateBeforeRecorded(.note, what: "Épicerie", date: day("2021-01-01"), recorded: day("2021-01-04")))
        #expect(w.error(.addNote(target: "Léa", text: "x", date: future)) == .dateInFuture(.note, date: future, today: w.today))
        #expect(w.error(.setStatus(project: "Épicerie", status: .abandonne, date: day("2020-12-31")))
                == .dateBeforeRecorded(.statusChange, what: "Épicerie", date: day("2020-12-31"), recorded: day("2021-01-04")))
        #expect(w.state.eventCount == count)

        try w.run(.enrol(holder: "Léa", cohort: "Promo 1", date: day("2021-01-10")))
        try w.run(.setStatus(project: "Épicerie", status: .enPause, date: day("2021-02-01")))
        #expect(w.error(.setParticipation(holder: "Léa", cohort: "Promo 1", status: .enCours, date: day("2021-01-09")))
                == .dateBeforeLastChange(.participationChange, what: "Léa", date: day("2021-01-09"), last: day("2021-01-10")))
        #expect(w.error(.setParticipation(holder: "Léa", cohort: "Promo 1", status: .enCours, date: future))
                == .dateInFuture(.participationChange, date: future, today: w.today))
        #expect(w.error(.setStatus(project: "Épicerie", status: .actif, date: day("2021-01-31")))
                == .dateBeforeLastChange(.statusChange, what: "Épicerie", date: day("2021-01-31"), last: day("2021-02-01")))
        #expect(w.error(.setParticipation(holder: "Léa", cohort: "Promo 1", status: .enCours, reason: "x\u{7}"))
                == .controlCharacter(.reason, code: 7, position: 2))
        // The bounds themselves are accepted.
        try w.run(.setParticipation(holder: "Léa", cohort: "Promo 1", status: .enCours, date: day("2021-01-10")))
        try w.run(.setStatus(project: "Épicerie", status: .actif, date: w.today))
    }

    @Test func aFirstPresenceStartsTheParticipationInTheSameActionAndUndoTakesBothBack() throws {
        let w = try World.standard()
        w.today = day("2021-01-20")
        let lea = w.holder("Léa Martin").id, tom = w.holder("Tom Durand").id, cohort = w.cohort("Promo 1").id
        // An absence starts nothing.
        try w.run(.attend(session: "Atelier 1", holder: "Tom", mark: .absent))
        #expect(w.state.participation(holder: tom, cohort: cohort)?.status == .inscrit)
        let decision = try w.run(.attend(session: "Atelier 1", holder: "Léa", mark: .present))
        #expect(decision.events.map(\.typeName) == ["attendance.marked", "participation.changed"])
        guard case .participationChanged(let p) = decision.events[1] else { Issue.record("expected a participation"); return }
        // Dated the session's day, in the same action, its own event.
        #expect((p.from, p.to, p.date, p.action) == (.inscrit, .enCours, day("2021-01-12"), decision.events[0].action))
        #expect(Catalog.text(decision.summary, .fr)
                == "Léa Martin : présent à « Atelier 1 ». Première présence : Léa Martin est en cours dans « Promo 1 ».")
        // A second presence does not move it again.
        #expect(try w.run(.attend(session: "Atelier 2", holder: "Léa", mark: .present)).events.map(\.typeName)
                == ["attendance.marked", "session.held"])
        try w.run(.undo(author: "claire"))
        try w.run(.undo(author: "claire"))
        #expect(w.state.participation(holder: lea, cohort: cohort)?.status == .inscrit)
        #expect(w.state.participation(holder: lea, cohort: cohort)?.history.count == 1)

        // Everyone present at once: each inscrit starts, said in one message.
        let all = try w.run(.markAllPresent(session: "Atelier 2"))
        #expect(all.summary == .both(.markedAllPresent(session: "Atelier 2", count: 2),
                                     .participationsStarted(holders: ["Léa Martin", "Tom Durand"], cohort: "Promo 1")))
        #expect(w.state.participation(holder: tom, cohort: cohort)?.history.last?.date == day("2021-01-19"))
    }

    @Test func aPresenceDatedBeforeTheEnrolmentStartsItOnTheEnrolmentDay() throws {
        let w = try World.standard()
        w.today = day("2021-02-10")
        try w.run(.addHolder(HolderDraft(name: "Zoé")))
        try w.run(.enrol(holder: "Zoé", cohort: "Promo 1"))
        try w.run(.attend(session: "Atelier 1", holder: "Zoé", mark: .present))
        #expect(w.state.participation(holder: w.holder("Zoé").id, cohort: w.cohort("Promo 1").id)?.history.last?.date == day("2021-02-10"))
    }
}

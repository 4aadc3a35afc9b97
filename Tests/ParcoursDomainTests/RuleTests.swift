import Foundation
import Testing
@testable import ParcoursDomain

@Suite struct ProgrammeAndCohortRuleTests {
    @Test func cohortFromTemplateCreatesWeeklySessionsInOneAction() throws {
        let w = try World.standard()
        let cohort = w.cohort("Promo 1")
        let sessions = w.state.sessions(cohort: cohort.id)
        #expect(sessions.map(\.title) == ["Atelier 1", "Atelier 2", "Atelier 3"])
        #expect(sessions.map(\.date.iso) == ["2021-01-12", "2021-01-19", "2021-01-26"])
        #expect(sessions.map(\.templateIndex) == [0, 1, 2])
        #expect(sessions.map(\.duration.minutes) == [180, 180, 210])
        #expect(sessions[0].facilitators == w.programme("Lance-toi !").operators)
        let actions = Set(w.journal.filter {
            if case .sessionScheduled = $0.event { true } else { if case .cohortCreated = $0.event { true } else { false } }
        }.map(\.event.action))
        #expect(actions.count == 1, "the cohort and its sessions are one action")
    }

    @Test func individualTemplateSlotsAreLeftOut() throws {
        let w = World()
        try w.run(.addProgramme(name: "Sprint"))
        try w.run(.addWorkshop(programme: "Sprint", title: "Collectif"))
        try w.run(.addWorkshop(programme: "Sprint", title: "Rendez-vous", kind: .individuel))
        let decision = try w.run(.addCohort(programme: "Sprint", name: "P1", start: day("2021-01-04"), fromTemplate: true))
        #expect(w.state.sessions.values.map(\.title) == ["Collectif"])
        #expect(decision.summary == .cohortCreated(name: "P1", programme: "Sprint", sessions: 1))
    }

    @Test func missingTemplateSessionsAreAddedAfterTheLastOne() throws {
        let w = try World.standard()
        try w.run(.addWorkshop(programme: "Lance-toi !", title: "Atelier 4"))
        try w.run(.createMissingTemplateSessions(cohort: "Promo 1"))
        let sessions = w.state.sessions(cohort: w.cohort("Promo 1").id)
        #expect(sessions.last?.title == "Atelier 4")
        #expect(sessions.last?.date.iso == "2021-02-02")
        #expect(w.error(.createMissingTemplateSessions(cohort: "Promo 1")) == .noMissingTemplateSessions(cohort: "Promo 1"))
    }

    @Test func emptyNamesAreErrors() throws {
        let w = try World.standard()
        #expect(w.error(.addOrganisation(name: "  ", kind: .funder)) == .emptyName(.organisation))
        #expect(w.error(.addProgramme(name: "")) == .emptyName(.programme))
        #expect(w.error(.addCohort(programme: "Lance-toi", name: " ", start: day("2021-01-01"))) == .emptyName(.cohort))
        #expect(w.error(.addHolder(HolderDraft(name: "\t"))) == .emptyName(.holder))
        #expect(w.error(.addHolder(HolderDraft(name: "Zoé", projectTitle: " "))) == .emptyName(.project))
        #expect(w.error(.addNote(target: "Léa", text: "   ")) == .emptyName(.note))
        #expect(w.error(.addSession(cohort: "Promo 1", SessionDraft(title: "", date: day("2021-02-01")))) == .emptyName(.session))
    }

    @Test func endBeforeStartAndBadCapacityAreErrors() throws {
        let w = try World.standard()
        #expect(w.error(.addCohort(programme: "Lance-toi", name: "P2", start: day("2021-05-01"), end: day("2021-04-30")))
                == .endBeforeStart(start: day("2021-05-01"), end: day("2021-04-30")))
        #expect(w.error(.addCohort(programme: "Lance-toi", name: "P2", start: day("2021-05-01"), capacity: 0)) == .invalidCapacity(0))
    }

    @Test func unknownReferencesAreErrors() throws {
        let w = try World.standard()
        #expect(w.error(.addCohort(programme: "Sprint", name: "P2", start: day("2021-05-01"))) == .notFound(.programme, reference: "Sprint"))
        #expect(w.error(.enrol(holder: "Nobody", cohort: "Promo 1")) == .notFound(.holder, reference: "Nobody"))
        #expect(w.error(.attend(session: "Atelier 9", holder: "Léa", mark: .present)) == .notFound(.session, reference: "Atelier 9"))
        // A stage move names a project or its holder, so an unknown name is neither.
        #expect(w.error(.setStage(project: "Ferme", stage: .test)) == .notFound(.holderOrProject, reference: "Ferme"))
    }

    @Test func organisationsAreCreatedOnFirstUseAndReusedByName() throws {
        let w = try World.standard()
        #expect(w.state.organisations.count == 1)
        try w.run(.addPartner(programme: "Lance-toi", organisationName: "ARDECHE ess", role: "intervenant"))
        #expect(w.state.organisations.count == 1, "matched case- and accent-insensitively")
        try w.run(.addHolder(HolderDraft(name: "Ana", referredByName: "Pôle emploi")))
        #expect(w.state.organisations.values.map(\.name).sorted() == ["Ardèche ESS", "Pôle emploi"])
        #expect(w.holder("Ana").referredBy == w.state.organisations.values.first { $0.name == "Pôle emploi" }?.id)
        try w.run(.addOrganisation(name: "Élan", kind: .operator))
        try w.run(.addOrganisation(name: "ELAN", kind: .operator))
        guard case .ambiguous(.organisation, _, let candidates)? = w.error(.addProgramme(name: "X", operatorNames: ["élan"])) else {
            Issue.record("an ambiguous organisation name must be refused"); return
        }
        #expect(candidates.map(\.name).sorted() == ["ELAN", "Élan"])
    }

    @Test func cohortStatusMoves() throws {
        let w = try World.standard()
        try w.run(.setCohortStatus(cohort: "Promo 1", status: .running))
        #expect(w.cohort("Promo 1").status == .running)
        #expect(w.error(.setCohortStatus(cohort: "Promo 1", status: .running)) == .cohortAlreadyInStatus(cohort: "Promo 1", status: .running))
        try w.run(.addStaff(cohort: "Promo 1", name: "Anne Roux", role: .referent))
        #expect(w.cohort("Promo 1").staff.map { [$0.name, $0.role.rawValue] } == [["Anne Roux", "referent"]])
        #expect(w.cohort("Promo 1").staff[0].person == w.state.directoryPeople.first { $0.name == "Anne Roux" }?.id)
    }
}

@Suite struct ParticipationRuleTests {
    @Test func capacityExceededIsAWarningNotAnError() throws {
        let w = World()
        try w.run(.addProgramme(name: "Sprint"))
        try w.run(.addCohort(programme: "Sprint", name: "P1", start: day("2021-01-04"), capacity: 1))
        try w.run(.addHolder(HolderDraft(name: "A")))
        try w.run(.addHolder(HolderDraft(name: "B")))
        #expect(try w.run(.enrol(holder: "A", cohort: "P1")).warnings.isEmpty)
        #expect(try w.run(.enrol(holder: "B", cohort: "P1", status: .candidat)).warnings.isEmpty, "candidates do not take a place")
        let decision = try w.run(.setParticipation(holder: "B", cohort: "P1", status: .retenu))
        #expect(decision.warnings.isEmpty)
        let full = try w.run(.setParticipation(holder: "B", cohort: "P1", status: .inscrit))
        #expect(full.warnings == [.capacityExceeded(cohort: "P1", capacity: 1, count: 2)])
        #expect(w.state.holdersTakingPart(cohort: w.cohort("P1").id).count == 2)
    }

    @Test func transitionsAreCheckedAndNamed() throws {
        let w = try World.standard()
        try w.run(.addHolder(HolderDraft(name: "Zoé")))
        try w.run(.enrol(holder: "Zoé", cohort: "Promo 1", status: .candidat))
        #expect(w.error(.setParticipation(holder: "Zoé", cohort: "Promo 1", status: .termine)) == .invalidTransition(from: .candidat, to: .termine))
        #expect(DomainError.invalidTransition(from: .candidat, to: .termine).description.contains("applicant"))
        #expect(Catalog.text(DomainError.invalidTransition(from: .candidat, to: .termine), .fr) == "Passage impossible de « candidat » à « terminé ».")
        try w.run(.setParticipation(holder: "Zoé", cohort: "Promo 1", status: .retenu))
        try w.run(.setParticipation(holder: "Zoé", cohort: "Promo 1", status: .candidat))
        let participation = try #require(w.state.participation(holder: w.holder("Zoé").id, cohort: w.cohort("Promo 1").id))
        #expect(participation.status == .candidat)
        #expect(participation.history.map(\.to) == [.candidat, .retenu, .candidat])
        #expect(w.error(.enrol(holder: "Zoé", cohort: "Promo 1")) == .alreadyEnrolled(holder: "Zoé", cohort: "Promo 1", status: .candidat))
        try w.run(.addHolder(HolderDraft(name: "Yann")))
        #expect(w.error(.setParticipation(holder: "Yann", cohort: "Promo 1", status: .enCours)) == .notEnrolled(holder: "Yann", cohort: "Promo 1"))
    }

    @Test func enrollingOutsideTargetStagesWarns() throws {
        let w = try World.standard()
        try w.run(.addHolder(HolderDraft(name: "Paul", projectTitle: "Ferme", stage: .creation)))
        let decision = try w.run(.enrol(holder: "Paul", cohort: "Promo 1"))
        #expect(decision.warnings == [.stageOutsideTargets(project: "Ferme", stage: .creation, programme: "Lance-toi !")])
    }

    @Test func holderWithProjectIsOneAction() throws {
        let w = try World.standard()
        let léa = w.holder("Léa Martin")
        let épicerie = w.project("Épicerie")
        #expect(épicerie.holders == [léa.id])
        #expect(épicerie.stage == .idee)
        #expect(w.project("Recyclerie").stage == .emergence)
        let addEvents = w.journal.filter { $0.event.references.contains(léa.id) && $0.event.typeName != "participation.changed" }
        #expect(Set(addEvents.map(\.event.action)).count == 1)
        try w.run(.addHolderToProject(holder: "Tom", project: "Épicerie"))
        #expect(w.project("Épicerie").holders == [léa.id, w.holder("Tom Durand").id])
        #expect(w.error(.addHolderToProject(holder: "Tom", project: "Épicerie")) == .alreadyHolderOfProject(holder: "Tom Durand", project: "Épicerie"))
    }
}

@Suite struct AttendanceRuleTests {
    @Test func marksOnlyForHoldersTakingPart() throws {
        let w = try World.standard()
        try w.run(.addHolder(HolderDraft(name: "Zoé")))
        #expect(w.error(.attend(session: "Atelier 1", holder: "Zoé", mark: .present)) == .notTakingPart(holder: "Zoé", session: "Atelier 1"))
        try w.run(.enrol(holder: "Zoé", cohort: "Promo 1", status: .candidat))
        #expect(w.error(.attend(session: "Atelier 1", holder: "Zoé", mark: .present)) == .notTakingPart(holder: "Zoé", session: "Atelier 1"))
        try w.run(.setParticipation(holder: "Zoé", cohort: "Promo 1", status: .retenu))
        try w.run(.setParticipation(holder: "Zoé", cohort: "Promo 1", status: .inscrit))
        #expect(w.error(.attend(session: "Atelier 1", holder: "Zoé", mark: .present)) == nil)
    }

    @Test func individualMeetingMarksOnlyItsHolderAndNeedsOne() throws {
        let w = try World.standard()
        #expect(w.error(.addSession(cohort: "Promo 1", SessionDraft(title: "RDV", date: day("2021-01-14"), kind: .individuel)))
                == .individualNeedsHolder)
        try w.run(.addHolder(HolderDraft(name: "Zoé")))
        try w.run(.addSession(cohort: "Promo 1", SessionDraft(title: "RDV Zoé", date: day("2021-01-14"), kind: .individuel, holder: "Zoé")))
        #expect(w.session("RDV Zoé").duration == .hours(1))
        #expect(w.error(.attend(session: "RDV Zoé", holder: "Zoé", mark: .present)) == nil, "the holder met, even if not enrolled")
        #expect(w.error(.attend(session: "RDV Zoé", holder: "Léa", mark: .present)) == .notTakingPart(holder: "Léa Martin", session: "RDV Zoé"))
        #expect(w.error(.updateSession(session: "RDV Zoé", SessionEdit(holder: ""))) == .individualNeedsHolder)
    }

    @Test func noMarksOnACancelledSession() throws {
        let w = try World.standard()
        try w.run(.cancelSession(session: "Atelier 3"))
        #expect(w.session("Atelier 3").status == .cancelled)
        #expect(w.error(.attend(session: "Atelier 3", holder: "Léa", mark: .present)) == .sessionIsCancelled(session: "Atelier 3"))
        #expect(w.error(.markAllPresent(session: "Atelier 3")) == .sessionIsCancelled(session: "Atelier 3"))
        #expect(w.error(.cancelSession(session: "Atelier 3")) == .sessionIsCancelled(session: "Atelier 3"))
    }

    @Test func takingAttendanceMakesThePlannedSessionHeldInTheSameAction() throws {
        let w = try World.standard()
        w.today = day("2021-01-12")
        let decision = try w.run(.attend(session: "Atelier 1", holder: "léa martin", mark: .present, remark: " en retard "))
        // Léa's first presence starts her participation (inscrit → en cours) in the same action.
        #expect(decision.events.map(\.typeName) == ["attendance.marked", "participation.changed", "session.held"])
        #expect(Set(decision.events.map(\.action)).count == 1)
        #expect(w.session("Atelier 1").status == .held)
        let mark = try #require(w.state.mark(session: w.session("Atelier 1").id, holder: w.holder("Léa Martin").id))
        #expect(mark.mark == .present && mark.remark == "en retard" && mark.author == "claire")
        // A second mark on a held session emits no second "held".
        #expect(try w.run(.attend(session: "Atelier 1", holder: "Tom", mark: .absent)).events.map(\.typeName) == ["attendance.marked"])
        #expect(w.error(.cancelSession(session: "Atelier 1")) == .sessionAlreadyHeld(session: "Atelier 1"))
        #expect(decision.summary == .both(.marked(holder: "Léa Martin", session: "Atelier 1", mark: .present),
                                          .participationsStarted(holders: ["Léa Martin"], cohort: "Promo 1")))
    }

    @Test func remarkingKeepsThePreviousValueForUndo() throws {
        let w = try World.standard()
        try w.run(.attend(session: "Atelier 1", holder: "Léa", mark: .absent))
        let first = w.state.mark(session: w.session("Atelier 1").id, holder: w.holder("Léa Martin").id)
        let decision = try w.run(.attend(session: "Atelier 1", holder: "Léa", mark: .excuse))
        guard case .attendanceMarked(let p) = decision.events[0] else { Issue.record("expected a mark"); return }
        #expect(p.previous == first)
        #expect(p.mark?.mark == .excuse)
    }

    @Test func markAllPresentFillsOnlyTheGaps() throws {
        let w = try World.standard()
        w.today = day("2021-02-01")
        try w.run(.attend(session: "Atelier 2", holder: "Tom", mark: .absent))
        let decision = try w.run(.markAllPresent(session: "Atelier 2"))
        #expect(decision.summary == .both(.markedAllPresent(session: "Atelier 2", count: 1),
                                          .participationsStarted(holders: ["Léa Martin"], cohort: "Promo 1")))
        let s = w.session("Atelier 2").id
        #expect(w.state.mark(session: s, holder: w.holder("Tom Durand").id)?.mark == .absent)
        #expect(w.state.mark(session: s, holder: w.holder("Léa Martin").id)?.mark == .present)
        #expect(w.error(.markAllPresent(session: "Atelier 2")) == .nothingToMark(session: "Atelier 2"))
    }

    @Test func markingAFutureSessionWarns() throws {
        let w = try World.standard()
        let decision = try w.run(.attend(session: "Atelier 3", holder: "Léa", mark: .excuse))
        #expect(decision.warnings == [.markOnFutureSession(session: "Atelier 3", date: day("2021-01-26"))])
    }

    @Test func clearingAMark() throws {
        let w = try World.standard()
        #expect(w.error(.clearMark(session: "Atelier 1", holder: "Léa")) == .noMark(holder: "Léa Martin", session: "Atelier 1"))
        try w.run(.attend(session: "Atelier 1", holder: "Léa", mark: .present))
        try w.run(.clearMark(session: "Atelier 1", holder: "Léa"))
        #expect(w.state.mark(session: w.session("Atelier 1").id, holder: w.holder("Léa Martin").id) == nil)
    }

    @Test func sessionEdits() throws {
        let w = try World.standard()
        try w.run(.updateSession(session: "Atelier 2", SessionEdit(date: day("2021-01-21"), time: ClockTime(hour: 9, minute: 30), venue: "Salle des fêtes")))
        #expect(w.session("Atelier 2").date.iso == "2021-01-21")
        #expect(w.session("Atelier 2").venue == "Salle des fêtes")
        try w.run(.updateSession(session: "Atelier 2", SessionEdit(time: .some(nil))))
        #expect(w.session("Atelier 2").time == nil)
        #expect(w.error(.updateSession(session: "Atelier 2", SessionEdit(venue: "Salle des fêtes"))) == .sessionUnchanged(session: "Atelier 2"))
        let warned = try w.run(.addSession(cohort: "Promo 1", SessionDraft(title: "Visite", date: day("2021-06-01"), kind: .visite)))
        #expect(warned.warnings == [.sessionOutsideCohortDates(session: "Visite", date: day("2021-06-01"))])
    }
}

@Suite struct ProjectRuleTests {
    @Test func stageMovesBothWaysWithHistory() throws {
        let w = try World.standard()
        w.today = day("2021-02-01")
        try w.run(.setStage(project: "Épicerie", stage: .etude, note: "étude de marché"))
        w.today = day("2021-02-05")   // a stage change is dated in the past
        try w.run(.setStage(project: "Épicerie", stage: .emergence, date: day("2021-02-03")))
        let p = w.project("Épicerie")
        #expect(p.stage == .emergence)
        #expect(p.stageHistory.map { "\($0.from.rawValue)>\($0.to.rawValue)@\($0.date.iso)" } == ["idee>etude@2021-02-01", "etude>emergence@2021-02-03"])
        #expect(p.stageHistory[0].note == "étude de marché" && p.stageHistory[0].author == "claire")
        #expect(w.error(.setStage(project: "Épicerie", stage: .emergence)) == .alreadyAtStage(project: "Épicerie", stage: .emergence))
    }

    @Test func anExitedProjectKeepsItsStage() throws {
        let w = try World.standard()
        try w.run(.setStage(project: "Épicerie", stage: .etude))
        try w.run(.setStatus(project: "Épicerie", status: .abandonne, note: "retour à l'emploi"))
        #expect(w.project("Épicerie").stage == .etude)
        #expect(w.project("Épicerie").status == .abandonne)
        let report = Report.make(state: w.state, scope: .cohort(w.cohort("Promo 1").id), today: w.today)
        #expect(report.stages["etude"] == 1)
        #expect(report.statuses["abandonne"] == 1)
    }

    @Test func orientationNeedsADestination() throws {
        let w = try World.standard()
        #expect(w.error(.setStatus(project: "Recyclerie", status: .oriente)) == .orientationNeedsDestination)
        try w.run(.setStatus(project: "Recyclerie", status: .oriente, destinationName: "CAE Coodem"))
        let change = try #require(w.project("Recyclerie").statusHistory.last)
        #expect(change.to == .oriente)
        #expect(w.state.organisations[change.destination ?? ""]?.name == "CAE Coodem")
        #expect(w.error(.setStatus(project: "Recyclerie", status: .oriente, destinationName: "CAE Coodem"))
                == .alreadyInStatus(project: "Recyclerie", status: .oriente))
    }

    @Test func notesOnHoldersAndProjects() throws {
        let w = try World.standard()
        try w.run(.addNote(target: "Épicerie", text: "Local trouvé"))
        try w.run(.addNote(target: "Tom", text: "Appeler lundi"))
        #expect(w.state.notes(about: .project(w.project("Épicerie").id)).map(\.text) == ["Local trouvé"])
        #expect(w.state.notes(about: .holder(w.holder("Tom Durand").id)).map(\.text) == ["Appeler lundi"])
        #expect(w.state.notes.values.allSatisfy { $0.date == w.today && $0.author == "claire" })
    }
}

@Suite struct FoldTests {
    @Test func eventsAboutMissingThingsAreCountedNotFatal() {
        var state = State()
        let meta = EventMeta(id: "e", author: "a", time: Date(timeIntervalSince1970: 0), writer: "w", clock: 1, sequence: 1)
        state.apply(RecordedEvent(meta: meta, event: .stageChanged(StagePayload(action: "x", project: "nope", from: .idee, to: .test,
                                                                                date: day("2021-01-01"), note: nil, revert: false))))
        state.apply(RecordedEvent(meta: meta, event: .attendanceMarked(AttendancePayload(
            action: "y", session: "s", holder: "h",
            mark: MarkValue(mark: .present, author: "a", time: Date(timeIntervalSince1970: 0)), previous: nil))))
        #expect(state.anomalies == 2)
        #expect(state.eventCount == 2)
        #expect(state.projects.isEmpty && state.marks.isEmpty)
    }

    @Test func journalFiltersByCohortHolderAndProject() throws {
        let w = try World.standard()
        try w.run(.attend(session: "Atelier 1", holder: "Léa", mark: .present))
        try w.run(.setStage(project: "Recyclerie", stage: .etude))
        let léa = w.journal(concerning: w.holder("Léa Martin").id).map(\.event.typeName)
        #expect(léa == ["holder.added", "project.created", "participation.changed", "attendance.marked", "participation.changed"])
        let cohort = w.journal(concerning: w.cohort("Promo 1").id).map(\.event.typeName)
        #expect(cohort.contains("session.held") && cohort.contains("attendance.marked") && !cohort.contains("project.stage_changed"))
        #expect(w.journal(concerning: w.project("Recyclerie").id).map(\.event.typeName) == ["project.created", "project.stage_changed"])
    }
}

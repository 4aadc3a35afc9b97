import Testing
@testable import ParcoursDomain

@Suite struct IndividualMeetingTests {
    /// Sprint: collective A, an individual meeting, collective B; cohort from template.
    func sprint() throws -> World {
        let w = World()
        try w.run(.addProgramme(name: "Sprint"))
        try w.run(.addWorkshop(programme: "Sprint", title: "Collectif A"))
        try w.run(.addWorkshop(programme: "Sprint", title: "RDV individuel", duration: TimeSpan(minutes: 90), kind: .individuel))
        try w.run(.addWorkshop(programme: "Sprint", title: "Collectif B"))
        try w.run(.addCohort(programme: "Sprint", name: "P1", start: day("2021-01-04"), fromTemplate: true))
        try w.run(.addHolder(HolderDraft(name: "Léa")))
        try w.run(.addHolder(HolderDraft(name: "Tom")))
        return w
    }

    @Test func enrollingPlansTheHoldersIndividualMeetings() throws {
        let w = try sprint()
        let decision = try w.run(.enrol(holder: "Léa", cohort: "P1"))
        #expect(decision.summary == .enrolled(holder: "Léa", cohort: "P1", status: .inscrit, meetings: 1))
        #expect(Catalog.text(decision.summary, .fr) == "Léa ajouté·e à « P1 » (inscrit). 1 rendez-vous individuel prévu.")
        let meeting = try #require(w.state.sessions.values.first { $0.kind == .individuel })
        #expect(meeting.holder == w.holder("Léa").id)
        #expect(meeting.date.iso == "2021-01-11", "the week after the collective workshop before it")
        #expect(meeting.duration.minutes == 90 && meeting.templateIndex == 1)
        #expect(w.error(.attend(session: meeting.id, holder: "Léa", mark: .present)) == nil)
    }

    @Test func candidatesGetMeetingsOnlyWhenTheyStartTakingPart() throws {
        let w = try sprint()
        try w.run(.enrol(holder: "Tom", cohort: "P1", status: .candidat))
        #expect(w.state.sessions.count == 2)
        try w.run(.setParticipation(holder: "Tom", cohort: "P1", status: .retenu))
        let decision = try w.run(.setParticipation(holder: "Tom", cohort: "P1", status: .inscrit))
        #expect(decision.summary == .participationChanged(holder: "Tom", cohort: "P1", from: .retenu, to: .inscrit, meetings: 1))
        #expect(w.state.sessions.values.filter { $0.holder == w.holder("Tom").id }.count == 1)
        // Undoing the enrolment takes the meeting back with it.
        try w.run(.undo(author: "claire"))
        #expect(w.state.sessions.count == 2)
    }

    @Test func missingMeetingsAreAddedForHoldersTakingPart() throws {
        let w = try sprint()
        try w.run(.enrol(holder: "Léa", cohort: "P1"))
        try w.run(.enrol(holder: "Tom", cohort: "P1"))
        let meetings = w.state.sessions.values.filter { $0.kind == .individuel }
        try w.run(.updateSession(session: meetings.first { $0.holder == w.holder("Tom").id }!.id,
                                 SessionEdit(kind: .bilan)))
        // Tom's meeting turned into a review still covers its slot: nothing is missing.
        #expect(w.error(.createMissingTemplateSessions(cohort: "P1")) == .noMissingTemplateSessions(cohort: "P1"))
        try w.run(.addHolder(HolderDraft(name: "Zoé")))
        try w.run(.enrol(holder: "Zoé", cohort: "P1"))
        #expect(w.state.sessions.count == 5)
    }

    @Test func cohortsNotLaidOutFromTheTemplateGetNoMeetings() throws {
        let w = try sprint()
        try w.run(.addCohort(programme: "Sprint", name: "P2", start: day("2021-06-01")))
        let decision = try w.run(.enrol(holder: "Léa", cohort: "P2"))
        #expect(decision.summary == .enrolled(holder: "Léa", cohort: "P2", status: .inscrit, meetings: 0))
        let decided = try w.run(.createMissingTemplateSessions(cohort: "P2"))
        #expect(decided.summary == .templateSessionsCreated(cohort: "P2", count: 2, meetings: 1))
    }
}

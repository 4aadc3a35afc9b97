import Foundation
@testable import ParcoursDomain
import Testing

@Suite("Report: applicants, participants, breakdowns, who ran it, idle projects, anonymity")
struct ReportBreakdownTests {
    /// Six applications to "Promo 1" of Sprint (run by makesense, funded by Région IDF):
    /// Léa, Fred and Thi taking part, Ana selected but not enrolled yet, Zoé undecided,
    /// Paul not selected. Three held sessions (3 h, 2 h 30, a 1 h meeting), one cancelled,
    /// one planned.
    func world() throws -> World {
        let w = World()
        try w.run(.addProgramme(name: "Sprint", operatorNames: ["makesense"]))
        try w.run(.addPartner(programme: "Sprint", organisationName: "Région IDF", role: "financeur"))
        try w.run(.addCohort(programme: "Sprint", name: "Promo 1", start: day("2021-01-04"), end: day("2021-06-30")))
        try w.run(.addHolder(HolderDraft(name: "Léa Martin", commune: "Annonay", tags: ["femme"], projectTitle: "Épicerie",
                                         sectors: ["alimentation", "commerce"], cohort: "Promo 1")))
        try w.run(.addHolder(HolderDraft(name: "Fred Roux", commune: "Privas", tags: ["jeune"], projectTitle: "Conserves",
                                         sectors: ["alimentation"], cohort: "Promo 1")))
        try w.run(.addHolder(HolderDraft(name: "Thi Nguyen", projectTitle: "Café", cohort: "Promo 1")))
        try w.run(.addHolder(HolderDraft(name: "Ana Petit", projectTitle: "Atelier vélo", sectors: ["mobilité"],
                                         cohort: "Promo 1", participation: .retenu)))
        try w.run(.addHolder(HolderDraft(name: "Zoé Blanc", tags: ["femme"], projectTitle: "Théâtre", sectors: ["culture"],
                                         cohort: "Promo 1", participation: .candidat)))
        try w.run(.addHolder(HolderDraft(name: "Paul Dumas", cohort: "Promo 1", participation: .candidat)))
        try w.run(.setParticipation(holder: "Paul Dumas", cohort: "Promo 1", status: .nonRetenu))
        // Profiles count only with the person's consent: Léa and Zoé gave it; Zoé is not taking part.
        for name in ["Léa Martin", "Zoé Blanc"] {
            try w.run(.setConsent(holder: name, scope: .profile, given: day("2021-01-04"), withdrawn: nil))
            try w.run(.setSensitive(holder: name, scope: .profile, values: ["jeune_adulte", "habitant_qpv"]))
        }
        try w.run(.addSession(cohort: "Promo 1", SessionDraft(title: "Atelier 1", date: day("2021-01-11"), duration: .hours(3))))
        try w.run(.addSession(cohort: "Promo 1", SessionDraft(title: "Atelier 2", date: day("2021-02-11"), duration: TimeSpan(minutes: 150))))
        try w.run(.addSession(cohort: "Promo 1", SessionDraft(title: "RDV Léa", date: day("2021-02-15"), duration: .hours(1),
                                                               kind: .individuel, holder: "Léa Martin")))
        try w.run(.addSession(cohort: "Promo 1", SessionDraft(title: "Atelier annulé", date: day("2021-02-20"), duration: .hours(3))))
        try w.run(.addSession(cohort: "Promo 1", SessionDraft(title: "Atelier 4", date: day("2021-05-11"), duration: .hours(3))))
        w.today = day("2021-03-10")
        try w.run(.attend(session: "Atelier 1", holder: "Léa Martin", mark: .present))
        try w.run(.attend(session: "Atelier 1", holder: "Fred Roux", mark: .present))
        try w.run(.attend(session: "Atelier 1", holder: "Thi Nguyen", mark: .absent))
        try w.run(.attend(session: "Atelier 2", holder: "Léa Martin", mark: .present))
        try w.run(.attend(session: "Atelier 2", holder: "Thi Nguyen", mark: .excuse))
        try w.run(.attend(session: "RDV Léa", holder: "Léa Martin", mark: .present))
        try w.run(.cancelSession(session: "Atelier annulé"))
        return w
    }

    func report(_ w: World, today: String = "2021-03-10") -> Report {
        Report.make(state: w.state, scope: .programme(w.programme("Sprint").id), today: day(today))
    }

    @Test("Applicants by selection, participants and person-hours, counted by hand")
    func applicantsAndParticipants() throws {
        let r = report(try world())
        #expect(r.candidates == 6)
        #expect(r.breakdowns.applicants == ReportBreakdowns.Applicants(selected: 4, notSelected: 1, undecided: 1))
        #expect(r.holders == 3)
        // Léa at Atelier 1 (3 h), Atelier 2 (2 h 30) and her meeting (1 h); Fred at Atelier 1.
        // The cancelled workshop's 3 hours count for nobody.
        #expect(r.breakdowns.participants == ReportBreakdowns.Participants(people: 2, presences: 4, personHours: 9.5))
        #expect(r.hoursDelivered == 6.5)
    }

    @Test("Projects by sector, holders by tag, commune and consented profile: those taking part only")
    func breakdowns() throws {
        let b = report(try world()).breakdowns
        #expect(b.sectors == ["alimentation": 2, "commerce": 1])
        #expect(b.tags == ["femme": 1, "jeune": 1])
        #expect(b.communes == ["Annonay": 1, "Privas": 1, "": 1])
        #expect(b.profiles == ["jeune_adulte": 1, "habitant_qpv": 1])
    }

    @Test("The report names the programme's operators and partners")
    func operatorsAndPartners() throws {
        let r = report(try world())
        #expect(r.scope.name == "Sprint")
        #expect(r.scope.operators == ["makesense"])
        #expect(r.scope.partners == [Report.ScopePartner(name: "Région IDF", role: "financeur")])
        let json = String(decoding: try r.json(), as: UTF8.self)
        #expect(json.contains(#""operators" : ["#) && json.contains("Région IDF"))
    }

    @Test("Idle projects while the cohort runs; none once it is closed, past its end, or the holder's part is over")
    func idleProjectsOnlyWhileInProgress() throws {
        let w = try world()
        // Café (Thi: nothing since the day it was recorded) and Conserves (Fred: last seen
        // 11 January); Léa was seen on 15 February.
        #expect(report(w).stalled.map(\.project) == ["Café", "Conserves"])
        #expect(report(w).stalledCount == 2)
        try w.run(.setParticipation(holder: "Fred Roux", cohort: "Promo 1", status: .termine))
        #expect(report(w).stalled.map(\.project) == ["Café"])
        // After its end day the cohort is over even if nobody closed it.
        #expect(report(w, today: "2021-07-15").stalledCount == 0)
        try w.run(.setCohortStatus(cohort: "Promo 1", status: .running))
        try w.run(.setCohortStatus(cohort: "Promo 1", status: .closed))
        #expect(report(w).stalledCount == 0 && report(w).stalled.isEmpty)
        #expect(w.state.stalledProjects(asOf: day("2021-03-10")).isEmpty)
    }

    @Test("An anonymous report keeps every count and names nobody")
    func anonymous() throws {
        let w = try world()
        let full = report(w), anonymous = full.anonymized()
        #expect(anonymous.anonymous && !full.anonymous)
        #expect(anonymous.perHolder.isEmpty && anonymous.stalled.isEmpty)
        #expect(anonymous.stalledCount == full.stalledCount && anonymous.stalledCount == 2)
        #expect(anonymous.breakdowns == full.breakdowns && anonymous.launchRate == full.launchRate)
        let json = String(decoding: try anonymous.json(), as: UTF8.self)
        for holder in w.state.holders.values { #expect(!json.contains(holder.name), "\(holder.name) in the anonymous JSON") }
        for project in w.state.projects.values { #expect(!json.contains(project.title), "\(project.title) in the anonymous JSON") }
        // The full one does name them (the search above can find a name).
        #expect(String(decoding: try full.json(), as: UTF8.self).contains("Léa Martin"))
    }
}

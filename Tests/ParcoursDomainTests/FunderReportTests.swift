import Foundation
@testable import ParcoursDomain
import Testing

@Suite("Funder report figures")
struct FunderReportTests {
    /// Three holders in one cohort: one moves idee → creation and finishes, one is
    /// oriented elsewhere, one abandons; two workshops held (3 h) and one meeting (1 h).
    func world() throws -> World {
        let w = World()
        try w.run(.addProgramme(name: "Lance-toi !"))
        try w.run(.addCohort(programme: "Lance-toi !", name: "Promo 1", start: day("2021-01-04")))
        try w.run(.addHolder(HolderDraft(name: "Léa Martin", commune: "Annonay", projectTitle: "Épicerie", stage: .idee)))
        try w.run(.addHolder(HolderDraft(name: "Frédéric Roux", commune: "Privas", projectTitle: "Conserves", stage: .emergence)))
        try w.run(.addHolder(HolderDraft(name: "Thi Nguyen", commune: "Annonay", projectTitle: "Café", stage: .etude)))
        for name in ["Léa Martin", "Frédéric Roux", "Thi Nguyen"] { try w.run(.enrol(holder: name, cohort: "Promo 1")) }
        try w.run(.addSession(cohort: "Promo 1", SessionDraft(title: "Atelier 1", date: day("2021-01-11"), duration: .hours(3))))
        try w.run(.addSession(cohort: "Promo 1", SessionDraft(title: "Atelier 2", date: day("2021-02-11"), duration: .hours(3))))
        try w.run(.addSession(cohort: "Promo 1", SessionDraft(title: "RDV Léa", date: day("2021-01-12"), duration: .hours(1),
                                                               kind: .individuel, holder: "Léa Martin")))
        w.today = day("2021-03-10")
        try w.run(.attend(session: "Atelier 1", holder: "Léa Martin", mark: .present))
        try w.run(.attend(session: "Atelier 1", holder: "Frédéric Roux", mark: .absent))
        try w.run(.attend(session: "Atelier 1", holder: "Thi Nguyen", mark: .excuse))
        try w.run(.attend(session: "Atelier 2", holder: "Léa Martin", mark: .present))
        try w.run(.attend(session: "RDV Léa", holder: "Léa Martin", mark: .present))
        try w.run(.setStage(project: "Épicerie", stage: .creation, date: day("2021-03-01")))
        // Her first presence made Léa's participation "en cours".
        try w.run(.setParticipation(holder: "Léa Martin", cohort: "Promo 1", status: .termine))
        try w.run(.setStatus(project: "Conserves", status: .oriente, destinationName: "Couveuse Ardèche"))
        try w.run(.setStatus(project: "Café", status: .abandonne))
        return w
    }

    @Test("Per-holder attendance, stage at entry and now, status")
    func perHolder() throws {
        let w = try world()
        let r = Report.make(state: w.state, scope: .cohort(w.cohort("Promo 1").id), today: day("2021-03-10"))
        #expect(r.perHolder.map(\.name) == ["Frédéric Roux", "Léa Martin", "Thi Nguyen"])
        let lea = try #require(r.perHolder.first { $0.name == "Léa Martin" })
        #expect((lea.attended, lea.counted, lea.rate) == (3, 3, 1.0))
        #expect((lea.stageAtEntry, lea.stageNow, lea.status, lea.participation) == ("idee", "creation", "actif", "termine"))
        let fred = try #require(r.perHolder.first { $0.name == "Frédéric Roux" })
        #expect((fred.attended, fred.counted, fred.rate) == (0, 1, 0.0))
        let thi = try #require(r.perHolder.first { $0.name == "Thi Nguyen" })
        #expect((thi.counted, thi.rate) == (0, nil))
    }

    @Test("Stage moves, outcomes with destinations, launch rate, hours by kind")
    func outcomes() throws {
        let w = try world()
        let r = Report.make(state: w.state, scope: .all, today: day("2021-03-10"))
        #expect(r.stageMoves == [FunderFigures.StageMove(from: "idee", to: "creation", projects: 1),
                                 FunderFigures.StageMove(from: "emergence", to: "emergence", projects: 1),
                                 FunderFigures.StageMove(from: "etude", to: "etude", projects: 1)])
        #expect(r.outcomes == FunderFigures.Outcomes(created: 1, oriented: 1, destinations: ["Couveuse Ardèche": 1],
                                                     abandoned: 1, reoriented: 0))
        // Ended: Léa (terminé), Conserves (oriented), Café (abandoned); launched: Épicerie.
        #expect(r.launchRate.launched == 1)
        #expect(r.launchRate.ended == 3)
        // Taking attendance holds a session: two workshops of 3 h, one meeting of 1 h.
        #expect(r.hoursByKind["atelier"] == 6)
        #expect(r.hoursByKind["individuel"] == 1)
        #expect(r.hoursDelivered == 7)
    }

    @Test("Period and commune narrow the figures; the JSON keeps the existing keys and adds the new ones")
    func filters() throws {
        let w = try world()
        let scope = ReportScope.cohort(w.cohort("Promo 1").id)
        let january = Report.make(state: w.state, scope: scope, today: day("2021-03-10"),
                                  filter: ReportFilter(from: day("2021-01-01"), to: day("2021-01-31")))
        #expect(january.attendance.present == 2)   // Atelier 1 and the meeting, not Atelier 2
        #expect(january.scope.from == day("2021-01-01"))
        let annonay = Report.make(state: w.state, scope: scope, today: day("2021-03-10"),
                                  filter: ReportFilter(commune: "annonay"))
        #expect(annonay.holders == 2)
        #expect(annonay.perHolder.map(\.name) == ["Léa Martin", "Thi Nguyen"])
        #expect(annonay.attendance.absent == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: annonay.json()) as? [String: Any])
        for key in ["scope", "holders", "candidates", "sessions", "hours_delivered", "attendance", "stages",
                    "macro_stages", "statuses", "stalled", "pending_sessions",
                    "per_holder", "stage_moves", "outcomes", "launch_rate", "hours_by_kind"] {
            #expect(json[key] != nil, "missing \(key)")
        }
    }
}

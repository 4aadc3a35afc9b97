import Foundation
import Testing
@testable import ParcoursDomain

@Suite struct ComputationTests {
    /// Standard world with attendance taken at the three workshops:
    /// Léa present, absent, excused; Tom absent, absent, (cancelled 3rd? no) absent.
    func attended() throws -> World {
        let w = try World.standard()
        w.today = day("2021-02-01")
        try w.run(.attend(session: "Atelier 1", holder: "Léa", mark: .present))
        try w.run(.attend(session: "Atelier 1", holder: "Tom", mark: .present))
        try w.run(.attend(session: "Atelier 2", holder: "Léa", mark: .absent))
        try w.run(.attend(session: "Atelier 2", holder: "Tom", mark: .absent))
        try w.run(.attend(session: "Atelier 3", holder: "Léa", mark: .excuse))
        try w.run(.attend(session: "Atelier 3", holder: "Tom", mark: .absent))
        return w
    }

    @Test func attendanceRatesLeaveExcusedOut() throws {
        let w = try attended()
        let c = w.cohort("Promo 1").id
        let léa = w.state.attendance(holder: w.holder("Léa Martin").id, cohort: c)
        #expect(léa == AttendanceCount(present: 1, absent: 1, excused: 1))
        #expect(léa.rate == 0.5)
        #expect(w.state.attendance(holder: w.holder("Tom Durand").id, cohort: c).rate == 1.0 / 3.0)
        #expect(w.state.attendance(session: w.session("Atelier 1").id).rate == 1)
        #expect(w.state.attendance(session: w.session("Atelier 3").id) == AttendanceCount(present: 0, absent: 1, excused: 1))
        #expect(w.state.attendance(cohort: c).rate == 2.0 / 5.0)
        #expect(AttendanceCount(excused: 2).rate == nil)
        #expect(AttendanceCount().rate == nil)
    }

    @Test func consecutiveAbsencesAreTheTrailingRun() throws {
        let w = try attended()
        let c = w.cohort("Promo 1").id
        #expect(w.state.consecutiveAbsences(holder: w.holder("Tom Durand").id, cohort: c) == 2)
        #expect(w.state.consecutiveAbsences(holder: w.holder("Léa Martin").id, cohort: c) == 0, "excused ends the run")
        try w.run(.attend(session: "Atelier 3", holder: "Tom", mark: .present))
        #expect(w.state.consecutiveAbsences(holder: w.holder("Tom Durand").id, cohort: c) == 0)
    }

    @Test func daysInCurrentStage() throws {
        let w = try World.standard()
        let épicerie = w.project("Épicerie").id
        #expect(w.state.daysInCurrentStage(project: épicerie, asOf: day("2021-01-14")) == 10)
        w.today = day("2021-01-14")   // a stage change is dated in the past
        try w.run(.setStage(project: "Épicerie", stage: .etude, date: day("2021-01-10")))
        #expect(w.state.daysInCurrentStage(project: épicerie, asOf: day("2021-01-14")) == 4)
        #expect(w.state.daysInCurrentStage(project: "missing", asOf: day("2021-01-14")) == nil)
    }

    @Test func stalledProjectsOnlyActiveOnesOfHoldersTakingPart() throws {
        let w = try World.standard()   // projects created 2021-01-04
        try w.run(.addHolder(HolderDraft(name: "Zoé", projectTitle: "Café")))    // not taking part
        // Both idle as long: by title, "Épicerie" sorted with the E's (before "Recyclerie").
        #expect(w.state.stalledProjects(asOf: day("2021-02-04")).map(\.project)
                == [w.project("Épicerie").id, w.project("Recyclerie").id])
        w.today = day("2021-01-12")
        try w.run(.attend(session: "Atelier 1", holder: "Tom", mark: .present))  // Tom active on 01-12
        try w.run(.attend(session: "Atelier 1", holder: "Léa", mark: .absent))   // absence is no activity
        let stalled = w.state.stalledProjects(asOf: day("2021-02-04"))
        #expect(stalled.map(\.project) == [w.project("Épicerie").id])
        #expect(stalled.first?.days == 31)
        #expect(stalled.first?.holders == [w.holder("Léa Martin").id])
        #expect(w.state.stalledProjects(asOf: day("2021-02-12")).map(\.days) == [39, 31])
        // A note counts as activity; an exit takes the project off the list.
        w.today = day("2021-02-01")
        try w.run(.addNote(target: "Léa", text: "Appel"))
        #expect(w.state.stalledProjects(asOf: day("2021-02-12")).map(\.project) == [w.project("Recyclerie").id])
        try w.run(.setStatus(project: "Recyclerie", status: .enPause))
        #expect(w.state.stalledProjects(asOf: day("2021-02-12")).isEmpty)
        #expect(w.state.stalledProjects(asOf: day("2021-02-12"), days: 5).map(\.project) == [w.project("Épicerie").id])
    }

    @Test func lastActivityPerHolder() throws {
        let w = try World.standard()
        #expect(w.state.lastActivity(holder: w.holder("Léa Martin").id) == day("2021-01-04"))
        try w.run(.attend(session: "Atelier 2", holder: "Léa", mark: .present))
        #expect(w.state.lastActivity(holder: w.holder("Léa Martin").id) == day("2021-01-19"))
    }

    @Test func pendingSessionsAndHoursDelivered() throws {
        let w = try World.standard()
        try w.run(.attend(session: "Atelier 1", holder: "Léa", mark: .present))
        try w.run(.cancelSession(session: "Atelier 3"))
        #expect(w.state.pastPlannedSessions(today: day("2021-01-27")).map(\.title) == ["Atelier 2"])
        #expect(w.state.pastPlannedSessions(today: day("2021-01-19")).isEmpty, "a session today is not past")
        #expect(w.state.hoursDelivered() == .hours(3))
        try w.run(.attend(session: "Atelier 2", holder: "Léa", mark: .present))
        #expect(w.state.hoursDelivered(cohorts: [w.cohort("Promo 1").id]) == .hours(6))
        #expect(w.state.hoursDelivered(cohorts: ["other"]) == .zero)
    }
}

@Suite struct ReportTests {
    @Test func cohortReportHasTheAgreedShape() throws {
        let w = try World.standard()
        try w.run(.addHolder(HolderDraft(name: "Zoé", projectTitle: "Café")))
        try w.run(.enrol(holder: "Zoé", cohort: "Promo 1", status: .candidat))
        try w.run(.attend(session: "Atelier 1", holder: "Léa", mark: .present))
        try w.run(.attend(session: "Atelier 1", holder: "Tom", mark: .excuse))
        try w.run(.cancelSession(session: "Atelier 3"))
        try w.run(.setStatus(project: "Recyclerie", status: .abandonne))
        let cohort = w.cohort("Promo 1")
        let report = Report.make(state: w.state, scope: .cohort(cohort.id), today: day("2021-02-20"))
        #expect(report.holders == 2)
        #expect(report.candidates == 3)
        #expect(report.sessions == Report.Sessions(planned: 1, held: 1, cancelled: 1))
        #expect(report.hoursDelivered == 3)
        #expect(report.attendance == Report.Attendance(present: 1, absent: 0, excused: 1, rate: 1))
        #expect(report.stages == ["envie": 0, "idee": 1, "emergence": 1, "etude": 0, "test": 0, "creation": 0,
                                  "consolidation": 0, "developpement": 0])
        #expect(report.macroStages == ["premiers_pas": 2, "creation": 0, "consolidation": 0, "developpement": 0])
        #expect(report.statuses["actif"] == 1 && report.statuses["abandonne"] == 1 && report.statuses.count == 8)
        #expect(report.stalled == [Report.Stalled(holder: "Léa Martin", project: "Épicerie", days: 39)])
        #expect(report.pendingSessions == [Report.Pending(session: w.session("Atelier 2").id, title: "Atelier 2",
                                                          date: day("2021-01-19"), cohort: "Promo 1")])

        let json = try #require(try JSONSerialization.jsonObject(with: report.json()) as? [String: Any])
        // The agreed keys stay; the funder figures and the evaluations are added beside them.
        #expect(Set(json.keys) == ["scope", "holders", "candidates", "sessions", "hours_delivered", "attendance",
                                   "stages", "macro_stages", "statuses", "stalled", "pending_sessions",
                                   "per_holder", "stage_moves", "outcomes", "launch_rate", "hours_by_kind",
                                   "as_of", "stalled_count", "breakdowns", "anonymous",
                                   "questionnaires", "exit_survey", "jury", "events", "follow_up", "path", "funding",
                                   "territory", "referrals", "programmes", "ideas", "calls"])
        let scope = try #require(json["scope"] as? [String: Any])
        #expect(scope["kind"] as? String == "cohort" && scope["id"] as? String == cohort.id && scope["name"] as? String == "Promo 1")
        let pending = try #require((json["pending_sessions"] as? [[String: Any]])?.first)
        #expect(pending["date"] as? String == "2021-01-19")
        #expect(Set(((json["stalled"] as? [[String: Any]])?.first ?? [:]).keys) == ["holder", "project", "days"])
    }

    @Test func rateIsNullWhenNothingCountsAndAllScope() throws {
        let w = try World.standard()
        let report = Report.make(state: w.state, scope: .all, today: w.today)
        let text = String(decoding: try report.json(), as: UTF8.self)
        #expect(text.contains(#""rate" : null"#))
        #expect(text.contains(#""id" : null"#))
        #expect(report.holders == 2)
        let programme = Report.make(state: w.state, scope: .programme(w.programme("Lance-toi !").id), today: w.today)
        #expect(programme.scope.kind == "programme" && programme.sessions.planned == 3)
        #expect(Report.make(state: w.state, scope: .programme("nope"), today: w.today).holders == 0)
    }
}

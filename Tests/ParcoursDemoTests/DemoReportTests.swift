import Foundation
import ParcoursDomain
import Testing
@testable import ParcoursDemo
import ParcoursKit

@Suite("Demo: cohort reports computed by the domain agree with the demo's tables")
struct DemoReportTests {
    /// Marks the tables imply for a cohort: (present, absent, excused).
    static func expectedMarks(_ data: DemoCohort) -> (present: Int, absent: Int, excused: Int) {
        var counts = (present: 0, absent: 0, excused: 0)
        for session in data.sessions {
            guard case .taken(let exceptions) = session.attendance else { continue }
            for key in data.expected(at: session) {
                switch exceptions[key]?.mark ?? .present {
                case .present: counts.present += 1
                case .absent: counts.absent += 1
                case .excuse: counts.excused += 1
                }
            }
        }
        return counts
    }

    static func expectedHours(_ data: DemoCohort) -> Double {
        let programme = Demo.programmes.first { $0.name == data.programme }!
        return data.sessions.reduce(0.0) { total, session in
            guard case .taken = session.attendance else { return total }
            return total + (session.duration ?? programme.workshops[session.slot].duration ?? .hours(3)).hours
        }
    }

    @Test(arguments: [Demo.lanceToi2020, Demo.sprintPromotion, Demo.mayIdeesPromotion].map(\.key) + ["lt-current"])
    func cohortReport(key: String) throws {
        let demo = try DemoFixture.loaded.get()
        let data = try #require((LoadedDemo.historical + [demo.current]).first { $0.key == key })
        let cohort = try demo.cohort(data)
        let report = Report.make(state: demo.state, scope: .cohort(cohort.id), today: demo.today)

        #expect(report.scope.name == data.name)
        #expect(report.holders == data.holders.filter { $0.track != .notRetained }.count)
        #expect(report.candidates == data.holders.count)
        let held = data.sessions.filter { if case .taken = $0.attendance { true } else { false } }.count
        #expect(report.sessions.held == held)
        #expect(report.sessions.planned == data.sessions.count - held)
        #expect(report.sessions.cancelled == 0)
        #expect(abs(report.hoursDelivered - Self.expectedHours(data)) < 0.001)
        let marks = Self.expectedMarks(data)
        #expect(report.attendance.present == marks.present)
        #expect(report.attendance.absent == marks.absent)
        #expect(report.attendance.excused == marks.excused)

        // Final stages of the projects of holders taking part, from the tables.
        var stages: [String: Int] = Dictionary(uniqueKeysWithValues: Stage.allCases.map { ($0.rawValue, 0) })
        for holder in data.holders where holder.track != .notRetained {
            let last = data.moves.compactMap { move -> Stage? in
                if case .stage(holder.key, let stage, _) = move.change { return stage }
                return nil
            }.last ?? holder.stage
            stages[last.rawValue, default: 0] += 1
        }
        #expect(report.stages == stages)
    }

    @Test func mayIdeesReportCountsTwoOrientationsAndOneCreation() throws {
        let demo = try DemoFixture.loaded.get()
        let cohort = try demo.cohort(Demo.mayIdeesPromotion)
        let report = Report.make(state: demo.state, scope: .cohort(cohort.id), today: demo.today)
        #expect(report.statuses["oriente"] == 2)
        #expect(report.statuses["actif"] == 1)
        #expect(report.stages["creation"] == 1)
        #expect(report.macroStages["creation"] == 2)  // etude + creation
        #expect(report.macroStages["premiers_pas"] == 1)
        // Six days and a half-day (7 h a day): 45.5 hours.
        #expect(report.hoursDelivered == 45.5)
    }

    @Test func currentCohortReportShowsThePendingSessionAndTheStalledProject() throws {
        let demo = try DemoFixture.loaded.get()
        let cohort = try demo.cohort(demo.current)
        let report = Report.make(state: demo.state, scope: .cohort(cohort.id), today: demo.today)
        #expect(report.pendingSessions.map(\.title) == [Demo.lanceToi.workshops[2].title])
        #expect(report.stalled.map(\.holder) == ["Julien Mazet"])
        let text = ReportDocument(report: report).text(language: .fr)
        #expect(text.contains("Bilan de la promotion « Promotion 2026 »"))
        #expect(text.contains("Julien Mazet"))
    }
}

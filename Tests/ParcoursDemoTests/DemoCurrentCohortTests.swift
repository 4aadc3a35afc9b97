import Foundation
import ParcoursDomain
import Testing
@testable import ParcoursDemo
import ParcoursKit

@Suite("Demo: the cohort running today")
struct DemoCurrentCohortTests {
    @Test func startsAboutThreeWeeksAgoFromTheTemplate() throws {
        let demo = try DemoFixture.loaded.get()
        let cohort = try demo.cohort(demo.current)
        #expect(cohort.name == "Promotion 2026")
        #expect((20...26).contains(cohort.start.days(to: demo.today)))
        #expect(cohort.start.weekday == .tuesday)
        let sessions = demo.state.sessions(cohort: cohort.id)
        // Every collective slot of the template, in the template's order.
        let collective = sessions.filter { $0.kind != .individuel }
        #expect(collective.compactMap(\.templateIndex) == [0, 1, 2, 3, 5])
    }

    @Test func hasExactlyOnePastSessionWithoutAttendance() throws {
        let demo = try DemoFixture.loaded.get()
        let cohort = try demo.cohort(demo.current)
        let pending = demo.state.pastPlannedSessions(today: demo.today, cohorts: [cohort.id])
        #expect(pending.count == 1)
        #expect(pending.first?.templateIndex == 2)
        // And none elsewhere: every historical session had its attendance taken.
        #expect(demo.state.pastPlannedSessions(today: demo.today).map(\.id) == pending.map(\.id))
        // Held sessions before today, sessions in the coming week.
        let sessions = demo.state.sessions(cohort: cohort.id)
        #expect(sessions.filter { $0.status == .held }.allSatisfy { $0.date < demo.today })
        #expect(sessions.filter { $0.status == .held }.count >= 2)
        let comingWeek = sessions.filter { $0.date > demo.today && $0.date <= demo.today.adding(days: 7) }
        #expect(comingWeek.contains { $0.kind == .atelier })
        #expect(comingWeek.contains { $0.kind == .individuel })
    }

    @Test func hasOneStalledProject() throws {
        let demo = try DemoFixture.loaded.get()
        let cohort = try demo.cohort(demo.current)
        let stalled = demo.state.stalledProjects(asOf: demo.today, days: 30, cohorts: [cohort.id])
        let cantine = try #require(demo.current.holders.first { $0.key == "cantine" })
        #expect(stalled.map(\.project) == [try demo.project(cantine, in: demo.current).id])
        #expect(stalled.first.map { $0.days >= 30 } == true)
    }

    @Test func hasOneHolderWithTwoConsecutiveAbsences() throws {
        let demo = try DemoFixture.loaded.get()
        let cohort = try demo.cohort(demo.current)
        var runs: [String: Int] = [:]
        for holder in demo.current.holders {
            let id = try demo.holder(holder, in: demo.current).id
            runs[holder.key] = demo.state.consecutiveAbsences(holder: id, cohort: cohort.id)
        }
        #expect(runs.filter { $0.value >= 2 } == ["creche": 2])
    }

    @Test func sixToEightHoldersAtTheIdeaOrEmergence() throws {
        let demo = try DemoFixture.loaded.get()
        let data = demo.current
        #expect((6...8).contains(data.holders.count))
        for holder in data.holders {
            #expect([Stage.idee, .emergence].contains(try demo.project(holder, in: data).stage), "\(holder.name)")
        }
    }

    @Test(arguments: ["2026-11-21", "2026-11-23", "2026-11-24", "2027-02-28", "2028-02-29"])
    func tablesHoldForAnyToday(iso: String) throws {
        let today = try #require(Day(iso: iso))
        let data = Demo.currentCohort(today: today)
        let held = data.sessions.filter { if case .taken = $0.attendance { true } else { false } }
        #expect(held.allSatisfy { $0.date < today })
        let pendingPast = data.sessions.filter {
            if case .notTaken = $0.attendance { $0.date < today } else { false }
        }
        #expect(pendingPast.count == 1)
        #expect(data.sessions.contains { $0.date > today && $0.date <= today.adding(days: 7) })
        #expect(data.sessions.allSatisfy { $0.date.weekday != .saturday && $0.date.weekday != .sunday })
        // Everyone is enrolled before the first workshop, and every dated move is past.
        #expect(data.holders.allSatisfy { $0.enrolledOn < data.calendar.start })
        #expect(data.moves.allSatisfy { $0.at.day < today })
    }
}

import Foundation
import ParcoursDomain
@testable import ParcoursDemo
import ParcoursKit
import ParcoursTestSupport

/// The demo loaded once into a temporary directory, with a fixed clock
/// (2026-11-21 10:00 local), shared by the tests that read it.
struct LoadedDemo: @unchecked Sendable {
    let workspace: Workspace
    let summary: DemoSummary
    let progress: [(done: Int, total: Int)]
    var state: State { workspace.state }
    var today: Day { workspace.today }

    static let now: Date = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .current
        return calendar.date(from: DateComponents(year: 2026, month: 11, day: 21, hour: 10))!
    }()

    static func make() throws -> LoadedDemo {
        let workspace = try Workspace(directory: DemoFixture.temporaryDirectory(), author: "demo", clock: { now })
        var progress: [(done: Int, total: Int)] = []
        let summary = try Demo.load(into: workspace) { progress.append(($0, $1)) }
        return LoadedDemo(workspace: workspace, summary: summary, progress: progress)
    }

    // MARK: Finding what the demo wrote from its own tables

    func programme(_ data: DemoProgramme) throws -> Programme {
        let found = state.programmes.values.filter { $0.name == data.name }
        guard found.count == 1 else { throw FixtureError("programme \(data.name): \(found.count) found") }
        return found[0]
    }

    func cohort(_ data: DemoCohort) throws -> Cohort {
        let programmeID = try programme(Demo.programmes.first { $0.name == data.programme }!).id
        let found = state.cohorts.values.filter { $0.programme == programmeID && $0.name == data.name }
        guard found.count == 1 else { throw FixtureError("cohort \(data.name): \(found.count) found") }
        return found[0]
    }

    func holder(_ data: DemoHolder, in cohort: DemoCohort) throws -> Holder {
        let cohortID = try self.cohort(cohort).id
        let found = state.participations(cohort: cohortID).compactMap { state.holders[$0.holder] }
            .filter { $0.name == data.name }
        guard found.count == 1 else { throw FixtureError("holder \(data.name): \(found.count) found") }
        return found[0]
    }

    func project(_ data: DemoHolder, in cohort: DemoCohort) throws -> Project {
        let projects = state.projects(holder: try holder(data, in: cohort).id)
        guard projects.count == 1 else { throw FixtureError("projects of \(data.name): \(projects.count)") }
        return projects[0]
    }

    /// The session a table row became: same cohort, kind of slot, day and time.
    func session(_ data: DemoSession, in cohort: DemoCohort) throws -> Session {
        let cohortID = try self.cohort(cohort).id
        let found = state.sessions(cohort: cohortID).filter { $0.date == data.date && $0.time == data.time }
        guard found.count == 1 else { throw FixtureError("session \(data.key) on \(data.date): \(found.count) found") }
        return found[0]
    }

    func organisationName(_ id: EntityID?) -> String? { id.flatMap { state.organisations[$0]?.name } }

    static var historical: [DemoCohort] { [Demo.lanceToi2020, Demo.sprintPromotion, Demo.mayIdeesPromotion] }
    var current: DemoCohort { Demo.currentCohort(today: today) }
}

struct FixtureError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

enum DemoFixture {
    static let loaded: Result<LoadedDemo, any Error> = Result { try LoadedDemo.make() }

    static func temporaryDirectory() -> URL { TestDirectory.temporary("parcours-demo") }
}

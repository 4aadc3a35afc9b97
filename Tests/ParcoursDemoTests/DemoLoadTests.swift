import Foundation
import ParcoursDomain
import ParcoursTestSupport
import Testing
@testable import ParcoursDemo
import ParcoursKit

@Suite("Demo.load: where it writes")
struct DemoLoadTests {
    @Test func loadsIntoAnEmptyDirectoryAndReportsWhatItWrote() throws {
        let demo = try DemoFixture.loaded.get()
        let state = demo.state
        #expect(demo.summary.programmes == Demo.programmes.count)
        #expect(demo.summary.cohorts == Demo.cohorts(today: demo.today).count)
        #expect(state.programmes.count == demo.summary.programmes)
        #expect(state.cohorts.count == demo.summary.cohorts)
        #expect(state.holders.count == demo.summary.holders)
        #expect(state.projects.count == demo.summary.projects)
        #expect(state.sessions.count == demo.summary.sessions)
        #expect(state.notes.count == demo.summary.notes)
        #expect(state.organisations.count == demo.summary.organisations)
        #expect(state.marks.values.reduce(0) { $0 + $1.count } == demo.summary.marks)
        #expect(state.ideas.count == demo.summary.ideas && demo.summary.ideas == Demo.fabriqueIdeas.count)
        #expect(state.ideas.values.filter { $0.adoption != nil }.count == demo.summary.ideasAdopted)
        #expect(state.calls.count == demo.summary.calls && state.applications.values.map(\.count).reduce(0, +) == demo.summary.applications)
        #expect(state.eventCount == demo.summary.events)
        #expect(state.sessions.values.filter { $0.status == .held }.count == demo.summary.sessionsHeld)
        #expect(state.anomalies == 0)
        #expect(demo.workspace.problems.isEmpty)
    }

    @Test func reportsProgressUpToTheTotal() throws {
        let demo = try DemoFixture.loaded.get()
        let last = try #require(demo.progress.last)
        #expect(last.done == last.total)
        #expect(demo.progress.map(\.done) == Array(1...last.total))
        #expect(Set(demo.progress.map(\.total)) == [last.total])
    }

    @Test func recordsEachCommandOnItsDayOfTheStoryNeverAfterNow() throws {
        let demo = try DemoFixture.loaded.get()
        let times = try demo.workspace.journal(last: .max).map(\.meta.time)
        #expect(times == times.sorted())
        #expect(times.allSatisfy { $0 <= LoadedDemo.now })
        #expect(Day.local(try #require(times.first)) == Demo.programmes.map(\.created).min())
    }

    @Test func aSecondWorkspaceOnTheDirectoryReadsTheSameState() throws {
        let demo = try DemoFixture.loaded.get()
        let reopened = try Workspace(directory: demo.workspace.directory, author: "other", readOnly: true)
        #expect(reopened.eventCount == demo.workspace.eventCount)
        #expect(reopened.state.holders == demo.state.holders)
        #expect(reopened.problems.isEmpty)
    }

    @Test func refusesADirectoryThatHoldsEventsAndWritesNothing() throws {
        let directory = DemoFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let workspace = try Workspace(directory: directory, author: "demo", clock: { LoadedDemo.now })
        try workspace.perform(.addOrganisation(name: "Ronalpia", kind: .operator))
        let before = try TestDirectory.files(directory)

        #expect(throws: WorkspaceError.notEmpty(directory.path)) { try Demo.load(into: workspace) }

        #expect(try TestDirectory.files(directory) == before)
        #expect(workspace.eventCount == 1)
    }

    @Test func refusesALogWithOnlyADamagedLine() throws {
        let directory = DemoFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let workspace = try Workspace(directory: directory, author: "demo", clock: { LoadedDemo.now })
        let stray = directory.appendingPathComponent("events/0123456789abcdef.jsonl")
        try Data("not a record\n".utf8).write(to: stray)
        let before = try TestDirectory.files(directory)

        #expect(throws: WorkspaceError.notEmpty(directory.path)) { try Demo.load(into: workspace) }
        #expect(try TestDirectory.files(directory) == before)
    }

    @Test func refusesAClockBeforeTheDemosHistory() throws {
        let directory = DemoFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let early = Date(timeIntervalSince1970: 1_600_000_000)  // September 2020
        let workspace = try Workspace(directory: directory, author: "demo", clock: { early })
        #expect(throws: DemoError.self) { try Demo.load(into: workspace) }
        #expect(workspace.eventCount == 0)
    }
}

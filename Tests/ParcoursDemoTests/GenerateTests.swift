import EventLog
import Foundation
import ParcoursDomain
import ParcoursTestSupport
import Testing
@testable import ParcoursDemo
import ParcoursKit

@Suite struct GenerateTests {
    @Test func generatedDataLoadsCleanWithTheRequestedCountOverSeveralWriters() throws {
        let url = try GeneratedData.make(events: 3_000, seed: 11, writers: 3)
        defer { try? FileManager.default.removeItem(at: url) }
        let names = try FileManager.default.contentsOfDirectory(atPath: url.path + "/events").filter { $0.hasSuffix(".jsonl") }
        #expect(names.count == 3)
        let report = try LogVerifier.verify(directory: url)
        #expect(report.isClean)
        #expect(report.records == 3_000)
        let workspace = try Workspace(directory: url, author: "test", readOnly: true, useCache: false)
        #expect(workspace.eventCount == 3_000)
        #expect(workspace.state.anomalies == 0)
        #expect(workspace.state.unknownEvents == 0)
        #expect(workspace.state.cohorts.count >= 3)
        // Realistic: every cohort has between 3 and 24 participants.
        for (_, byHolder) in workspace.state.participations {
            #expect((1...24).contains(byHolder.count))
        }
        #expect(workspace.state.notes.values.contains { $0.text.contains("é") || $0.text.contains("’") || $0.text.contains("«") })
        // What came with the later features is generated too, so the fast paths and the
        // benchmark meet every kind of table: directories, facilitators, open events
        // counted, survey answers, follow-ups, ideas.
        let s = workspace.state
        #expect(!s.people.isEmpty && !s.venues.isEmpty && !s.sessionFacilitators.isEmpty)
        #expect(s.sessions.values.contains { $0.details.place != nil })
        #expect(!s.openEvents.isEmpty && s.openEvents.values.allSatisfy { $0.headcount != nil })
        #expect(!s.questionnaires.isEmpty && !s.responses.isEmpty)
        #expect(s.followUps.values.joined().contains { $0.wave == 6 } && s.followUps.values.joined().contains { $0.wave == 12 })
        #expect(!s.ideas.isEmpty && s.ideas.values.contains { $0.status == .ecartee || $0.status == .enEtude })
        // No sibling directory is left behind.
        let siblings = try FileManager.default.contentsOfDirectory(atPath: url.deletingLastPathComponent().path)
        #expect(!siblings.contains { $0.hasPrefix("." + url.lastPathComponent) })
    }

    @Test func theSameSeedGivesTheSameEventsAndAnotherSeedOthers() throws {
        let a = try GeneratedData.make(events: 1_500, seed: 5, writers: 2)
        let b = try GeneratedData.make(events: 1_500, seed: 5, writers: 2)
        let c = try GeneratedData.make(events: 1_500, seed: 6, writers: 2)
        defer { for url in [a, b, c] { try? FileManager.default.removeItem(at: url) } }
        func content(_ url: URL) throws -> [[String]] {
            // Per writer file, in order: type and payload (event and writer ids are minted by the log).
            let records = try GeneratedData.records(url)
            let byWriter = Dictionary(grouping: records, by: \.writer).values
                .map { $0.sorted { $0.sequence < $1.sequence }.map { $0.type + " " + String(decoding: $0.payload, as: UTF8.self) } }
            return byWriter.sorted { $0.count == $1.count ? $0.first ?? "" < $1.first ?? "" : $0.count < $1.count }
        }
        #expect(try content(a) == content(b))
        #expect(try content(a) != content(c))
    }

    @Test func refusesADirectoryThatHoldsEvents() throws {
        let url = try GeneratedData.make(events: 100, seed: 1, writers: 1)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(throws: GenerateError.notEmpty(url.standardizedFileURL.path)) {
            try Generator.run(directory: url, events: 100)
        }
    }
}

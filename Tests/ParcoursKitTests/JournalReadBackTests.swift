import EventLog
import Foundation
import ParcoursDomain
import ParcoursTestSupport
import Testing
@testable import ParcoursKit

/// The state no longer holds the events: the workspace reads journal lines back from
/// the logs, by position and by entity, and folds everything again when records arrive
/// that sort before what it folded.
@Suite struct JournalReadBackTests {
    @Test func journalLinesAreReadBackInFoldOrderAndByEntity() throws {
        let url = try GeneratedData.make(events: 3_000, seed: 11, writers: 3)
        defer { try? FileManager.default.removeItem(at: url) }
        let workspace = try Workspace(directory: url, author: "test", useCache: false)
        let records = try GeneratedData.records(url)
        #expect(workspace.eventCount == records.count)

        let last = try workspace.journal(last: 50)
        #expect(last.map(\.meta.id) == records.suffix(50).map(\.id))
        #expect(try workspace.journal(last: .max).map(\.meta.id) == records.map(\.id))

        // A cohort's journal: every event referring to its scope, in fold order.
        let cohort = try #require(workspace.state.cohorts.keys.sorted().first)
        let scope = workspace.state.cohortJournalScope(cohort)
        let expected = records.filter { record in
            !scope.isDisjoint(with: DomainEvent.decode(type: record.type, payload: record.payload).references)
        }
        let read = try workspace.journal(concerning: scope)
        #expect(!read.isEmpty)
        #expect(read.map(\.meta.id) == expected.map(\.id))
        #expect(read.map(\.event) == expected.map { DomainEvent.decode(type: $0.type, payload: $0.payload) })
    }

    /// A screen's entries leave the payload out; everything else is the same.
    @Test func entriesWithoutThePayloadSayTheSame() throws {
        let url = try GeneratedData.make(events: 1_500, seed: 12, writers: 2)
        defer { try? FileManager.default.removeItem(at: url) }
        let workspace = try Workspace(directory: url, author: "test", useCache: false)
        var compared = 0
        for recorded in try workspace.journal(last: .max) {
            let full = Journal.entry(recorded, workspace.state, .fr)
            var light = Journal.entry(recorded, workspace.state, .fr, payload: false)
            #expect(light.payload == .null)
            #expect(full.payload != .null)
            light.payload = full.payload
            #expect(light == full)
            compared += 1
        }
        #expect(compared == 1_500)
    }

    @Test func whatIsPerformedIsReadBackWithoutReopening() throws {
        let url = try GeneratedData.make(events: 500, seed: 12, writers: 1)
        defer { try? FileManager.default.removeItem(at: url) }
        let workspace = try Workspace(directory: url, author: "Camille", useCache: false)
        let holder = try #require(workspace.state.holders.values.sorted { $0.id < $1.id }.first)
        let before = try workspace.journal(concerning: workspace.state.journalScope(of: holder.id))
        try workspace.perform(.addNote(target: holder.id, text: "Premier rendez-vous à Annonay"))
        let after = try workspace.journal(concerning: workspace.state.journalScope(of: holder.id))
        #expect(after.count == before.count + 1)
        #expect(after.last?.meta.author == "Camille")
        guard case .noteAdded(let payload)? = after.last?.event else { Issue.record("the note is the last line"); return }
        #expect(payload.entity.text == "Premier rendez-vous à Annonay")
    }

    @Test func recordsThatSortBeforeWhatWasFoldedAreFoldedInMergeOrder() throws {
        // Two data directories written apart, then one writer's file brought into the
        // other (as a sync does): its records interleave with those already folded.
        let a = try GeneratedData.make(events: 1_500, seed: 13, writers: 1)
        let b = try GeneratedData.make(events: 1_500, seed: 14, writers: 1)
        defer { try? FileManager.default.removeItem(at: a); try? FileManager.default.removeItem(at: b) }
        let workspace = try Workspace(directory: a, author: "test", useCache: false)
        let positionOfLast = try workspace.journal(last: 1).first?.meta.id
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: b.path + "/events").first { $0.hasSuffix(".jsonl") })
        try FileManager.default.copyItem(atPath: b.path + "/events/" + name, toPath: a.path + "/events/" + name)

        #expect(try workspace.refresh())
        #expect(workspace.eventCount == 3_000)
        expectSameState(workspace.state, try GeneratedData.plainState(a))
        // The journal follows the new fold order.
        let merged = try GeneratedData.records(a)
        #expect(try workspace.journal(last: .max).map(\.meta.id) == merged.map(\.id))
        // It was a refold: the new writer's first record sorts before what was folded last.
        let broughtFirst = try #require(merged.firstIndex { $0.writer == String(name.dropLast(6)) })
        let foldedLast = try #require(merged.firstIndex { $0.id == positionOfLast })
        #expect(broughtFirst < foldedLast)
    }

    @Test func aConflictNamesTheOverwrittenSideFromTheLogs() throws {
        let url = try GeneratedData.make(events: 800, seed: 15, writers: 1)
        let other = try GeneratedData.make(events: 10, seed: 16, writers: 1)
        defer { try? FileManager.default.removeItem(at: url); try? FileManager.default.removeItem(at: other) }
        // A second installation with a copy of the same data, changing the same project.
        let copy = GeneratedData.directory("copy")
        defer { try? FileManager.default.removeItem(at: copy) }
        try FileManager.default.copyItem(at: url, to: copy)
        let alice = try Workspace(directory: url, author: "Alice", useCache: false)
        let bob = try Workspace(directory: copy, author: "Bob", useCache: false)
        let project = try #require(alice.state.projects.values.filter { $0.stage != .test }.sorted { $0.id < $1.id }.first)
        try alice.perform(.setStage(project: project.id, stage: .test))
        try bob.perform(.setStage(project: project.id, stage: project.stage == .idee ? .emergence : .idee))
        // Bob's file comes over to Alice's side.
        try FileManager.default.copyItem(atPath: copy.path + "/events/\(bob.writerID).jsonl",
                                         toPath: url.path + "/events/\(bob.writerID).jsonl")
        try alice.refresh()
        let entries = try ConflictListing.entries(alice, language: .fr)
        let entry = try #require(entries.first { $0.entity == project.id })
        let sides = Set([entry.kept.author, entry.overwritten.author])
        #expect(sides == ["Alice", "Bob"])
        #expect(entry.overwritten.event != nil && entry.overwritten.event != entry.kept.event)
    }
}

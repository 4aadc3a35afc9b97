import EventLog
import Foundation
import ParcoursDomain
import ParcoursTestSupport
import Testing
@testable import ParcoursKit

/// An erasure reaches what arrives after it and what another process computed before it:
/// records a sync brings that sort before it, a snapshot or an output saved meanwhile.
@Suite struct ErasureReachTests {
    /// A note the late writer wrote about a holder this installation already knows:
    /// (holder, the note's id, its text).
    static func lateNote(in lines: [String], known state: State) -> (holder: EntityID, note: String, text: String)? {
        for line in lines {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  object["type"] as? String == "note.added",
                  let payload = object["payload"] as? [String: Any],
                  let target = payload["target"] as? [String: Any], target["kind"] as? String == "holder",
                  let holder = target["id"] as? String, state.holders[holder] != nil,
                  let note = payload["id"] as? String, let text = payload["text"] as? String, !text.isEmpty
            else { continue }
            return (holder, note, text)
        }
        return nil
    }

    /// The line of the file holding the note `note`.
    static func line(of note: String, in file: URL) throws -> String? {
        try String(contentsOf: file, encoding: .utf8).split(separator: "\n").map(String.init)
            .first { $0.contains("\"id\":\"\(note)\"") }
    }

    /// The holder is erased here; then a sync brings another writer's note about them,
    /// written before the erasure was known there (it sorts before the erasure). The
    /// next open, or a running workspace's refresh, erases it from the file too.
    @Test(arguments: [false, true])
    func lateRecordsAboutSomeoneErasedAreErasedFromTheFiles(running: Bool) throws {
        // The writers' ids are drawn at random, and not every writer writes notes: the
        // first late writer whose records hold one.
        var found: (url: URL, late: URL, lines: [String], w: Workspace, note: (holder: EntityID, note: String, text: String))?
        for writer in 0..<3 where found == nil {
            let (url, late, lines, _) = try CheckpointTests.twoSnapshotsAndALateWriter(lateWriter: writer)
            let w = try Workspace(directory: url, author: "test", useCache: true)
            if let note = Self.lateNote(in: lines, known: w.state) {
                found = (url, late, lines, w, note)
            } else {
                try? FileManager.default.removeItem(at: url)
            }
        }
        let (url, late, lines, w, (holder, note, text)) = try #require(found)
        defer { try? FileManager.default.removeItem(at: url) }
        try w.perform(.erase(holder: holder, reason: "demande de l'intéressée"))
        let after = running ? try Workspace(directory: url, author: "test", useCache: true) : nil

        try CheckpointTests.append(lines, to: late)
        #expect(try Self.line(of: note, in: late)?.contains(text) == true)
        if let after {
            #expect(try after.refresh())
        } else {
            _ = try Workspace(directory: url, author: "test", useCache: true)
        }
        let scrubbed = try #require(try Self.line(of: note, in: late))
        #expect(!scrubbed.contains(text))
        // The state is still the plain fold's (with the labels erased people are given).
        let opened = try Workspace(directory: url, author: "test", useCache: true)
        var plain = try GeneratedData.plainState(url)
        plain.labelErased(person: { Catalog.erasedPerson($0, opened.language) }, project: { Catalog.erasedProject($0, opened.language) },
                          meeting: Catalog.erasedMeeting(opened.language))
        expectSameState(opened.state, plain)
        #expect(opened.problems.isEmpty)
    }

    /// A process that read the logs before an erasure in another process saves its
    /// snapshot or keeps its output afterwards: neither stays on disk.
    @Test func whatAnotherProcessSavesAfterAnErasureDoesNotStay() throws {
        let url = try GeneratedData.make(events: 2_000, seed: 5, writers: 1)
        defer { try? FileManager.default.removeItem(at: url) }
        let reader = try Workspace(directory: url, author: "test", useCache: true)
        let holder = try #require(reader.state.holders.values.sorted { $0.id < $1.id }.first)
        // A few records since the snapshot: the reader's snapshot is behind.
        let writer = try Workspace(directory: url, author: "test", useCache: true)
        try writer.perform(.addHolder(HolderDraft(name: "Zoé Essai")))
        #expect(try reader.refresh())
        #expect(reader.snapshotIdentity == nil)

        try writer.perform(.erase(holder: holder.id, reason: "demande de l'intéressée"))
        let snapshot = url.path + "/cache/state.snapshot"
        #expect(!FileManager.default.fileExists(atPath: snapshot))
        // The reader has not read the erasure: it would save a state naming the holder.
        #expect(reader.state.erasures.isEmpty && reader.state.holders[holder.id]?.name == holder.name)
        OutputCache.keep(Data("report naming \(holder.name)".utf8), for: "report", from: reader)
        #expect(!FileManager.default.fileExists(atPath: snapshot))
        #expect(!FileManager.default.fileExists(atPath: url.path + "/cache/state.checkpoint"))
        let outputs = (try? FileManager.default.contentsOfDirectory(atPath: url.path + "/cache/outputs")) ?? []
        #expect(outputs.isEmpty)
    }
}

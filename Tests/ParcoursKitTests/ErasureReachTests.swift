import EventLog
import Foundation
import ParcoursDomain
import ParcoursTestSupport
import Testing
@testable import ParcoursKit

/// An erasure reaches what arrives after it and what another process computed before it:
/// records a sync brings that sort before it (whole, or completed later), a file brought
/// back from before it, a snapshot or an output saved meanwhile.
@Suite struct ErasureReachTests {
    typealias Note = (holder: EntityID, id: String, text: String)

    static func object(_ line: String) -> [String: Any]? {
        try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
    }

    /// The first note among `lines` about one of `holders`.
    static func note(in lines: [String], about holders: Set<EntityID>) -> Note? {
        for line in lines {
            guard let object = object(line), object["type"] as? String == "note.added",
                  let payload = object["payload"] as? [String: Any],
                  let target = payload["target"] as? [String: Any], target["kind"] as? String == "holder",
                  let holder = target["id"] as? String, holders.contains(holder),
                  let id = payload["id"] as? String, let text = payload["text"] as? String, !text.isEmpty
            else { continue }
            return (holder, id, text)
        }
        return nil
    }

    /// The holders added by `lines`.
    static func holders(in lines: [String]) -> Set<EntityID> {
        Set(lines.compactMap { line -> EntityID? in
            guard let object = object(line), object["type"] as? String == "holder.added" else { return nil }
            return ((object["payload"] as? [String: Any])?["id"] as? String)
        })
    }

    /// The line of `file` holding the note `id`.
    static func line(of id: String, in file: URL) throws -> String? {
        try String(contentsOf: file, encoding: .utf8).split(separator: "\n").map(String.init)
            .first { $0.contains("\"id\":\"\(id)\"") }
    }

    struct Late {
        let url: URL
        /// The late writer's file, and its records held back (they sort before what the
        /// others wrote since).
        let file: URL
        let lines: [String]
        /// A note among them about a holder known before.
        let note: Note
    }

    /// Three writers; this installation has folded everything up to 40 % of the clocks,
    /// then two writers' records up to 80 %. The third writer's records between the two,
    /// held back, hold a note about a holder added before 40 % (the writer is chosen by
    /// what its records hold: writers' ids are drawn at random, and not all write notes).
    static func lateWriter() throws -> Late {
        let url = try GeneratedData.make(events: 9_000, seed: 11, writers: 3)
        let events = url.appendingPathComponent("events")
        let files = try FileManager.default.contentsOfDirectory(atPath: events.path)
            .filter { $0.hasSuffix(".jsonl") }.sorted().map { events.appendingPathComponent($0) }
        let lines = try Dictionary(uniqueKeysWithValues: files.map { file in
            (file, try String(contentsOf: file, encoding: .utf8).split(separator: "\n").map(String.init))
        })
        let maxClock = lines.values.joined().map(CheckpointTests.clock).max()!
        let (first, second) = (maxClock * 40 / 100, maxClock * 80 / 100)
        let known = holders(in: lines.values.joined().filter { CheckpointTests.clock($0) <= first })
        let between = lines.mapValues { $0.filter { (first + 1...second).contains(CheckpointTests.clock($0)) } }
        let late = try #require(files.first { note(in: between[$0]!, about: known) != nil })

        var tails = try CheckpointTests.cut(url, atClock: first)
        _ = try Workspace(directory: url, author: "test", useCache: true)
        for (file, rest) in tails where file != late {
            let next = rest.prefix { CheckpointTests.clock($0) <= second }
            try CheckpointTests.append(Array(next), to: file)
            tails[file] = Array(rest.dropFirst(next.count))
        }
        let held = Array(tails[late]!.prefix { CheckpointTests.clock($0) <= second })
        return Late(url: url, file: late, lines: held, note: note(in: held, about: known)!)
    }

    /// The holder is erased here; then a sync brings another writer's note about them,
    /// written before the erasure was known there (it sorts before the erasure). The
    /// next open, or a running workspace's refresh, erases it from the file too.
    @Test(arguments: [false, true])
    func lateRecordsAboutSomeoneErasedAreErasedFromTheFiles(running: Bool) throws {
        let late = try Self.lateWriter()
        defer { try? FileManager.default.removeItem(at: late.url) }
        let w = try Workspace(directory: late.url, author: "test", useCache: true)
        try w.perform(.erase(holder: late.note.holder, reason: "demande de l'intéressée"))
        let after = running ? try Workspace(directory: late.url, author: "test", useCache: true) : nil

        try CheckpointTests.append(late.lines, to: late.file)
        #expect(try Self.line(of: late.note.id, in: late.file)?.contains(late.note.text) == true)
        if let after {
            #expect(try after.refresh())
        } else {
            _ = try Workspace(directory: late.url, author: "test", useCache: true)
        }
        let scrubbed = try #require(try Self.line(of: late.note.id, in: late.file))
        #expect(!scrubbed.contains(late.note.text))
        // The state is still the plain fold's (with the labels erased people are given).
        let opened = try Workspace(directory: late.url, author: "test", useCache: true)
        var plain = try GeneratedData.plainState(late.url)
        plain.labelErased(person: { Catalog.erasedPerson($0, opened.language) }, project: { Catalog.erasedProject($0, opened.language) },
                          meeting: Catalog.erasedMeeting(opened.language))
        expectSameState(opened.state, plain)
        #expect(opened.problems.isEmpty)
    }

    /// The same records met by a command that is then refused: they are erased from the
    /// file all the same, and no snapshot keeps them from the next open.
    @Test func lateRecordsMetByARefusedCommandAreErasedToo() throws {
        let late = try Self.lateWriter()
        defer { try? FileManager.default.removeItem(at: late.url) }
        let w = try Workspace(directory: late.url, author: "test", useCache: true)
        try w.perform(.erase(holder: late.note.holder, reason: "demande de l'intéressée"))
        let running = try Workspace(directory: late.url, author: "test", useCache: true)
        try CheckpointTests.append(late.lines, to: late.file)
        #expect(throws: DomainError.self) {
            try running.perform(.setConsent(holder: "no-such-holder-zz", scope: .obstacles, given: running.today, withdrawn: nil))
        }
        #expect(try Self.line(of: late.note.id, in: late.file)?.contains(late.note.text) == false)
    }

    /// The late note arrives cut short (a sync still copying the file) before the holder
    /// is erased here, and whole after: the rest is erased at the next open.
    @Test func aLateRecordCompletedAfterTheErasureIsErasedToo() throws {
        let late = try Self.lateWriter()
        defer { try? FileManager.default.removeItem(at: late.url) }
        let index = try #require(late.lines.firstIndex { $0.contains("\"id\":\"\(late.note.id)\"") })
        let torn = late.lines[index]
        let handle = try FileHandle(forWritingTo: late.file)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data((late.lines[..<index].map { $0 + "\n" }.joined() + torn.prefix(torn.count - 20)).utf8))
        try handle.close()

        let w = try Workspace(directory: late.url, author: "test", useCache: true)
        try w.perform(.erase(holder: late.note.holder, reason: "demande de l'intéressée"))
        // Only its end: nothing else arrives that sorts before the erasure.
        try CheckpointTests.append([String(torn.suffix(20))], to: late.file)
        #expect(try Self.line(of: late.note.id, in: late.file)?.contains(late.note.text) == true)
        _ = try Workspace(directory: late.url, author: "test", useCache: true)
        #expect(try Self.line(of: late.note.id, in: late.file)?.contains(late.note.text) == false)
    }

    /// Another writer's file is brought back as it was before the erasure (a backup, a
    /// folder-sync tool): its records are no longer past what the erasure left, but the
    /// file no longer begins with those bytes, so it is erased again.
    @Test func aFileBroughtBackFromBeforeTheErasureIsErasedAgain() throws {
        let url = try GeneratedData.make(events: 3_000, seed: 5, writers: 3)
        defer { try? FileManager.default.removeItem(at: url) }
        let w = try Workspace(directory: url, author: "test", useCache: true)
        // This installation writes as one of the writers: another's file is brought back.
        try w.perform(.addHolder(HolderDraft(name: "Zoé Essai")))
        let events = url.appendingPathComponent("events")
        let others = try FileManager.default.contentsOfDirectory(atPath: events.path).filter { $0.hasSuffix(".jsonl") }
            .map { events.appendingPathComponent($0) }
            .filter { try !String(contentsOf: $0, encoding: .utf8).contains("Zoé Essai") }
        let known = Set(w.state.holders.keys)
        let (file, note) = try #require(others.lazy.compactMap { file -> (URL, Note)? in
            let lines = ((try? String(contentsOf: file, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
            return Self.note(in: lines, about: known).map { (file, $0) }
        }.first)
        let before = try Data(contentsOf: file)
        try w.perform(.erase(holder: note.holder, reason: "demande de l'intéressée"))
        #expect(try Self.line(of: note.id, in: file)?.contains(note.text) == false)

        try before.write(to: file)
        let opened = try Workspace(directory: url, author: "test", useCache: true)
        #expect(try Self.line(of: note.id, in: file)?.contains(note.text) == false)
        #expect(opened.problems.isEmpty)
    }

    /// What this installation writes after an erasure sorts after it: a consent withdrawn
    /// then (which masks nothing here) leaves the files, and the snapshot, as they are.
    @Test func ownRecordsAfterAnErasureDoNotRewriteTheFiles() throws {
        let url = try GeneratedData.make(events: 2_000, seed: 5, writers: 1)
        defer { try? FileManager.default.removeItem(at: url) }
        let w = try Workspace(directory: url, author: "test", useCache: true)
        let holders = w.state.holders.values.sorted { $0.id < $1.id }
        try w.perform(.erase(holder: holders[0].id, reason: "demande de l'intéressée"))
        let erased = try #require(ErasedFromLogs.stamp(url))
        try w.perform(.setConsent(holder: holders[1].id, scope: .obstacles, given: w.today, withdrawn: nil))
        _ = try Workspace(directory: url, author: "test", useCache: true)  // saves a snapshot
        let running = try Workspace(directory: url, author: "test", useCache: true)
        try running.perform(.setConsent(holder: holders[1].id, scope: .obstacles, given: nil, withdrawn: running.today))
        #expect(ErasedFromLogs.stamp(url) == erased)
        #expect(FileManager.default.fileExists(atPath: url.path + "/cache/state.snapshot"))
    }

    /// A process that read the logs before an erasure in another process saves its
    /// snapshot, or keeps its output, afterwards: neither stays on disk.
    @Test(arguments: [false, true])
    func whatAnotherProcessSavesAfterAnErasureDoesNotStay(snapshotBehind: Bool) throws {
        let url = try GeneratedData.make(events: 2_000, seed: 5, writers: 1)
        defer { try? FileManager.default.removeItem(at: url) }
        let reader = try Workspace(directory: url, author: "test", useCache: true)
        let holder = try #require(reader.state.holders.values.sorted { $0.id < $1.id }.first)
        let writer = try Workspace(directory: url, author: "test", useCache: true)
        if snapshotBehind {
            // A few records since the snapshot: the reader saves one before keeping.
            try writer.perform(.addHolder(HolderDraft(name: "Zoé Essai")))
            #expect(try reader.refresh())
            #expect(reader.snapshotIdentity == nil)
        } else {
            #expect(reader.snapshotIdentity != nil)
        }

        try writer.perform(.erase(holder: holder.id, reason: "demande de l'intéressée"))
        let snapshot = url.path + "/cache/state.snapshot"
        #expect(!FileManager.default.fileExists(atPath: snapshot))
        // The reader has not read the erasure: what it computed names the holder.
        #expect(reader.state.erasures.isEmpty && reader.state.holders[holder.id]?.name == holder.name)
        OutputCache.keep(Data("report naming \(holder.name)".utf8), for: "report", from: reader)
        #expect(!FileManager.default.fileExists(atPath: snapshot))
        #expect(!FileManager.default.fileExists(atPath: url.path + "/cache/state.checkpoint"))
        let outputs = (try? FileManager.default.contentsOfDirectory(atPath: url.path + "/cache/outputs")) ?? []
        #expect(outputs.isEmpty)
    }
}

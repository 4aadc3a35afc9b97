import EventLog
import Foundation
import ParcoursDomain
import ParcoursTestSupport
import Testing
@testable import ParcoursKit

/// The snapshot cache gives the state of the plain path, and is ignored and rebuilt
/// whenever it no longer matches the logs or is damaged.
@Suite struct SnapshotTests {
    private func snapshotPath(_ url: URL) -> String { url.path + "/cache/state.snapshot" }

    @Test(arguments: [UInt64(2), 8])
    func warmOpenGivesTheStateOfThePlainPath(seed: UInt64) throws {
        let url = try GeneratedData.make(events: 4_000, seed: seed, writers: 3)
        defer { try? FileManager.default.removeItem(at: url) }
        let first = try Workspace(directory: url, author: "test", useCache: true)
        #expect(!first.restoredFromCache)
        #expect(FileManager.default.fileExists(atPath: snapshotPath(url)))
        let warm = try Workspace(directory: url, author: "test", useCache: true)
        #expect(warm.restoredFromCache)
        expectSameState(warm.state, try GeneratedData.plainState(url))
    }

    @Test func recordsAppendedAfterTheSnapshotAreFoldedOnTop() throws {
        let url = try GeneratedData.make(events: 2_500, seed: 3, writers: 2)
        defer { try? FileManager.default.removeItem(at: url) }
        let first = try Workspace(directory: url, author: "test", useCache: true)
        let session = try #require(first.state.sessions.values.sorted { $0.id < $1.id }.first)
        let holder = try #require(first.state.expectedHolders(session: session).first)
        try first.perform(.attend(session: session.id, holder: holder.id, mark: .excuse, remark: "Rendez-vous médical"))
        let warm = try Workspace(directory: url, author: "test", useCache: true)
        #expect(warm.restoredFromCache)
        #expect(warm.state.mark(session: session.id, holder: holder.id)?.mark == .excuse)
        expectSameState(warm.state, try GeneratedData.plainState(url))
        // The workspace appends after the snapshot's clock, not before it.
        try warm.perform(.attend(session: session.id, holder: holder.id, mark: .present))
        expectSameState(try Workspace(directory: url, author: "test", useCache: true).state, try GeneratedData.plainState(url))
    }

    /// Corrections (issue 16) change tables, lookups and the removed holders: a snapshot
    /// holding them restores the state of the plain path.
    @Test func correctionsComeBackFromTheSnapshot() throws {
        let url = try GeneratedData.make(events: 3_000, seed: 5, writers: 2)
        defer { try? FileManager.default.removeItem(at: url) }
        let w = try Workspace(directory: url, author: "test", useCache: true)
        let holders = w.state.holders.values.sorted { $0.id < $1.id }
        // A merge of two holders who share no cohort (the first pair that merges).
        var merged = false
        for keep in holders.prefix(20) where !merged {
            for duplicate in holders.reversed().prefix(20) where duplicate.id != keep.id && !merged {
                merged = (try? w.perform(.mergeHolders(keep: keep.id, duplicate: duplicate.id))) != nil
            }
        }
        #expect(merged)
        let rest = w.state.holders.values.sorted { $0.id < $1.id }
        try w.perform(.removeHolder(holder: rest[1].id, reason: "erreur", withHistory: true))
        try w.perform(.editHolder(holder: rest[2].id, HolderEdit(name: "Nom corrigé", email: "x@example.org", addTags: ["qpv"])))
        let mover = try #require(rest.dropFirst(3).first { w.state.participations(holder: $0.id).filter(\.status.isCurrent).count == 1 })
        let target = try #require(w.state.cohorts.values.sorted { $0.id < $1.id }.first { w.state.participation(holder: mover.id, cohort: $0.id) == nil })
        try w.perform(.transfer(holder: mover.id, cohort: target.id, reason: "horaires"))
        let cohort = try #require(w.state.cohorts.values.sorted { $0.id < $1.id }.first)
        try w.perform(.editCohort(cohort: cohort.id, CohortEdit(name: "Promo renommée", capacity: .some(30))))
        let programme = try #require(w.state.programmes.values.sorted { $0.id < $1.id }.first { $0.template.count > 1 })
        try w.perform(.moveWorkshop(programme: programme.id, workshop: "1", position: programme.template.count))
        #expect(w.state.removedHolders.count == 2)
        #expect(w.state.anomalies == 0)
        // A snapshot made after them holds them.
        try FileManager.default.removeItem(atPath: snapshotPath(url))
        #expect(!(try Workspace(directory: url, author: "test", useCache: true)).restoredFromCache)
        let warm = try Workspace(directory: url, author: "test", useCache: true)
        #expect(warm.restoredFromCache)
        expectSameState(warm.state, try GeneratedData.plainState(url))
        expectSameState(warm.state, w.state)
    }

    @Test func aLogFileChangedOtherThanByAppendingInvalidatesTheSnapshot() throws {
        let url = try GeneratedData.make(events: 2_500, seed: 4, writers: 2)
        defer { try? FileManager.default.removeItem(at: url) }
        _ = try Workspace(directory: url, author: "test", useCache: true)
        // Cut the last 20 lines of one file (as a restored older copy would be).
        let names = try FileManager.default.contentsOfDirectory(atPath: url.path + "/events").filter { $0.hasSuffix(".jsonl") }.sorted()
        let file = url.path + "/events/" + names[0]
        let lines = try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n")
        try (lines.dropLast(20).joined(separator: "\n") + "\n").write(toFile: file, atomically: false, encoding: .utf8)
        let reopened = try Workspace(directory: url, author: "test", readOnly: true, useCache: true)
        #expect(!reopened.restoredFromCache)
        #expect(reopened.eventCount == 2_480)
        expectSameState(reopened.state, try GeneratedData.plainState(url))
    }

    @Test func aLineRewrittenInPlaceInvalidatesTheSnapshot() throws {
        let url = try GeneratedData.make(events: 2_000, seed: 5, writers: 1)
        defer { try? FileManager.default.removeItem(at: url) }
        _ = try Workspace(directory: url, author: "test", useCache: true)
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: url.path + "/events").first { $0.hasSuffix(".jsonl") })
        let file = url.path + "/events/" + name
        // Same length, last line changed: its checksum no longer matches, so it is damaged.
        var bytes = try #require(FileManager.default.contents(atPath: file))
        let i = try #require(bytes.dropLast().lastIndex(of: UInt8(ascii: "\"")))
        bytes[bytes.index(before: i)] ^= 0x01
        try bytes.write(to: URL(fileURLWithPath: file))
        let reopened = try Workspace(directory: url, author: "test", readOnly: true, useCache: true)
        #expect(!reopened.restoredFromCache)
        #expect(reopened.problems.count == 1)
        expectSameState(reopened.state, try GeneratedData.plainState(url))
    }

    @Test(arguments: ["flip", "text", "truncate", "header", "empty"])
    func aDamagedSnapshotIsIgnoredAndRebuilt(damage: String) throws {
        let url = try GeneratedData.make(events: 2_000, seed: 6, writers: 2)
        defer { try? FileManager.default.removeItem(at: url) }
        _ = try Workspace(directory: url, author: "test", useCache: true)
        let path = snapshotPath(url)
        var bytes = try #require(FileManager.default.contents(atPath: path))
        switch damage {
        case "flip": bytes[bytes.count - bytes.count / 3] ^= 0x20
        case "text":
            // A letter inside a name: the layout stays valid, only the checksum can tell.
            let name = Array("Rennes".utf8)
            let at = try #require((0..<(bytes.count - name.count)).last { bytes[$0..<$0 + name.count].elementsEqual(name) })
            bytes[at + 5] = UInt8(ascii: "z")
        case "truncate": bytes = bytes.prefix(bytes.count / 2)
        case "header": bytes[2] = UInt8(ascii: "#")
        default: bytes = Data()
        }
        try bytes.write(to: URL(fileURLWithPath: path))
        let reopened = try Workspace(directory: url, author: "test", useCache: true)
        #expect(!reopened.restoredFromCache)
        expectSameState(reopened.state, try GeneratedData.plainState(url))
        let again = try Workspace(directory: url, author: "test", useCache: true)
        #expect(again.restoredFromCache)
        expectSameState(again.state, try GeneratedData.plainState(url))
    }

    @Test func withoutTheCacheNothingIsReadOrWritten() throws {
        let url = try GeneratedData.make(events: 1_000, seed: 7, writers: 1)
        defer { try? FileManager.default.removeItem(at: url) }
        _ = try Workspace(directory: url, author: "test", useCache: false)
        #expect(!FileManager.default.fileExists(atPath: snapshotPath(url)))
        _ = try Workspace(directory: url, author: "test", useCache: true)
        let plain = try Workspace(directory: url, author: "test", useCache: false)
        #expect(!plain.restoredFromCache)
        #expect(plain.eventCount == 1_000)
    }

    @Test func openingReportsProgressUpToTheWhole() throws {
        let url = try GeneratedData.make(events: 3_000, seed: 9, writers: 2)
        defer { try? FileManager.default.removeItem(at: url) }
        var seen: [OpeningProgress] = []
        _ = try Workspace(directory: url, author: "test", useCache: false, progress: { seen.append($0) })
        #expect(seen.allSatisfy { $0.phase == .reading(afterSnapshot: false) })
        #expect(seen.last.map { $0.done == $0.total && $0.total > 0 } == true)
        #expect(seen.last?.fraction == 1)
        #expect(zip(seen, seen.dropFirst()).allSatisfy { $0.fraction <= $1.fraction })
    }

    /// A first open with the cache on folds, then says it saves the snapshot.
    @Test func aFirstOpenReportsSavingTheSnapshotLast() throws {
        let url = try GeneratedData.make(events: 3_000, seed: 9, writers: 2)
        defer { try? FileManager.default.removeItem(at: url) }
        var seen: [OpeningProgress] = []
        _ = try Workspace(directory: url, author: "test", useCache: true, progress: { seen.append($0) })
        #expect(seen.last?.phase == .saving)
        #expect(seen.filter { $0.phase == .saving }.count == 1)
        #expect(seen.dropLast().allSatisfy { $0.phase == .reading(afterSnapshot: false) })
        #expect(zip(seen, seen.dropFirst()).allSatisfy { $0.fraction <= $1.fraction })
        // Opened again from the snapshot with nothing new: nothing to save.
        var again: [OpeningProgress] = []
        _ = try Workspace(directory: url, author: "test", useCache: true, progress: { again.append($0) })
        #expect(!again.contains { $0.phase == .saving })
    }

    @Test func openingFromTheSnapshotReportsRestoringThenTheRest() throws {
        let url = try GeneratedData.make(events: 3_000, seed: 9, writers: 2)
        defer { try? FileManager.default.removeItem(at: url) }
        _ = try Workspace(directory: url, author: "test", useCache: true)
        let writer = try Workspace(directory: url, author: "test", useCache: false)
        try writer.perform(.addOrganisation(name: "Après le cliché", kind: .partner))
        var seen: [OpeningProgress] = []
        let reopened = try Workspace(directory: url, author: "test", useCache: true, progress: { seen.append($0) })
        #expect(reopened.restoredFromCache)
        #expect(reopened.eventCount == 3_001)
        #expect(seen.first?.phase == .restoring)
        #expect(seen.last?.phase == .reading(afterSnapshot: true))
        #expect(seen.last?.fraction == 1)
        #expect(zip(seen, seen.dropFirst()).allSatisfy { $0.fraction <= $1.fraction })
    }
}

import Foundation
import Testing

/// A report asked again while the logs hold exactly what they held is printed as it was
/// computed (`OutputCache`, kept beside the snapshot): never when anything in the logs
/// changed, never after an erasure, never with `--no-cache`.
@Suite(.serialized)
struct ReportCacheTests {
    static let marker = "KEPT OUTPUT, NOT COMPUTED\n"

    /// The kept outputs (`cache/outputs/`), by file name.
    static func kept(_ p: ParcoursBinary) -> [URL] {
        let folder = p.data.appendingPathComponent("cache/outputs")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().map { folder.appendingPathComponent($0) }
    }

    /// Replaces what each kept file would print by `marker`: a report printing it came
    /// from the kept file, not from the logs.
    static func markKept(_ p: ParcoursBinary) throws {
        for url in kept(p) {
            let data = try Data(contentsOf: url)
            let label = data[...data.firstIndex(of: UInt8(ascii: "\n"))!]
            try (Data(label) + Data(marker.utf8)).write(to: url)
        }
    }

    static func demo() throws -> ParcoursBinary {
        let p = ParcoursBinary()
        try p.ok("demo")
        return p
    }

    @Test func aReportAskedAgainIsPrintedAsKeptAndEqualToTheComputedOne() throws {
        let p = try Self.demo()
        defer { p.cleanUp() }
        let computed = try p.ok("report", "--format", "json")
        #expect(Self.kept(p).count == 1)
        // Only the owner may read it: a report names people.
        let mode = try FileManager.default.attributesOfItem(atPath: Self.kept(p)[0].path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(try p.ok("report", "--format", "json") == computed)
        #expect(try p.ok("report", "--format", "json", "--no-cache") == computed)
        try Self.markKept(p)
        #expect(try p.ok("report", "--format", "json") == Self.marker)
        // Another request (format, scope, language) is computed, and kept beside it.
        let text = try p.ok("report")
        #expect(text != Self.marker && text.contains("Attendance"))
        #expect(Self.kept(p).count == 2)
        var french = p
        french.environment["PARCOURS_LANG"] = "fr"
        let inFrench = try french.ok("report")
        #expect(inFrench.contains("Assiduité") && inFrench != text)
        // `--no-cache` neither prints nor keeps.
        #expect(try p.ok("report", "--format", "json", "--no-cache") == computed)
    }

    @Test func anythingNewInTheLogsIsComputedAgain() throws {
        let p = try Self.demo()
        defer { p.cleanUp() }
        let before = try p.ok("report", "--format", "json")
        try p.ok("report", "--format", "json")
        try Self.markKept(p)
        // An event appended: the report counts it.
        try p.ok("holder", "add", "Inès Nouvelle", "--cohort", "Promotion 2020")
        let after = try p.ok("report", "--format", "json")
        #expect(after != Self.marker && after != before)
        #expect(after == (try p.ok("report", "--format", "json", "--no-cache")))

        // A new writer's file (a sync brought it): computed again.
        try Self.markKept(p)
        let events = p.data.appendingPathComponent("events")
        let own = try FileManager.default.contentsOfDirectory(atPath: events.path).first { $0.hasSuffix(".jsonl") }!
        let firstLine = try String(contentsOf: events.appendingPathComponent(own), encoding: .utf8)
            .split(separator: "\n")[0]
        try (String(firstLine) + "\n").write(to: events.appendingPathComponent("0123456789abcdef.jsonl"),
                                            atomically: true, encoding: .utf8)
        #expect(try p.run(["report", "--format", "json"]).stdout != Self.marker)

        // A byte changed in what the snapshot was folded from: computed again.
        try FileManager.default.removeItem(at: events.appendingPathComponent("0123456789abcdef.jsonl"))
        try p.ok("report", "--format", "json")
        try Self.markKept(p)
        #expect(try p.ok("report", "--format", "json") == Self.marker)
        let url = events.appendingPathComponent(own)
        var bytes = try Data(contentsOf: url)
        let at = bytes.range(of: Data("Inès Nouvelle".utf8))!.lowerBound
        bytes[at] = UInt8(ascii: "E")
        try bytes.write(to: url)
        #expect(try p.run(["report", "--format", "json"]).stdout != Self.marker)
    }

    @Test func anErasureRemovesEveryKeptOutput() throws {
        let p = ParcoursBinary()
        defer { p.cleanUp() }
        try p.ok("programme", "add", "Lance-toi !")
        try p.ok("cohort", "add", "Lance-toi !", "Promo 2026", "--start", "2026-11-03")
        try p.ok("holder", "add", "Zoé Laferrière", "--project", "Boulangerie des Tilleuls", "--cohort", "Promo 2026")
        let report = try p.ok("report", "--format", "json")
        #expect(report.contains("Zoé Laferrière"))
        #expect(Self.kept(p).count == 1)
        #expect(try String(contentsOf: Self.kept(p)[0], encoding: .utf8).contains("Zoé Laferrière"))
        try p.ok("erase", "Zoé", "--reason", "demande de l’intéressée", "--yes")
        #expect(Self.kept(p).isEmpty)
        // Nor in the snapshot, its checkpoint or anything else the cache holds.
        let cache = p.data.appendingPathComponent("cache")
        for name in (try? FileManager.default.subpathsOfDirectory(atPath: cache.path)) ?? [] {
            let bytes = (try? Data(contentsOf: cache.appendingPathComponent(name))) ?? Data()
            #expect(bytes.range(of: Data("Laferrière".utf8)) == nil, "cache/\(name)")
        }
        #expect(!(try p.ok("report", "--format", "json")).contains("Zoé Laferrière"))
    }

    /// What an open reports only when it finds it (this installation's log cut short of
    /// what it wrote) is never left out by a kept report: computed each time, warned each time.
    @Test func aWarningFoundOnlyByAnOpenIsNeverSkipped() throws {
        let p = ParcoursBinary()
        defer { p.cleanUp() }
        try p.ok("programme", "add", "Lance-toi !")
        try p.ok("cohort", "add", "Lance-toi !", "Promo 2026", "--start", "2026-11-03")
        try p.ok("holder", "add", "Inès Martin", "--cohort", "Promo 2026")
        try p.ok("holder", "add", "Paul Durand", "--cohort", "Promo 2026")
        let quiet = try p.run(["report"])
        #expect(quiet.status == 0 && quiet.stderr.isEmpty)
        // The last line of this installation's own log goes (an older copy put back).
        let events = p.data.appendingPathComponent("events")
        let own = try #require(try FileManager.default.contentsOfDirectory(atPath: events.path).first { $0.hasSuffix(".jsonl") })
        let url = events.appendingPathComponent(own)
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
        try (lines.dropLast().joined(separator: "\n") + "\n").write(to: url, atomically: false, encoding: .utf8)
        for _ in 0..<3 {
            let again = try p.run(["report"])
            #expect(again.status == 0 && !again.stderr.isEmpty, "\(again.stderr)")
            #expect(!again.stdout.contains("Paul Durand"))
        }
        #expect(try p.run(["report"]).stderr == (try p.run(["report", "--no-cache"])).stderr)
    }
}

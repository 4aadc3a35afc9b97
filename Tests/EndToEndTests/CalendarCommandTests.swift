import Foundation
import Testing

/// Issue 18's people and calendar through the real binary: a venue or a facilitator shared
/// at the same time is a warning when scheduling (the session is still recorded), the
/// iCalendar export read back by a standard parser (Python's icalendar), and "my holders"
/// (`--mine`, `--referent`) with their refusals.
@Suite("People, venues and the calendar through the command line")
struct CalendarCommandTests {
    /// A Fabrique with two cohorts sharing the Lamastre hall and Camille Dubois.
    static func fabrique(_ p: ParcoursBinary) throws {
        try p.ok("programme", "add", "Fabrique à initiatives", "--operator", "APES")
        try p.ok("cohort", "add", "Fabrique à initiatives", "Promo A", "--start", "2026-03-02")
        try p.ok("cohort", "add", "Fabrique à initiatives", "Promo B", "--start", "2026-03-02")
        try p.ok("person", "add", "Camille Dubois", "--organisation", "APES", "--role", "chargée d'accompagnement")
        try p.ok("person", "add", "Paul Marchand", "--organisation", "CAE Coodem")
        try p.ok("venue", "add", "Salle des fêtes de Lamastre", "--commune", "Lamastre", "--kind", "salle")
    }

    @Test func aSharedVenueOrFacilitatorIsAWarningWhenSchedulingNotARefusal() throws {
        var p = ParcoursBinary(language: "fr")
        defer { p.cleanUp() }
        try Self.fabrique(p)
        let first = try p.run(["session", "add", "Promo A", "Atelier 1", "--date", "2026-03-26", "--time", "9:00", "--duration", "3h",
                               "--venue", "Salle des fêtes de Lamastre", "--facilitator", "Camille Dubois"])
        #expect(first.status == 0 && first.stderr.isEmpty, "\(first.stderr)")
        let venue = try p.run(["session", "add", "Promo B", "Atelier B1", "--date", "2026-03-26", "--time", "10:00", "--duration", "2h",
                               "--venue", "Salle des fêtes"])
        #expect(venue.status == 0 && venue.stdout == "Séance « Atelier B1 » prévue le jeu. 26/03/2026.\n")
        #expect(venue.stderr == "Attention : « Atelier B1 » et « Atelier 1 » (Promo A) ont lieu en même temps à "
                + "« Salle des fêtes de Lamastre » le jeu. 26/03/2026.\n", "\(venue.stderr)")

        p.environment["PARCOURS_LANG"] = "en"
        let person = try p.run(["session", "add", "Promo B", "Point", "--date", "2026-03-26", "--time", "11:30", "--duration", "1h",
                                "--facilitator", "Camille", "--remote"])
        #expect(person.status == 0 && person.stderr == "Warning: Camille Dubois also facilitates “Atelier 1” (Promo A) at the same "
                + "time as “Point” on Thu 2026-03-26.\n", "\(person.stderr)")
        // Right after, elsewhere, or against a cancelled session: no warning.
        let after = try p.run(["session", "add", "Promo B", "Atelier B2", "--date", "2026-03-26", "--time", "12:30", "--duration", "2h",
                               "--venue", "Salle des fêtes", "--facilitator", "Camille"])
        #expect(after.status == 0 && after.stderr.isEmpty, "\(after.stderr)")
        try p.ok("session", "cancel", "Atelier B2")
        let cancelled = try p.run(["session", "add", "Promo A", "Atelier 2", "--date", "2026-03-26", "--time", "13:00", "--duration", "1h",
                                   "--venue", "Salle des fêtes", "--facilitator", "Camille"])
        #expect(cancelled.status == 0 && cancelled.stderr.isEmpty, "\(cancelled.stderr)")
        // The calendar marks both sides of an overlap.
        let week = try p.ok("calendar", "--from", "2026-03-26")
        #expect(week.contains("⚠ same venue as “Atelier B1” (Promo B)") && week.contains("⚠ same venue as “Atelier 1” (Promo A)"), "\(week)")
        #expect(week.contains("⚠ Camille Dubois also at “Point” (Promo B)"), "\(week)")
        #expect(week.contains("12:30–14:30  Atelier B2 — Promo B — Salle des fêtes de Lamastre (Lamastre) — Camille Dubois — CANCELLED"),
                "\(week)")
    }

    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Scripts/ics_check.py")

    /// Reads an .ics back with Python's icalendar (installed by `make deps`; a missing
    /// parser fails the test, it is never skipped).
    static func parse(_ file: URL) throws -> [String: Any] {
        let check = Process()
        check.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        check.arguments = ["python3", script.path, file.path]
        let output = Pipe(), errors = Pipe()
        check.standardOutput = output
        check.standardError = errors
        try check.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let problem = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        check.waitUntilExit()
        guard check.terminationStatus == 0 else { throw Failure("ics_check.py exited \(check.terminationStatus): \(problem)") }
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    static func events(_ calendar: [String: Any]) -> [String: [String: Any]] {
        let events = calendar["events"] as? [[String: Any]] ?? []
        return Dictionary(events.map { ($0["summary"] as? String ?? "", $0) }, uniquingKeysWith: { a, _ in a })
    }

    @Test func theICalendarExportIsReadByAStandardParserWithStableUIDsInEuropeParis() throws {
        let p = ParcoursBinary(language: "fr")
        defer { p.cleanUp() }
        try Self.fabrique(p)
        // Separators a calendar must not split on, and a title long enough to be folded in
        // the middle of accented letters.
        try p.ok("session", "add", "Promo A", "Atelier 1 ; budget, prévisionnel", "--date", "2026-03-26", "--time", "9:00",
                 "--duration", "3h", "--venue", "Salle des fêtes de Lamastre", "--facilitator", "Camille Dubois")
        try p.ok("session", "add", "Promo B", "Atelier B1", "--date", "2026-03-26", "--time", "10:00", "--duration", "2h",
                 "--venue", "Salle des fêtes de Lamastre", "--facilitator", "Paul Marchand")
        // 29 March 2026: Paris goes to summer time at 2:00 that night.
        try p.ok("session", "add", "Promo B", "Atelier B2", "--date", "2026-03-29", "--time", "10:00", "--duration", "2h",
                 "--facilitator", "Camille")
        try p.ok("session", "cancel", "Atelier B2")
        let long = "Soirée-débat : l'économie sociale et solidaire, éléphants et énergies renouvelables dans les vallées d'Ardèche"
        try p.ok("session", "add", "Promo A", long, "--date", "2026-03-27", "--duration", "1j", "--kind", "visite")
        let ids = try #require(try p.json("list", "sessions", "--json") as? [[String: Any]])
            .reduce(into: [String: String]()) { $0[$1["title"] as? String ?? ""] = $1["id"] as? String }

        let file = p.data.appendingPathComponent("calendriers/fabrique.ics")
        #expect(try p.ok("export", "--format", "ics", "--out", file.path)
                == "4 séances écrites dans \(file.path) (iCalendar, lisible par vous seul·e).\n")
        #expect(try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int == 0o600)
        let calendar = try Self.parse(file)
        #expect(calendar["version"] as? String == "2.0" && calendar["zones"] as? [String] == ["Europe/Paris"])
        #expect(calendar["problems"] as? [String] == [], "CRLF, 75-octet lines, UTF-8 whole: \(calendar["problems"] ?? "")")
        let events = Self.events(calendar)
        #expect(events.count == 4)
        for (title, id) in ids {
            let event = events.values.first { ($0["summary"] as? String)?.hasPrefix(title + " — ") == true }
            #expect(event?["uid"] as? String == "\(id)@parcours", "\(title)")
        }
        let a1 = try #require(events["Atelier 1 ; budget, prévisionnel — Promo A"])
        #expect(a1["start"] as? String == "2026-03-26T09:00:00+01:00" && a1["end"] as? String == "2026-03-26T12:00:00+01:00")
        #expect(a1["tzid"] as? String == "Europe/Paris" && a1["status"] as? String == "CONFIRMED")
        #expect(a1["location"] as? String == "Salle des fêtes de Lamastre, Lamastre")
        #expect(a1["description"] as? String == "Fabrique à initiatives › Promo A\nAtelier\nAnimé par : Camille Dubois")
        let b2 = try #require(events["Atelier B2 — Promo B"])
        #expect(b2["status"] as? String == "CANCELLED" && b2["start"] as? String == "2026-03-29T10:00:00+02:00"
                && b2["tzid"] as? String == "Europe/Paris")
        let visit = try #require(events[long + " — Promo A"], "\(events.keys)")
        #expect(visit["start"] as? String == "2026-03-27" && visit["end"] as? String == "2026-03-28" && visit["tzid"] is NSNull)

        // Moved and renamed, a session keeps its UID: the calendar updates it in place.
        try p.ok("session", "edit", "Atelier 1", "--time", "14:00", "--title", "Atelier 1 bis")
        let again = p.data.appendingPathComponent("again.ics")
        try p.ok("export", "--format", "ics", "--out", again.path)
        let moved = try #require(Self.events(try Self.parse(again))["Atelier 1 bis — Promo A"])
        #expect(moved["uid"] as? String == a1["uid"] as? String && moved["start"] as? String == "2026-03-26T14:00:00+01:00")

        // One facilitator's calendar, one cohort's.
        let camille = p.data.appendingPathComponent("camille.ics")
        #expect(try p.ok("export", "--format", "ics", "--facilitator", "Camille", "--out", camille.path).hasPrefix("2 séances écrites"))
        #expect(Set(Self.events(try Self.parse(camille)).keys) == ["Atelier 1 bis — Promo A", "Atelier B2 — Promo B"])
        let promoB = p.data.appendingPathComponent("promo-b.ics")
        try p.ok("export", "--format", "ics", "--cohort", "Promo B", "--out", promoB.path)
        #expect(Set(Self.events(try Self.parse(promoB)).keys) == ["Atelier B1 — Promo B", "Atelier B2 — Promo B"])

        // Refusals name what is wrong and write nothing.
        let before = p.fingerprint()
        let nobody = p.data.appendingPathComponent("nobody.ics")
        let unknown = try p.run(["export", "--format", "ics", "--facilitator", "Zoé", "--out", nobody.path])
        #expect(unknown.status == 1 && unknown.stderr == "Erreur : Aucune personne ne correspond à « Zoé ».\n", "\(unknown.stderr)")
        let folder = try p.run(["export", "--format", "ics", "--out", p.data.path + "/"])
        #expect(folder.status == 1 && folder.stderr.contains("--out") && folder.stderr.contains("le fichier .ics à écrire"), "\(folder.stderr)")
        #expect(p.fingerprint() == before && !FileManager.default.fileExists(atPath: nobody.path))
    }

    @Test func myHoldersAreThoseWhoseReferentIsTheAuthorOrTheChosenPerson() throws {
        var p = ParcoursBinary(author: "camille", language: "fr")
        defer { p.cleanUp() }
        try p.ok("programme", "add", "Lance-toi !")
        try p.ok("cohort", "add", "Lance-toi !", "Promo 2021", "--start", "2021-01-04")
        try p.ok("person", "add", "Camille Dubois")
        for (name, project) in [("Inès Bah", "Parthèque"), ("Lucie Ferrand", "Refuge"), ("Tom Durand", "Recyclerie")] {
            try p.ok("holder", "add", name, "--project", project, "--cohort", "Promo 2021", "--date", "2021-01-04")
            try p.ok("participation", name, "Promo 2021", "en_cours", "--date", "2021-01-10")
            try p.ok("participation", name, "Promo 2021", "termine", "--date", "2021-06-30")
        }
        try p.ok("followup", "plan", "Lance-toi !", "--after", "6m")
        #expect(try p.ok("holder", "edit", "Inès", "--referent", "Camille Dubois") == "« Inès Bah » (porteur) modifié : référent·e.\n")
        // A referent not yet in the directory is added to it.
        try p.ok("holder", "edit", "Lucie", "--referent", "Paul Marchand")
        #expect(try p.ok("list", "people").contains("Paul Marchand"))

        func names(_ arguments: String...) throws -> [String] {
            let result = try p.run(arguments)
            let rows = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]]
            return try #require(rows, "\(arguments): \(result.stderr)").compactMap { $0["name"] as? String ?? $0["project"] as? String }
        }
        // PARCOURS_AUTHOR "camille" names Camille Dubois (the only name starting so).
        #expect(try names("list", "holders", "--mine", "--json") == ["Inès Bah"])
        #expect(try names("list", "holders", "--referent", "Paul", "--json") == ["Lucie Ferrand"])
        #expect(try names("list", "holders", "--json").count == 3)
        #expect(try names("list", "followups", "--mine", "--json") == ["Parthèque"])
        #expect(try names("list", "followups", "--referent", "Paul Marchand", "--due", "--json") == ["Refuge"])
        #expect(try p.ok("show", "Camille Dubois").contains("Inès Bah"))

        let before = p.fingerprint()
        p.environment["PARCOURS_AUTHOR"] = "Zoé"
        let stranger = try p.run(["list", "holders", "--mine"])
        #expect(stranger.status == 1 && stranger.stderr == "Erreur : « Zoé » n’est pas valable pour --mine (PARCOURS_AUTHOR) : le nom "
                + "d'une personne de l'annuaire (parcours person add, ou --referent PERSONNE).\n", "\(stranger.stderr)")
        p.environment["PARCOURS_LANG"] = "en"
        let unknown = try p.run(["list", "followups", "--referent", "Nadia"])
        #expect(unknown.status == 1 && unknown.stderr == "Error: No person matches “Nadia”.\n", "\(unknown.stderr)")
        #expect(p.fingerprint() == before, "nothing written")

        // Cleared, the referent no longer follows her.
        p.environment["PARCOURS_AUTHOR"] = "Camille Dubois"
        try p.ok("holder", "edit", "Inès", "--referent", "")
        #expect(try names("list", "holders", "--mine", "--json") == [])
    }
}

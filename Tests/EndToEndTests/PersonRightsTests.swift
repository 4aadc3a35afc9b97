import Foundation
import Testing

/// A person's rights through the real binary: access (a copy of everything held, and
/// nothing about anyone else), storage limitation (retention), consent to sensitive data.
@Suite struct PersonRightsTests {
    static func cohortWithTwo() throws -> ParcoursBinary {
        let p = ParcoursBinary()
        try p.ok("programme", "add", "Lance-toi !")
        try p.ok("cohort", "add", "Lance-toi !", "Promo", "--start", "2026-11-02")
        try p.ok("session", "add", "Promo", "Atelier 1", "--date", "2026-11-05")
        try p.ok("holder", "add", "Zoé Laferrière", "--email", "zoe@example.org", "--phone", "06 11 22 33 44",
                 "--project", "Boulangerie des Tilleuls", "--cohort", "Promo")
        try p.ok("holder", "add", "Marc Voisin", "--email", "marc@example.org", "--project", "Garage solidaire", "--cohort", "Promo")
        try p.ok("note", "Zoé", "souhaite un local en centre-bourg")
        try p.ok("note", "Marc", "cherche un associé mécanicien")
        try p.ok("attend", "Atelier 1", "Zoé", "excused", "--remark", "rendez-vous médical")
        try p.ok("attend", "Atelier 1", "Marc", "absent", "--remark", "sans nouvelles")
        return p
    }

    @Test func aPersonsCopyHoldsEveryFactAboutThemAndNoneAboutOthers() throws {
        let p = try Self.cohortWithTwo()
        defer { p.cleanUp() }
        let json = try p.ok("person", "export", "Zoé")
        for fact in ["Zoé Laferrière", "zoe@example.org", "06 11 22 33 44", "Boulangerie des Tilleuls",
                     "souhaite un local en centre-bourg", "rendez-vous médical", "excuse", "Promo"] {
            #expect(json.contains(fact), "\(fact) is missing")
        }
        for other in ["Marc Voisin", "marc@example.org", "Garage solidaire", "cherche un associé", "sans nouvelles"] {
            #expect(!json.contains(other), "\(other) is about someone else")
        }
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect((object["history"] as? [Any])?.isEmpty == false)
        // A page the person can read, in French, written 0600.
        var french = p
        french.environment["PARCOURS_LANG"] = "fr"
        let out = p.data.appendingPathComponent("copies/zoe.md")
        try french.ok("person", "export", "Zoé", "--format", "markdown", "--out", out.path)
        let page = try String(contentsOf: out, encoding: .utf8)
        #expect(page.hasPrefix("# Données de Zoé Laferrière") && page.contains("## Historique complet"), "\(page)")
        let mode = try FileManager.default.attributesOfItem(atPath: out.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(try p.run(["person", "export", "Zoé", "--format", "pdf"]).status == 1)
    }

    /// The demonstration's 2020 cohorts are long past two years; its current cohort is not.
    @Test func retentionListsThenAnonymisesOnlyThosePastTheirLastContact() throws {
        let p = ParcoursBinary()
        defer { p.cleanUp() }
        try p.ok("demo")
        #expect(try p.run(["retention", "--older-than", "2x"]).status == 1)
        let before = p.fingerprint()
        let dry = try p.ok("retention", "--dry-run")
        let listed = dry.split(separator: "\n").dropFirst().map(String.init)
        #expect(!listed.isEmpty, "\(dry)")
        #expect(p.fingerprint() == before, "a dry run changes nothing")
        let current = try #require(try p.json("list", "holders", "--cohort", "Promotion 2026", "--json") as? [[String: Any]])
        let currentNames = current.compactMap { $0["name"] as? String }
        #expect(!currentNames.isEmpty && currentNames.allSatisfy { name in !listed.contains { $0.contains(name) } },
                "holders of the running cohort are kept")
        let refused = try p.run(["retention"])
        #expect(refused.status == 1 && refused.stderr.contains("--yes"), "\(refused.stderr)")
        #expect(p.fingerprint() == before)

        let report = try p.ok("report", "--format", "json")
        let applied = try p.ok("retention", "--yes")
        #expect(applied.contains("\(listed.count) person(s) anonymised"), "\(applied)")
        let after = try p.ok("report", "--format", "json")
        func totals(_ json: String) throws -> NSDictionary {
            var object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
            object["per_holder"] = nil
            object["stalled"] = nil
            // Communes and tags go with the people: those breakdowns, and the territory,
            // count them as "not given".
            object["territory"] = nil
            var breakdowns = object["breakdowns"] as? [String: Any] ?? [:]
            breakdowns["by_commune"] = nil
            breakdowns["by_tag"] = nil
            object["breakdowns"] = breakdowns
            return NSDictionary(dictionary: object)
        }
        #expect(try totals(report) == totals(after), "the figures stay")
        #expect(try p.ok("retention", "--dry-run").contains("0 person(s)"))
        #expect(try p.run(["verify"]).status == 0)
        try p.ok("retention", "--set", "3y")
        #expect(try p.ok("retention", "--dry-run").contains("36 months ago"))
    }

    @Test func sensitiveDataNeedsConsentAndGoesWithItsWithdrawal() throws {
        let p = try Self.cohortWithTwo()
        defer { p.cleanUp() }
        let refused = try p.run(["situation", "Zoé", "--obstacle", "mobilite"])
        #expect(refused.status == 1 && refused.stderr.contains("has not consented") && refused.stderr.contains("parcours consent"), "\(refused.stderr)")
        #expect(try p.run(["consent", "Zoé", "--given", "2999-01-01", "--scope", "obstacles"]).status == 1)
        try p.ok("consent", "Zoé", "--given", "2026-11-02", "--scope", "obstacles")
        try p.ok("situation", "Zoé", "--obstacle", "garde_enfants", "--obstacle", "mobilite")
        #expect(try p.ok("show", "Zoé").contains("childcare, mobility"))
        #expect(try p.run(["situation", "Zoé", "--obstacle", "vélo"]).status == 1)
        func logs() throws -> String {
            let events = p.data.appendingPathComponent("events")
            return try FileManager.default.contentsOfDirectory(atPath: events.path)
                .map { try String(contentsOf: events.appendingPathComponent($0), encoding: .utf8) }.joined()
        }
        #expect(try logs().contains("garde_enfants"))
        try p.ok("consent", "Zoé", "--withdrawn", "2026-12-01", "--scope", "obstacles")
        #expect(!(try logs().contains("garde_enfants")), "withdrawn: gone from the logs too")
        #expect(!(try p.ok("show", "Zoé").contains("childcare")))
        #expect(try p.run(["verify"]).status == 0)
        let undo = try p.run(["undo"])
        #expect(undo.status == 1, "a withdrawal is not undone")
    }
}

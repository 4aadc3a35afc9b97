import Foundation
import Testing

@Suite("Demo through the command line")
struct DemoCommandTests {
    @Test func demoThenReportShowsTheRealProgrammes() throws {
        let p = ParcoursBinary()
        defer { p.cleanUp() }
        let out = try p.ok("demo")
        #expect(out.contains("5 programmes") && out.contains("11 ideas"))
        let programmes = try #require(try p.json("list", "programmes", "--json") as? [[String: Any]])
        #expect(Set(programmes.compactMap { $0["name"] as? String })
                == ["Lance-toi !", "May’Idées", "Sprint", "Parcours multiacteur Montagne d’Ardèche", "Fabrique à initiatives de Creuse"])
        // AMESUD's awareness programme: 44 at its three evening debates, 9 at its two bonus workshops.
        let amesud = try #require(try p.json("report", "--programme", "multiacteur", "--format", "json") as? [String: Any])
        let events = try #require(amesud["events"] as? [String: Any])
        #expect((events["by_kind"] as? [String: [String: Any]])?["soiree"]?["participants"] as? Int == 44)
        #expect(events["participants"] as? Int == 53 && amesud["holders"] as? Int == 0)

        let sprint = try #require(try p.json("report", "--programme", "sprint", "--format", "json") as? [String: Any])
        #expect(sprint["candidates"] as? Int == 35)
        #expect(sprint["holders"] as? Int == 10)
        let may = try #require(try p.json("report", "--programme", "may'idees", "--format", "json") as? [String: Any])
        #expect(may["holders"] as? Int == 3)
        #expect((may["statuses"] as? [String: Int])?["oriente"] == 2)

        let text = try p.ok("report")
        #expect(text.contains("Hours delivered"))
    }

    /// The "done when": Sprint's bilan in Markdown, in both languages, with the
    /// guide's survey figures, follow-up survival, funding and who ran it.
    @Test func sprintsBilanReadsAsABilanInBothLanguages() throws {
        let p = ParcoursBinary()
        defer { p.cleanUp() }
        try p.ok("demo")
        var fr = p
        fr.environment["PARCOURS_LANG"] = "fr"
        let french = try fr.ok("report", "--programme", "Sprint", "--format", "markdown")
        for line in ["# Bilan du dispositif « Sprint »", "- **Opérateurs** : makesense", "| Note de recommandation | 9/10 |",
                     "| Souhaitent poursuivre leur projet | 100 % |", "| Confortés dans leur envie de s’implanter | 91 % |",
                     "## Pérennité à 3 ans", "## Coût et financement", "| Coût par porteur | 1\u{202F}200 € |"] {
            #expect(french.contains(line), "\(line) missing")
        }
        let english = try p.ok("report", "--programme", "Sprint", "--format", "markdown")
        for line in ["# Report: programme “Sprint”", "- **Operators**: makesense", "| Recommendation score | 9/10 |",
                     "| Wish to continue their project | 100% |", "| Confirmed in their wish to settle | 91% |",
                     "## Survival at 3 years", "## Cost and funding", "| Cost per holder | €1,200 |"] {
            #expect(english.contains(line), "\(line) missing")
        }
    }

    /// The guide's Fabrique à initiatives: its pistes and the holders found for four of
    /// them, the childcare call; in the report in both languages, and no holder for an idea.
    @Test func theFabriquesIdeasAndCallInTheReportInBothLanguages() throws {
        let p = ParcoursBinary()
        defer { p.cleanUp() }
        try p.ok("demo")
        let report = try #require(try p.json("report", "--programme", "Fabrique", "--format", "json") as? [String: Any])
        let ideas = try #require(report["ideas"] as? [String: Any])
        #expect((ideas["detected"] as? Int, ideas["studied"] as? Int, ideas["set_aside"] as? Int, ideas["adopted"] as? Int)
                == (11, 7, 1, 4))
        #expect(report["holders"] as? Int == 0)
        let call = try #require((report["calls"] as? [[String: Any]])?.first)
        #expect((call["applications"] as? Int, call["eligible"] as? Int, call["not_eligible"] as? Int, call["pending"] as? Int)
                == (3, 1, 1, 1))
        // Every idea is an idea, never a holder; the holders found are who took four up.
        let titles = try #require(try p.json("list", "ideas", "--json") as? [[String: Any]]).compactMap { $0["title"] as? String }
        let holders = try #require(try p.json("list", "holders", "--json") as? [[String: Any]]).compactMap { $0["name"] as? String }
        #expect(titles.count == 11 && Set(titles).isDisjoint(with: holders))
        #expect(holders.contains("Revatec") && holders.contains("Économie circulaire de la construction en Creuse (EC3)"))

        var fr = p
        fr.environment["PARCOURS_LANG"] = "fr"
        let french = try fr.ok("report", "--programme", "Fabrique", "--format", "markdown")
        for line in ["# Bilan du dispositif « Fabrique à initiatives de Creuse »", "## Idées avant porteur (Fabrique)",
                     "| Idées détectées | 11 |", "| porteur identifié | 4 |", "## Appel « AMI – expérimentation d’un mode de garde »"] {
            #expect(french.contains(line), "\(line) missing")
        }
        let english = try p.ok("report", "--programme", "Fabrique", "--format", "markdown")
        for line in ["## Ideas before a holder (Fabrique)", "| Ideas detected | 11 |", "| holder found | 4 |",
                     "## Call “AMI – expérimentation d’un mode de garde”"] {
            #expect(english.contains(line), "\(line) missing")
        }
        // No holder yet: the ideas come first, the holders' tables (all zeros) after.
        for report in [french, english] {
            let ideas = try #require(report.range(of: "Fabrique)\n"))
            let people = try #require(report.range(of: report == french ? "## Publics accompagnés" : "## People accompanied"))
            #expect(ideas.lowerBound < people.lowerBound)
        }
        // With holders too (the whole network), the holders come first.
        let all = try fr.ok("report", "--format", "markdown")
        let people = try #require(all.range(of: "## Publics accompagnés"))
        let funnel = try #require(all.range(of: "## Idées avant porteur"))
        #expect(people.lowerBound < funnel.lowerBound)
    }

    @Test func anAnonymousReportNamesNobodyInEveryFormat() throws {
        let p = ParcoursBinary()
        defer { p.cleanUp() }
        try p.ok("demo")
        let holders = try #require(try p.json("list", "holders", "--json") as? [[String: Any]]).compactMap { $0["name"] as? String }
        #expect(holders.count > 10)
        let named = try p.ok("report", "--programme", "Sprint", "--format", "markdown")
        #expect(holders.contains { named.contains($0) }, "the full report names the holders")
        for format in ["text", "markdown", "csv", "json"] {
            let out = try p.ok("report", "--programme", "Sprint", "--anonymous", "--format", format)
            for name in holders { #expect(!out.contains(name), "\(name) in the anonymous \(format) report") }
            #expect(out.contains("10"), "the counts stay")
        }
        let json = try #require(try p.json("report", "--programme", "Sprint", "--anonymous", "--format", "json") as? [String: Any])
        #expect(json["anonymous"] as? Bool == true && (json["per_holder"] as? [Any])?.isEmpty == true)
        #expect(json["holders"] as? Int == 10)
        let scope = try #require(json["scope"] as? [String: Any])
        #expect(scope["operators"] as? [String] == ["makesense"])
    }

    @Test func demoRefusesADataDirectoryThatHoldsEvents() throws {
        let p = ParcoursBinary()
        defer { p.cleanUp() }
        try p.ok("programme", "add", "Mon programme")
        let before = p.fingerprint()
        let result = try p.run(["demo"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("empty"))
        #expect(p.fingerprint() == before)
    }
}

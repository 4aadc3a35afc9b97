import Foundation
import Testing

/// Ideas before holders (F15) through the real binary: a Fabrique's pistes, one taken up
/// by a holder found later, the report's counts in JSON and text, French and English —
/// and no holder recorded for an idea. Refusals write nothing and name what is wrong.
@Suite("Ideas and the Fabrique through the command line")
struct IdeaCommandTests {
    /// A Fabrique with no cohort: three pistes of its creativity seminar; the paper sector
    /// studied then set aside, the incubator looking for a holder.
    func setUp(_ p: ParcoursBinary) throws {
        try p.ok("programme", "add", "Fabrique Creuse", "--operator", "France Active Nouvelle-Aquitaine")
        for (title, commune) in [("Filière papier", "Guéret"), ("Incubateur de projets", "Guéret"), ("Garage solidaire", "Aubusson")] {
            try p.ok("idea", "add", "Fabrique Creuse", title, "--source", "Séminaire de créativité", "--commune", commune,
                     "--date", "2018-11-22")
        }
        try p.ok("idea", "add", "Fabrique Creuse", "Aides techniques", "--need", "43 % des besoins couverts", "--date", "2019-11-05")
        for status in ["retenue", "en_etude", "ecartee"] {
            try p.ok("idea", "status", "papier", status, "--date", status == "ecartee" ? "2019-10-14" : "2019-03-04",
                     "--reason", status == "ecartee" ? "faute de potentiel" : "comité de pilotage")
        }
        try p.ok("idea", "status", "Incubateur", "retenue", "--date", "2019-01-24")
        try p.ok("idea", "status", "Incubateur", "en étude d'opportunité", "--date", "2019-03-04")
        try p.ok("idea", "status", "Incubateur", "recherche_porteur", "--date", "2019-06-03")
    }

    func ideas(_ report: [String: Any]) throws -> [String: Any] { try #require(report["ideas"] as? [String: Any]) }

    @Test func theHolderFoundLaterTakesTheIdeaUpAndNoIdeaIsEverAHolder() throws {
        let p = ParcoursBinary()
        defer { p.cleanUp() }
        try setUp(p)
        // Four ideas, no holder at all.
        #expect(try #require(try p.json("list", "holders", "--json") as? [Any]).isEmpty)
        let before = try #require(try p.json("report", "--programme", "Fabrique", "--format", "json") as? [String: Any])
        #expect(before["holders"] as? Int == 0 && before["candidates"] as? Int == 0)
        var funnel = try ideas(before)
        #expect((funnel["detected"] as? Int, funnel["studied"] as? Int, funnel["set_aside"] as? Int, funnel["adopted"] as? Int)
                == (4, 2, 1, 0))

        // Found at last: the holder recorded and taking the idea up in one action.
        let out = try p.ok("idea", "adopt", "Incubateur", "Collectif de l’incubateur", "--new", "--kind", "collective",
                           "--commune", "Guéret", "--note", "appropriation du projet par trois structures", "--date", "2019-09-16")
        #expect(out.contains("Collectif de l’incubateur") && out.contains("adopted"))
        let holders = try #require(try p.json("list", "holders", "--json") as? [[String: Any]])
        #expect(holders.compactMap { $0["name"] as? String } == ["Collectif de l’incubateur"])
        let shown = try p.ok("show", "Collectif de l’incubateur")
        #expect(shown.contains("Incubateur de projets") && shown.contains("appropriation du projet par trois structures"))

        let after = try #require(try p.json("report", "--programme", "Fabrique", "--format", "json") as? [String: Any])
        funnel = try ideas(after)
        #expect((funnel["detected"] as? Int, funnel["studied"] as? Int, funnel["set_aside"] as? Int, funnel["adopted"] as? Int)
                == (4, 2, 1, 1))
        #expect((funnel["by_status"] as? [String: Int]) == ["detectee": 2, "retenue": 0, "en_etude": 0, "recherche_porteur": 0,
                                                            "porteur_identifie": 1, "ecartee": 1])
        // The Fabrique's figures still count no holder: the adopter is no participant of a cohort.
        #expect(after["holders"] as? Int == 0)

        // The text report in both languages.
        var fr = p
        fr.environment["PARCOURS_LANG"] = "fr"
        let french = try fr.ok("report", "--programme", "Fabrique")
        for line in ["Idées avant porteur (Fabrique)", "Idées détectées                              : 4",
                     "  écartées                                   : 1",
                     "  adoptées par un porteur (devenues projets) : 1", "  porteur identifié           1"] {
            #expect(french.contains(line), "\(line) missing")
        }
        let english = try p.ok("report", "--programme", "Fabrique")
        for line in ["Ideas before a holder (Fabrique)", "Ideas detected:                       4",
                     "  set aside:                          1", "  adopted by a holder (now projects): 1"] {
            #expect(english.contains(line), "\(line) missing")
        }

        // Undo takes the holder and the adoption back together.
        try p.ok("undo")
        #expect(try #require(try p.json("list", "holders", "--json") as? [Any]).isEmpty)
        let ideasList = try #require(try p.json("list", "ideas", "--json") as? [[String: Any]])
        #expect(ideasList.first { $0["title"] as? String == "Incubateur de projets" }?["status"] as? String == "recherche_porteur")
    }

    @Test func refusalsNameWhatIsWrongAndWriteNothing() throws {
        let p = ParcoursBinary()
        defer { p.cleanUp() }
        try setUp(p)
        var fr = p
        fr.environment["PARCOURS_LANG"] = "fr"
        // A set-aside idea: the holder named with --new is not recorded either.
        try refused(p, ["idea", "adopt", "papier", "Papeterie coopérative", "--new"],
                    mentions: ["“Filière papier” is set aside"])
        try refused(fr, ["idea", "adopt", "papier", "Papeterie coopérative", "--new"],
                    mentions: ["L'idée « Filière papier » est écartée"])
        // --kind and --commune describe a holder recorded now.
        try refused(p, ["idea", "adopt", "Incubateur", "Collectif", "--kind", "collective"],
                    mentions: ["“collective” is not valid for --kind", "only with --new"])
        try refused(fr, ["idea", "adopt", "Incubateur", "Collectif", "--commune", "Guéret"],
                    mentions: ["« Guéret » n’est pas valable pour --commune", "seulement avec --new"])
        try refused(p, ["idea", "adopt", "Incubateur", "Personne"], mentions: ["Personne"])
        try refused(p, ["idea", "adopt", "Incubateur", "Revatec", "--new", "--date", "2019-01-01"],
                    mentions: ["2019-01-01"])
        try refused(fr, ["idea", "status", "Garage", "porteur_identifie"], mentions: ["adopter l'idée « Garage solidaire »"])
        #expect(try #require(try p.json("list", "holders", "--json") as? [Any]).isEmpty)
    }
}

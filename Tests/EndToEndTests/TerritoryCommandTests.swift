import Foundation
import Testing

/// The territory and the network through the real binary (issue 18, F27–F30, F32):
/// communes checked against the official geographic code and the report grouped by its
/// areas, prescribers' counts, a report per operator, programme types and territories,
/// contacts at organisations.
@Suite("Territory and network through the command line")
struct TerritoryCommandTests {
    /// "Ardèche ESS" runs "Lance-toi !" (Promo 1) and "Fabrique Nord" (Fabrique 1);
    /// "Loire Active" runs "Cap Loire". In Promo 1: Léa (Annonay, 07, project Épicerie,
    /// sent by France Travail), Tom (INSEE code 07186: Privas, 07, sent by the Mission
    /// locale), Zoé (Saint-Étienne, 42), Ana (no commune). In Fabrique 1: Inès (Annonay,
    /// sent by France Travail). In Cap Loire: Hugo (Saint-Étienne).
    func setUp(_ p: ParcoursBinary) throws {
        try p.ok("programme", "add", "Lance-toi !", "--operator", "Ardèche ESS", "--type", "premiers pas", "--territory", "07")
        try p.ok("programme", "add", "Fabrique Nord", "--operator", "Ardèche ESS", "--type", "fabrique")
        try p.ok("programme", "add", "Cap Loire", "--operator", "Loire Active")
        try p.ok("cohort", "add", "Lance-toi !", "Promo 1", "--start", "2026-01-05")
        try p.ok("cohort", "add", "Fabrique Nord", "Fabrique 1", "--start", "2026-02-02")
        try p.ok("cohort", "add", "Cap Loire", "Loire 1", "--start", "2026-03-02")
        try p.ok("holder", "add", "Léa Martin", "--commune", "annonay", "--project", "Épicerie", "--cohort", "Promo 1",
                 "--referred-by", "France Travail", "--date", "2026-01-05")
        try p.ok("holder", "add", "Tom Durand", "--commune", "07186", "--cohort", "Promo 1", "--referred-by", "Mission locale",
                 "--date", "2026-01-05")
        try p.ok("holder", "add", "Zoé Roux", "--commune", "Saint-Etienne", "--cohort", "Promo 1", "--date", "2026-01-05")
        try p.ok("holder", "add", "Ana Petit", "--cohort", "Promo 1", "--date", "2026-01-05")
        try p.ok("holder", "add", "Inès Morel", "--commune", "Annonay 07100", "--cohort", "Fabrique 1", "--referred-by", "France Travail",
                 "--date", "2026-02-02")
        try p.ok("holder", "add", "Hugo Blanc", "--commune", "Saint-Étienne (42)", "--cohort", "Loire 1", "--date", "2026-03-02")
        try p.ok("session", "add", "Promo 1", "Atelier 1", "--date", "2026-01-12", "--duration", "3h")
        try p.ok("attend", "Atelier 1", "Léa Martin", "present")
        try p.ok("attend", "Atelier 1", "Tom Durand", "absent")
    }

    func report(_ p: ParcoursBinary, _ arguments: String...) throws -> [String: Any] {
        let result = try p.run(["report", "--format", "json"] + arguments)
        guard result.status == 0 else { throw Failure("report \(arguments) exited \(result.status): \(result.stderr)") }
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    /// Each line of a text report as its words.
    func rows(_ text: String) -> [[String]] {
        text.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
    }

    func groups(_ report: [String: Any]) throws -> [[String: Any]] {
        let territory = try #require(report["territory"] as? [String: Any])
        return try #require(territory["groups"] as? [[String: Any]])
    }

    @Test("Communes typed in any form are kept by their official name and code, and group the report by département, EPCI and région")
    func reportByTerritory() throws {
        let p = ParcoursBinary()
        defer { p.cleanUp() }
        try setUp(p)
        let holders = try #require(try p.json("list", "holders", "--json") as? [[String: Any]])
        let communes = Dictionary(uniqueKeysWithValues: holders.map { ($0["name"] as! String, $0["commune"] as? String) })
        #expect(communes["Léa Martin"] == "Annonay" && communes["Tom Durand"] == "Privas" && communes["Zoé Roux"] == "Saint-Étienne")

        let all = try report(p, "--by", "departement")
        let territory = try #require(all["territory"] as? [String: Any])
        #expect(territory["level"] as? String == "departement")
        #expect(territory["edition"] as? String == "COG 2025")
        let byDepartement = try groups(all).map { "\($0["code"]!) \($0["name"]!) \($0["holders"]!) \($0["projects"]!)" }
        // Ardèche: Léa, Tom, Inès and Léa's project; Loire: Zoé and Hugo.
        #expect(byDepartement == ["07 Ardèche 3 1", "42 Loire 2 0"])
        let notGiven = try #require(territory["not_given"] as? [String: Int])
        #expect(notGiven == ["holders": 1, "projects": 0])
        #expect(territory["not_resolved"] as? [String: Int] == ["holders": 0, "projects": 0])

        let byRegion = try groups(try report(p, "--by", "région")).map { "\($0["code"]!) \($0["holders"]!)" }
        #expect(byRegion == ["84 5"])
        let byEpci = try groups(try report(p, "--by", "epci", "--programme", "Lance-toi !")).map { "\($0["code"]!) \($0["holders"]!)" }
        #expect(byEpci == ["200072015 1", "200071413 1", "244200770 1"])

        let english = try p.ok("report", "--by", "departement")
        #expect(english.contains("Holders and projects by département"))
        #expect(rows(english).contains(["Ardèche", "07", "3", "1"]))
        #expect(english.contains("town not given"))
        var french = p
        french.environment["PARCOURS_LANG"] = "fr"
        let text = try french.ok("report", "--by", "departement")
        #expect(text.contains("Porteurs et projets par département"))
        #expect(rows(text).contains(["Loire", "42", "2", "0"]))
        #expect(text.contains("commune non renseignée"))

        try refused(p, ["report", "--by", "canton"], mentions: ["canton", "--by", "commune, epci, departement, region"])
    }

    @Test("A typo in a commune is refused with the closest communes, and a name several communes bear asks for the département; nothing is written")
    func communeTypoRefused() throws {
        let p = ParcoursBinary()
        defer { p.cleanUp() }
        try setUp(p)
        try refused(p, ["holder", "add", "Bob", "--commune", "Anonay"],
                    mentions: ["“Anonay”", "Did you mean", "“Annonay (07)”"])
        try refused(p, ["holder", "edit", "Léa Martin", "--commune", "Prvas"], mentions: ["“Prvas”", "“Privas (07)”"])
        try refused(p, ["project", "edit", "Épicerie", "--commune", "Sainte-Colombe"],
                    mentions: ["Several communes are called “Sainte-Colombe”", "département"])
        var french = p
        french.environment["PARCOURS_LANG"] = "fr"
        try refused(french, ["holder", "add", "Bob", "--commune", "Anonay"],
                    mentions: ["Commune inconnue du code officiel géographique : « Anonay »", "Vouliez-vous dire", "« Annonay (07) »"])
        // The right spelling is accepted, and kept under the official name.
        try p.ok("project", "edit", "Épicerie", "--commune", "Sainte-Colombe (05)")
        let project = try #require(try p.json("show", "Épicerie", "--json") as? [String: Any])
        #expect(project["commune"] as? String == "Sainte-Colombe")

        let found = try p.ok("commune", "find", "st felicien")
        #expect(found.contains("Saint-Félicien (07)") && found.contains("07236") && found.contains("Ardèche (07)"))
        try refused(p, ["commune", "find", "Anonay"], mentions: ["“Annonay (07)”"])
    }

    @Test("A report per operator sets its programmes side by side and counts only theirs; prescribers' holders are counted")
    func operatorReport() throws {
        let p = ParcoursBinary()
        defer { p.cleanUp() }
        try setUp(p)
        let report = try report(p, "--operator", "Ardèche ESS")
        let scope = try #require(report["scope"] as? [String: Any])
        #expect(scope["kind"] as? String == "operator" && scope["name"] as? String == "Ardèche ESS")
        #expect(report["holders"] as? Int == 5)
        let lines = try #require(report["programmes"] as? [[String: Any]])
        #expect(lines.map { $0["name"] as? String } == ["Fabrique Nord", "Lance-toi !"])
        #expect(lines.map { $0["type"] as? String } == ["fabrique", "premiers_pas"])
        #expect(lines.map { $0["holders"] as? Int } == [1, 4])
        #expect(lines[1]["sessions_held"] as? Int == 1 && lines[1]["hours_delivered"] as? Double == 3)
        #expect(lines[1]["attendance_rate"] as? Double == 0.5)

        let referrals = try #require(report["referrals"] as? [String: Any])
        let prescribers = try #require(referrals["by_prescriber"] as? [[String: Any]])
        #expect(prescribers.map { "\($0["name"]!) \($0["holders"]!)" } == ["France Travail 2", "Mission locale 1"])
        #expect(referrals["not_referred"] as? Int == 2)

        var french = p
        french.environment["PARCOURS_LANG"] = "fr"
        let text = try french.ok("report", "--operator", "Ardèche ESS")
        #expect(text.hasPrefix("Bilan de l’opérateur « Ardèche ESS »"))
        #expect(text.contains("Dispositifs") && text.contains("Fabrique à initiatives") && text.contains("premiers pas"))
        #expect(text.contains("Porteurs orientés par les prescripteurs") && text.contains("sans prescripteur"))
        #expect(!text.contains("Cap Loire"))
        let markdown = try p.ok("report", "--operator", "Ardèche ESS", "--format", "markdown")
        #expect(markdown.contains("# Report: operator “Ardèche ESS”"))
        #expect(markdown.contains("| Lance-toi ! | first steps | 1 | 4 | 1 | 3 h | 50% | 0 |"))

        try refused(p, ["report", "--operator", "Nobody"], mentions: ["“Nobody”"])
        try refused(p, ["report", "--operator", "Ardèche ESS", "--programme", "Cap Loire"], mentions: ["--operator"])
    }

    @Test("A programme's type, territory and partners' roles come from their lists; show says them in words")
    func programmeTypeTerritoryAndRoles() throws {
        let p = ParcoursBinary()
        defer { p.cleanUp() }
        try setUp(p)
        try p.ok("programme", "edit", "Fabrique Nord", "--territory", "Annonay Rhône Agglo", "--territory", "Ardèche")
        try p.ok("programme", "partner", "Fabrique Nord", "Région AURA", "--role", "Financeur")
        try p.ok("programme", "partner", "Fabrique Nord", "Mairie d'Annonay", "--role", "lieu d'accueil")
        let shown = try #require(try p.json("show", "Fabrique Nord", "--json") as? [String: Any])
        #expect(shown["territory"] as? [String] == ["Annonay Rhône Agglo", "Ardèche (07)"].map {
            $0 == "Annonay Rhône Agglo" ? "Communauté d'agglomération Annonay Rhône Agglo" : $0 })
        let partners = try #require(shown["partners"] as? [[String: String]])
        #expect(partners == [["name": "Région AURA", "role": "financeur"], ["name": "Mairie d'Annonay", "role": "lieu_accueil"]])
        let english = try p.ok("show", "Fabrique Nord")
        #expect(english.contains("Type: Fabrique à initiatives") && english.contains("Région AURA (funder)"))
        #expect(english.contains("Mairie d'Annonay (host venue)"))
        var french = p
        french.environment["PARCOURS_LANG"] = "fr"
        let text = try french.ok("show", "Fabrique Nord")
        #expect(text.contains("Territoire : Communauté d'agglomération Annonay Rhône Agglo, Ardèche (07)"))
        #expect(text.contains("Région AURA (financeur)") && text.contains("Mairie d'Annonay (lieu d’accueil)"))

        try refused(p, ["programme", "add", "Autre", "--type", "pépinière"], mentions: ["“pépinière”", "fabrique"])
        try refused(p, ["programme", "edit", "Cap Loire", "--territory", "Loir"], mentions: ["“Loir”", "Did you mean", "Loire (42)"])
        try refused(p, ["programme", "partner", "Cap Loire", "Banque", "--role", "partner"],
                    mentions: ["“partner”", "financeur, operationnel, prescripteur"])
        try refused(french, ["programme", "edit", "Cap Loire", "--type", "pépinière"], mentions: ["Type de dispositif inconnu : « pépinière »"])
    }

    @Test("Contacts at an organisation: added, ended when they leave, listed and shown; refusals write nothing; an erasure leaves no trace in the files")
    func contacts() throws {
        let p = ParcoursBinary()
        defer { p.cleanUp() }
        try setUp(p)
        try p.ok("organisation", "contact", "add", "Mission locale", "Julie Roche", "--role", "conseillère", "--email",
                 "julie.roche@ml.example", "--from", "2024-09-01")
        try p.ok("organisation", "contact", "end", "Mission locale", "Julie Roche", "--date", "2026-06-30")
        try p.ok("organisation", "contact", "add", "Mission locale", "Marc Lenoir", "--role", "conseiller", "--from", "2026-07-01")
        let rows = try #require(try p.json("list", "contacts", "--organisation", "Mission locale", "--json") as? [[String: Any]])
        #expect(rows.map { $0["name"] as? String } == ["Marc Lenoir", "Julie Roche"])
        #expect(rows.map { $0["current"] as? Bool } == [true, false])
        #expect(rows[1]["to"] as? String == "2026-06-30")

        var french = p
        french.environment["PARCOURS_LANG"] = "fr"
        let text = try french.ok("show", "Mission locale")
        #expect(text.contains("Lance-toi !") == false)
        #expect(text.contains("Porteurs orientés : 1"))
        #expect(text.contains("Julie Roche — conseillère — du 2024-09-01 au 2026-06-30 — julie.roche@ml.example — parti·e"))
        #expect(text.contains("Marc Lenoir — conseiller — depuis le 2026-07-01"))
        let english = try p.ok("show", "Mission locale")
        #expect(english.contains("Marc Lenoir — conseiller — since 2026-07-01") && english.contains("— left"))
        let operatorShown = try p.ok("show", "Ardèche ESS")
        #expect(operatorShown.contains("Fabrique Nord — operator") && operatorShown.contains("Lance-toi ! — operator"))

        try refused(p, ["organisation", "contact", "add", "Mission locale", "Paul", "--from", "2026-01-01", "--to", "2025-01-01"],
                    mentions: ["Paul", "2025-01-01", "2026-01-01"])
        try refused(p, ["organisation", "contact", "end", "Mission locale", "Nobody"], mentions: ["“Nobody”", "Julie Roche", "Marc Lenoir"])
        try refused(p, ["organisation", "contact", "add", "Mission locale", "Paul", "--from", "2026-13-01"], mentions: ["--from", "2026-13-01"])
        try refused(french, ["organisation", "contact", "erase", "Mission locale", "Julie Roche", "--reason", "demande de Julie Roche", "--yes"],
                    mentions: ["Erreur"])

        // One entered by mistake is taken back; undo brings it back.
        try p.ok("organisation", "contact", "add", "Mission locale", "Saisie Erronée")
        try p.ok("organisation", "contact", "remove", "Mission locale", "Saisie Erronée")
        #expect(!(try p.ok("list", "contacts")).contains("Saisie Erronée"))
        try p.ok("undo")
        #expect(try p.ok("list", "contacts").contains("Saisie Erronée"))
        try p.ok("organisation", "contact", "remove", "Mission locale", "Saisie Erronée")

        try p.ok("organisation", "contact", "erase", "Mission locale", "Julie Roche", "--reason", "demande écrite du 2026-11-02", "--yes")
        let after = try #require(try p.json("list", "contacts", "--json") as? [[String: Any]])
        #expect(after.map { $0["name"] as? String } == ["Marc Lenoir"])
        for (path, data) in p.fingerprint() where path.hasSuffix(".jsonl") {
            let content = String(decoding: data, as: UTF8.self)
            #expect(!content.contains("Julie") && !content.contains("julie.roche"), "\(path) still names the erased contact")
        }
    }
}

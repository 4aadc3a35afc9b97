import Foundation
import Testing

/// Every command of the command line at least once, with the JSON its list and show print.
@Suite("Every command")
struct CommandCoverageTests {
    @Test func sessionsParticipationStaffAndPartners() throws {
        let p = ParcoursBinary()
        defer { p.cleanUp() }
        try CommandLineTests().setUp(p)
        try p.ok("programme", "partner", "Lance-toi !", "Département de l'Ardèche", "--role", "financeur")
        try p.ok("cohort", "staff", "Promotion 2026", "Claire Vergnes-Soulié", "--role", "coordinator")
        try p.ok("cohort", "status", "Promotion 2026", "running")
        try p.ok("session", "add", "Promotion 2026", "Visite de la Ferme des Collines", "--date", "2026-12-01",
                 "--time", "14:00", "--duration", "2h", "--kind", "visite", "--venue", "Lamastre")
        try p.ok("session", "add", "Promotion 2026", "Feuille de route", "--date", "2026-12-02", "--duration", "1h",
                 "--holder", "Léa Martin")
        try p.ok("session", "edit", "Visite de la Ferme des Collines", "--time", "15:00")
        try p.ok("session", "cancel", "Atelier 2")
        try p.ok("participation", "Léa Martin", "Promotion 2026", "en_cours")
        try p.ok("attend", "Atelier 1", "--all")
        try p.ok("holder", "add", "Collectif des Bardes", "--kind", "collective", "--commune", "Satillieu")
        try p.ok("holder", "join", "Collectif des Bardes", "Tiers-lieu des Collines")

        let programme = try #require(try p.json("show", "Lance-toi !", "--json") as? [String: Any])
        #expect(programme["kind"] as? String == "programme")
        #expect((programme["partners"] as? [[String: String]]) == [["name": "Département de l'Ardèche", "role": "financeur"]])
        let template = try #require(programme["template"] as? [[String: Any]])
        #expect(template.map { $0["title"] as? String } == ["Atelier 1 – La Charte sociale", "Atelier 2 – Le modèle économique"])
        #expect(template.map { $0["by"] as? String } == ["Courant Fort", "Courant Fort"])

        let cohort = try #require(try p.json("show", "Promotion 2026", "--json") as? [String: Any])
        #expect(cohort["kind"] as? String == "cohort")
        let staff = try #require(cohort["staff"] as? [[String: String]])
        #expect(staff == [["name": "Claire Vergnes-Soulié", "role": "coordinator"]])
        #expect(((cohort["cohort"] as? [String: Any])?["status"] as? String) == "running")
        let participants = try #require(cohort["participants"] as? [[String: Any]])
        #expect(participants.first { $0["name"] as? String == "Léa Martin" }?["status"] as? String == "en_cours")

        let sessions = try #require(try p.json("list", "sessions", "--json") as? [[String: Any]])
        let byTitle = Dictionary(uniqueKeysWithValues: sessions.map { ($0["title"] as? String ?? "", $0) })
        #expect(byTitle["Atelier 1 – La Charte sociale"]?["present"] as? Int == 2)
        #expect(byTitle["Atelier 1 – La Charte sociale"]?["status"] as? String == "held")
        #expect(byTitle["Atelier 2 – Le modèle économique"]?["status"] as? String == "cancelled")
        #expect(byTitle["Visite de la Ferme des Collines"]?["time"] as? String == "15:00")
        #expect(byTitle["Visite de la Ferme des Collines"]?["kind"] as? String == "visite")
        #expect(byTitle["Feuille de route"]?["kind"] as? String == "individuel")
        #expect(byTitle["Feuille de route"]?["holder"] as? String == "Léa Martin")

        let holders = try #require(try p.json("list", "holders", "--json") as? [[String: Any]])
        let collective = try #require(holders.first { $0["name"] as? String == "Collectif des Bardes" })
        #expect(collective["kind"] as? String == "collective")
        #expect(collective["projects"] as? [String] == ["Tiers-lieu des Collines"])

        let organisations = try #require(try p.json("list", "organisations", "--json") as? [[String: Any]])
        #expect(Set(organisations.compactMap { $0["name"] as? String })
                .isSuperset(of: ["Ronalpia", "Courant Fort", "Mairie d'Annonay", "Département de l'Ardèche"]))

        // Attendance on a cancelled session is refused, and nothing is written.
        let before = p.fingerprint()
        let refused = try p.run(["attend", "Atelier 2", "Léa Martin", "present"])
        #expect(refused.status != 0)
        #expect(p.fingerprint() == before)
    }

    @Test func logJSONShowsEachEventWithItsWordsAndPayload() throws {
        let p = ParcoursBinary()
        defer { p.cleanUp() }
        try CommandLineTests().setUp(p)
        try p.ok("note", "Léa Martin", "Premier rendez-vous « feuille de route » fait ✅")
        let log = try #require(try p.json("log", "--limit", "2", "--json") as? [[String: Any]])
        #expect(log.count == 2)
        let last = try #require(log.last)
        #expect(last["type"] as? String == "note.added")
        #expect(last["author"] as? String == "Camille")
        #expect((last["text"] as? String)?.contains("Premier rendez-vous « feuille de route » fait ✅") == true)
        let payload = try #require(last["payload"] as? [String: Any])
        #expect(payload["action"] as? String == last["action"] as? String)
        #expect(last["sequence"] as? Int ?? 0 > 1)
        #expect(last["clock"] as? Int ?? 0 > (log.first?["clock"] as? Int ?? .max))
    }
}

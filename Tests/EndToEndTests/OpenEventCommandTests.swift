import Foundation
import Testing

/// Open events through the real binary (domain.md F6, F31): AMESUD's three evening debates
/// open to all, their headcounts by audience in every report format, each command's undo,
/// the refusals (nothing written) in French and English, and a past session nobody was
/// expected at.
@Suite struct OpenEventCommandTests {
    static let evenings = [
        ("Projets coopératifs en milieu rural : rêve ou réalité ?", "2021-03-04",
         ["--audience", "habitants=8", "--audience", "porteurs de projet=4", "--audience", "élus=2"]),
        ("À la rencontre de nos ruralités", "2021-04-08",
         ["--audience", "habitants=6", "--audience", "porteurs=5", "--audience", "étudiants=3", "--total", "16"]),
        ("Revitalisation de centres bourgs avec l'ESS", "2021-05-20",
         ["--audience", "elus=4", "--audience", "residents=5", "--audience", "porteurs=3", "--audience", "bénévoles associatifs=2"]),
    ]

    /// An awareness programme with no cohort, its three evenings counted (44 in all).
    static func amesud(_ p: ParcoursBinary) throws {
        try p.ok("programme", "add", "AMESUD", "--operator", "AMESUD")
        for (title, date, audiences) in evenings {
            try p.ok("event", "add", "AMESUD", title, "--date", date, "--time", "19:00", "--kind", "soiree", "--venue", "La Source")
            let counted = try p.run(["headcount", String(title.prefix(20))] + audiences)
            guard counted.status == 0 else { throw Failure("headcount \(title): \(counted.stderr)") }
        }
    }

    @Test func threeEveningDebatesCountFortyFourParticipantsByAudienceInEveryReportFormat() throws {
        var p = ParcoursBinary()
        defer { p.cleanUp() }
        try Self.amesud(p)
        let report = try #require(try p.json("report", "--programme", "AMESUD", "--format", "json") as? [String: Any])
        let events = try #require(report["events"] as? [String: Any])
        #expect(events["held"] as? Int == 3 && events["participants"] as? Int == 44)
        #expect(events["by_category"] as? [String: Int] == ["elus": 6, "techniciens": 0, "professionnels": 0, "habitants": 19,
                                                            "porteurs": 12, "autres": 0, "étudiants": 3, "bénévoles associatifs": 2])
        #expect(events["unspecified"] as? Int == 2)
        #expect(events["hours"] as? Double == 6 && report["hours_delivered"] as? Double == 6)
        #expect(report["holders"] as? Int == 0, "participants at events are never holders")
        let held = try #require(events["events"] as? [[String: Any]])
        #expect(held.map { $0["participants"] as? Int } == [14, 16, 14])

        for language in ["en", "fr"] {
            p.environment["PARCOURS_LANG"] = language
            let fr = language == "fr"
            let text = try p.ok("report", "--programme", "AMESUD")
            let markdown = try p.ok("report", "--programme", "AMESUD", "--format", "markdown")
            let csv = try p.ok("report", "--programme", "AMESUD", "--format", "csv")
            let participants = fr ? "Participants aux événements (une personne par événement)" : "Participants at events (one person per event)"
            #expect(text.range(of: NSRegularExpression.escapedPattern(for: participants) + #"\s*:\s+44\n"#, options: .regularExpression) != nil, "\(language) text:\n\(text)")
            #expect(markdown.contains("| \(participants) | 44 |"), "\(language) markdown")
            #expect(csv.contains("\(participants);44"), "\(language) csv:\n\(csv)")
            for (label, count) in [(fr ? "habitants" : "residents", 19), (fr ? "porteurs de projet" : "project holders", 12),
                                   (fr ? "élus" : "elected officials", 6), ("étudiants", 3), ("bénévoles associatifs", 2),
                                   (fr ? "sans catégorie précisée" : "category not given", 2)] {
                #expect(text.range(of: "  \(label) +\(count)\n", options: .regularExpression) != nil, "\(language) text: \(label)")
                #expect(markdown.contains("| \(label) | \(count) |"), "\(language) markdown: \(label)")
                #expect(csv.contains("\(label);\(count)"), "\(language) csv: \(label)")
            }
            let hours = fr ? "Heures réalisées" : "Hours delivered"
            #expect(csv.contains("\(hours) (h);6"), "\(language) csv hours")
        }
    }

    @Test func listShowAndTheJournalSayEachEventInBothLanguages() throws {
        var p = ParcoursBinary()
        defer { p.cleanUp() }
        try Self.amesud(p)
        let rows = try #require(try p.json("list", "events", "--json") as? [[String: Any]])
        #expect(rows.map { $0["status"] as? String } == ["held", "held", "held"])
        #expect(rows.map { $0["participants"] as? Int } == [14, 16, 14])
        #expect(rows[1]["unspecified"] as? Int == 2 && rows[1]["cohort"] == nil && rows[1]["programme"] as? String == "AMESUD")
        let audiences = try #require(rows[1]["audiences"] as? [[String: Any]])
        #expect(audiences.map { $0["category"] as? String } == ["habitants", "porteurs", "étudiants"])
        #expect(audiences.map { $0["standard"] as? Bool } == [true, true, false])
        let show = try #require(try p.json("show", "ruralités", "--json") as? [String: Any])
        #expect(show["kind"] as? String == "open_event")
        #expect((show["history"] as? [[String: Any]])?.count == 2)
        #expect(try p.ok("show", "ruralités").contains("Participants: 16 — residents 6, project holders 5, étudiants 3, category not given 2"))
        #expect(try p.ok("log", "--limit", "1").contains("Participants at “Revitalisation de centres bourgs avec l'ESS”: 14 participants (elected officials 4, residents 5, project holders 3, bénévoles associatifs 2)"))
        p.environment["PARCOURS_LANG"] = "fr"
        #expect(try p.ok("log", "--limit", "1").contains("Participants à « Revitalisation de centres bourgs avec l'ESS » : 14 participants (élus 4, habitants 5, porteurs de projet 3, bénévoles associatifs 2)"))
        #expect(try p.ok("list", "events").contains("soirée-débat"))
    }

    @Test func everyNewCommandIsUndone() throws {
        let p = ParcoursBinary()
        defer { p.cleanUp() }
        try p.ok("programme", "add", "Vendée ESS")
        try p.ok("cohort", "add", "Vendée ESS", "Promo 2021", "--start", "2021-01-11")
        func status(_ title: String) throws -> String? {
            let rows = try #require(try p.json("list", "events", "--json") as? [[String: Any]])
            return rows.first { $0["title"] as? String == title }?["status"] as? String
        }
        func total(_ title: String) throws -> Int? {
            let rows = try #require(try p.json("list", "events", "--json") as? [[String: Any]])
            return rows.first { $0["title"] as? String == title }?["participants"] as? Int
        }
        #expect(try p.ok("event", "add", "Promo 2021", "Demi-journée des élus", "--date", "2021-02-02", "--kind", "sensibilisation")
                == "Event “Demi-journée des élus” planned on Tue 2021-02-02 (Promo 2021).\n")
        try p.ok("undo")
        #expect(try status("Demi-journée des élus") == nil)
        try p.ok("redo")
        #expect(try status("Demi-journée des élus") == "planned")
        try p.ok("headcount", "Demi-journée", "--audience", "elus=12", "--audience", "techniciens=8")
        try p.ok("headcount", "Demi-journée", "--audience", "elus=12", "--audience", "techniciens=9")
        #expect(try total("Demi-journée des élus") == 21)
        try p.ok("undo")
        #expect(try total("Demi-journée des élus") == 20)
        try p.ok("headcount", "Demi-journée", "--clear")
        #expect(try status("Demi-journée des élus") == "planned")
        try p.ok("undo")
        #expect(try total("Demi-journée des élus") == 20)
        try p.ok("undo")
        #expect(try status("Demi-journée des élus") == "planned")
        try p.ok("event", "edit", "Demi-journée", "--title", "Demi-journée élus et techniciens", "--venue", "La Roche-sur-Yon")
        try p.ok("undo")
        #expect(try status("Demi-journée des élus") == "planned")
        try p.ok("event", "cancel", "Demi-journée")
        #expect(try status("Demi-journée des élus") == "cancelled")
        try p.ok("undo")
        #expect(try status("Demi-journée des élus") == "planned")
        try p.ok("session", "add", "Promo 2021", "Réunion d'information", "--date", "2021-01-12", "--kind", "reunion")
        try p.ok("session", "held", "Réunion d'information")
        let held = try #require(try p.json("list", "sessions", "--json") as? [[String: Any]])
        #expect(held.first?["status"] as? String == "held")
        try p.ok("undo")
        let planned = try #require(try p.json("list", "sessions", "--json") as? [[String: Any]])
        #expect(planned.first?["status"] as? String == "planned")
    }

    @Test func badInputIsRefusedNamingWhatAndWhereAndNothingIsWritten() throws {
        var p = ParcoursBinary(language: "fr")
        defer { p.cleanUp() }
        try Self.amesud(p)
        try p.ok("event", "add", "AMESUD", "Soirée annulée", "--date", "2021-06-10", "--kind", "soiree")
        try p.ok("event", "cancel", "Soirée annulée")
        let before = p.fingerprint()
        for (arguments, fr, en) in [
            (["headcount", "ruralités", "--audience", "habitants=20", "--audience", "élus=10", "--total", "25"],
             "Erreur : Comptage de « À la rencontre de nos ruralités » : le total (25) est inférieur à la somme des catégories (30) ; il doit la couvrir (le surplus est « sans catégorie précisée »).",
             "Error: Headcount of “À la rencontre de nos ruralités”: the total (25) is below the sum of the categories (30); it must cover it (the rest is “category not given”)."),
            (["headcount", "ruralités", "--audience", "élus=-2"],
             "Erreur : Comptage de « À la rencontre de nos ruralités » : nombre invalide pour « élus » (-2) ; un nombre entier de 0 à 100000.",
             "Error: Headcount of “À la rencontre de nos ruralités”: invalid number for “élus” (-2); a whole number from 0 to 100000."),
            (["headcount", "ruralités", "--audience", "élus=3", "--audience", "Elus=4"],
             "Erreur : Comptage de « À la rencontre de nos ruralités » : la catégorie « Elus » est donnée deux fois ; une fois suffit, avec son nombre.",
             "Error: Headcount of “À la rencontre de nos ruralités”: the category “Elus” is given twice; give it once, with its number."),
            (["headcount", "ruralités", "--audience", "élus"],
             "Erreur : « élus » n’est pas valable pour --audience : CATÉGORIE=NOMBRE, comme elus=10 ou \"bénévoles=3\" (catégories : elus, techniciens, professionnels, habitants, porteurs, autres, ou libre).",
             "Error: “élus” is not valid for --audience: CATEGORY=NUMBER, such as elus=10 or \"volunteers=3\" (categories: elus, techniciens, professionnels, habitants, porteurs, autres, or your own)."),
            (["headcount", "Soirée annulée", "--audience", "habitants=3"],
             "Erreur : « Soirée annulée » est annulé : rien ne s'y enregistre (undo rétablit l'événement).",
             "Error: “Soirée annulée” is cancelled: nothing is recorded for it (undo brings the event back)."),
            (["headcount", "Soirée inconnue", "--audience", "habitants=3"],
             "Erreur : Aucun événement ne correspond à « Soirée inconnue ».",
             "Error: No event matches “Soirée inconnue”."),
            (["event", "cancel", "ruralités"],
             "Erreur : « À la rencontre de nos ruralités » a eu lieu (son comptage est enregistré) : il ne s'annule pas. Effacez d'abord le comptage s'il est erroné.",
             "Error: “À la rencontre de nos ruralités” took place (its headcount is recorded): it is not cancelled. Clear the headcount first if it is wrong."),
            (["event", "add", "AMESUD", "Visite", "--date", "2021-02-30", "--kind", "visite"],
             "Erreur : « 2021-02-30 » n’est pas valable pour --date : une date réelle au format AAAA-MM-JJ.",
             "Error: “2021-02-30” is not valid for --date: a real date as YYYY-MM-DD."),
            (["event", "add", "AMESUD", "Visite", "--date", "2021-02-03", "--kind", "kermesse"],
             "Erreur : « kermesse » n’est pas valable pour --kind : un format parmi sensibilisation, soiree, visite, formation, lancement, webinaire.",
             "Error: “kermesse” is not valid for --kind: a format among sensibilisation, soiree, visite, formation, lancement, webinaire."),
            (["event", "add", "Nulle part", "Visite", "--date", "2021-02-03", "--kind", "visite"],
             "Erreur : Aucun dispositif ou promotion ne correspond à « Nulle part ».",
             "Error: No programme or cohort matches “Nulle part”."),
            (["event", "add", "AMESUD", "Visite\u{1B}]0;x\u{07}", "--date", "2021-02-03", "--kind", "visite"],
             "Erreur : Caractère de contrôle invisible (U+001B) dans le titre de l'événement, au caractère 7 : retirez-le.",
             "Error: Invisible control character (U+001B) in the event's title, at character 7: remove it."),
        ] {
            for (language, message) in [("fr", fr), ("en", en)] {
                p.environment["PARCOURS_LANG"] = language
                let result = try p.run(arguments)
                #expect(result.status == 1, "\(arguments)")
                #expect(result.stderr.hasPrefix(message), "\(arguments) \(language): \(result.stderr)")
            }
        }
        #expect(p.fingerprint() == before, "nothing written")
    }

    @Test func aPastSessionNobodyWasExpectedAtIsHeldAndLeavesThePendingList() throws {
        let p = ParcoursBinary()
        defer { p.cleanUp() }
        try p.ok("programme", "add", "Boischaut en transition")
        try p.ok("cohort", "add", "Boischaut en transition", "Enquête 2021", "--start", "2021-01-11")
        try p.ok("session", "add", "Enquête 2021", "Formation des enquêteurs", "--date", "2021-01-15", "--duration", "3h")
        try p.ok("session", "add", "Enquête 2021", "Restitution", "--date", "2021-06-10", "--duration", "2h")
        var report = try #require(try p.json("report", "--cohort", "Enquête 2021", "--format", "json") as? [String: Any])
        #expect((report["pending_sessions"] as? [Any])?.count == 2)
        try p.ok("session", "held", "Formation des enquêteurs")
        try p.ok("session", "cancel", "Restitution")
        report = try #require(try p.json("report", "--cohort", "Enquête 2021", "--format", "json") as? [String: Any])
        #expect((report["pending_sessions"] as? [Any])?.isEmpty == true)
        #expect(report["hours_delivered"] as? Double == 3)
        let refused = try p.run(["session", "held", "Formation des enquêteurs"])
        #expect(refused.status == 1 && refused.stderr == "Error: “Formation des enquêteurs” is already held.\n")
    }
}

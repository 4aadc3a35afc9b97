import Foundation
import Testing

/// Evaluations through the real binary: questionnaires and answers, an online form's
/// export, the jury of a review session, the attendance sheet — each command and its
/// refusals (nothing written), in French and English.
@Suite struct EvaluationCommandTests {
    /// May'Idées with a funder, a cohort of three, a full-day workshop and a review.
    static func mayIdees(_ p: ParcoursBinary) throws {
        try p.ok("programme", "add", "May'Idées", "--operator", "APES 53")
        try p.ok("programme", "partner", "May'Idées", "Fonds social européen", "--role", "financeur")
        try p.ok("cohort", "add", "May'Idées", "Promo 1", "--start", "2020-11-16")
        try p.ok("session", "add", "Promo 1", "Atelier 1", "--date", "2020-11-19", "--time", "9:00", "--duration", "1j", "--venue", "Laval")
        try p.ok("session", "add", "Promo 1", "Bilan devant le jury", "--date", "2021-01-28", "--duration", "4h", "--kind", "bilan")
        try p.ok("holder", "add", "Claire Jottreau", "--project", "Les Cornichons", "--cohort", "Promo 1", "--email", "claire@example.org")
        try p.ok("holder", "add", "Inès Bah", "--project", "Parthèque", "--cohort", "Promo 1")
        try p.ok("holder", "add", "Lucie Ferrand", "--project", "Refuge", "--cohort", "Promo 1")
    }

    @Test func questionnairesAndAnswersWithTheirRefusals() throws {
        var p = ParcoursBinary(language: "fr")
        defer { p.cleanUp() }
        try Self.mayIdees(p)
        #expect(try p.ok("questionnaire", "add", "May'Idées", "--standard", "exit")
                == "Questionnaire « Questionnaire de fin de parcours » ajouté à « May'Idées » (3 questions).\n")
        try p.ok("questionnaire", "add", "May'Idées", "Accueil", "--kind", "intake",
                 "--question", "besoin|choice|Votre besoin principal|Local|Financement|Réseau",
                 "--question", "attentes|text|Vos attentes")
        let before = p.fingerprint()
        for (arguments, message) in [
            (["questionnaire", "answer", "Claire", "sortie", "recommendation=11"],
             "Erreur : Réponse « 11 » impossible à « recommendation » : attendu un nombre entier de 0 à 10 (9 ou 9/10)."),
            (["questionnaire", "answer", "Claire", "sortie", "motivation=5"],
             "Erreur : « Questionnaire de fin de parcours » n'a pas de question « motivation » (clés : recommendation, continue, settle)."),
            (["questionnaire", "answer", "Claire", "sortie", "9"], "Erreur : « 9 » n’est pas valable pour KEY=VALUE : CLÉ=VALEUR (par exemple recommendation=9)."),
            (["questionnaire", "add", "May'Idées", "Suivi", "--question", "a|scale"],
             "Erreur : « a|scale » n’est pas valable pour --question : CLÉ|TYPE|LIBELLÉ (et |CHOIX… pour un choix)."),
            (["questionnaire", "add", "May'Idées", "Suivi", "--question", "a|choice|Un seul|x"],
             "Erreur : La question « a » est à choix : donnez au moins deux choix."),
        ] {
            let result = try p.run(arguments)
            #expect(result.status == 1 && result.stderr == message + "\n", "\(arguments): \(result.stderr)")
        }
        #expect(p.fingerprint() == before, "nothing written")

        p.environment["PARCOURS_LANG"] = "en"
        #expect(try p.ok("questionnaire", "answer", "Claire", "exit", "recommendation=9/10", "continue=oui", "settle=non")
                == "3 answers of Claire Jottreau to “Questionnaire de fin de parcours” recorded.\n")
        try p.ok("questionnaire", "answer", "Inès", "exit", "recommendation=10", "continue=yes", "settle=yes", "--date", "2021-01-28")
        try p.ok("questionnaire", "answer", "Lucie", "Accueil", "besoin=réseau", "attentes=Rompre l'isolement")
        let again = try p.ok("questionnaire", "answer", "Claire", "exit", "recommendation=8")
        #expect(again.contains("The earlier answers are replaced (undo brings them back)."), "\(again)")
        try p.ok("undo")
        let report = try #require(try p.json("report", "--cohort", "Promo 1", "--format", "json") as? [String: Any])
        let survey = try #require(report["exit_survey"] as? [String: Any])
        #expect(survey["respondents"] as? Int == 2 && survey["recommendation_mean"] as? Double == 9.5)
        #expect(survey["continue_share"] as? Double == 1 && survey["settle_share"] as? Double == 0.5)
        let questionnaires = try #require(report["questionnaires"] as? [[String: Any]])
        let intake = try #require(questionnaires.first { $0["kind"] as? String == "intake" })
        let besoin = try #require((intake["questions"] as? [[String: Any]])?.first)
        #expect((besoin["choices"] as? [String: Int]) == ["Local": 0, "Financement": 0, "Réseau": 1])
        let list = try #require(try p.json("questionnaire", "list", "--json") as? [[String: Any]])
        #expect(list.map { $0["answered"] as? Int } == [1, 2], "intake first, then exit")
        let log = try p.ok("log", "--limit", "6")
        #expect(log.contains("Inès Bah answered “Questionnaire de fin de parcours” (3 answers)"), "\(log)")
        #expect(log.contains("Undone: Claire Jottreau answered “Questionnaire de fin de parcours” (1 answer) (replacing the earlier ones)"), "\(log)")
        let copy = try p.ok("person", "export", "Lucie")
        #expect(copy.contains("Vos attentes : Rompre l'isolement"), "the person's copy holds her answers")
        #expect(try p.ok("questionnaire", "answer", "Lucie", "Accueil", "--clear")
                == "Lucie Ferrand's answers to “Accueil” cleared.\n")
        let removed = try p.run(["questionnaire", "remove", "exit"])
        #expect(removed.status == 1 && removed.stderr.contains("already has 2 answer(s)"), "\(removed.stderr)")
    }

    @Test func anOnlineFormsExportIsImportedAllOrNothing() throws {
        let p = ParcoursBinary()
        defer { p.cleanUp() }
        try Self.mayIdees(p)
        try p.ok("questionnaire", "add", "May'Idées", "--standard", "exit")
        let good = p.data.appendingPathComponent("../form-\(UUID().uuidString).csv").standardized
        defer { try? FileManager.default.removeItem(at: good) }
        try Data("""
        Horodateur;Adresse e-mail;Nom;Prénom;Recommanderiez-vous le programme ? (note de 0 à 10);continue;settle;Numéro de soumission
        28/01/2021 17:02:11;claire@example.org;Jottreau;Claire;9/10;Oui;Oui;1
        28/01/2021 17:30:45;;Bah;Inès;10;Oui;Non;2

        """.utf8).write(to: good)
        let before = p.fingerprint()
        let dry = try p.ok("questionnaire", "import", good.path, "--questionnaire", "exit", "--dry-run")
        #expect(dry.contains("Columns ignored: Numéro de soumission") && dry.contains("2 response(s) to record"), "\(dry)")
        #expect(p.fingerprint() == before, "a dry run writes nothing")
        #expect(try p.ok("questionnaire", "import", good.path, "--questionnaire", "exit")
                .contains("2 response(s) to “End-of-programme survey” recorded, 0 already recorded."))

        let bad = p.data.appendingPathComponent("../bad-\(UUID().uuidString).csv").standardized
        defer { try? FileManager.default.removeItem(at: bad) }
        try Data("Nom,Prénom,recommendation,continue\nFerrand,Lucie,7,oui\nInconnue,Zoé,8,oui\nBah,Inès,dix,oui\n".utf8).write(to: bad)
        let written = p.fingerprint()
        var french = p
        french.environment["PARCOURS_LANG"] = "fr"
        let refused = try french.run(["questionnaire", "import", bad.path, "--questionnaire", "fin"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("rien n’a été importé, 2 problème(s) à corriger dans le fichier :"), "\(refused.stderr)")
        #expect(refused.stderr.contains("ligne 3, colonne « Nom » : « Zoé Inconnue » ne correspond à aucun·e participant·e de « May'Idées »"))
        #expect(refused.stderr.contains("ligne 4, colonne « recommendation » : Réponse « dix » impossible à « recommendation »"))
        let english = try p.run(["questionnaire", "import", bad.path, "--questionnaire", "exit"])
        #expect(english.status == 1 && english.stderr.contains("line 3, column “Nom”: “Zoé Inconnue” matches no participant"), "\(english.stderr)")
        #expect(p.fingerprint() == written, "nothing written, not even Lucie's good line")
    }

    @Test func theJuryOfAReviewSession() throws {
        let p = ParcoursBinary()
        defer { p.cleanUp() }
        try Self.mayIdees(p)
        let before = p.fingerprint()
        var french = p
        french.environment["PARCOURS_LANG"] = "fr"
        let notReview = try french.run(["jury", "member", "Atelier 1", "Anne Rivière"])
        #expect(notReview.stderr == "Erreur : « Atelier 1 » n'est pas une séance de bilan : seul un bilan a un jury (session edit … --kind bilan).\n")
        let missing = try p.run(["jury", "evaluate", "Bilan", "Inès", "--progress", "3", "--decision", "poursuivre"])
        #expect(missing.status == 1 && missing.stderr.contains("--project"), "\(missing.stderr)")
        let level = try p.run(["jury", "evaluate", "Bilan", "Inès", "--project", "5", "--progress", "3", "--decision", "poursuivre"])
        #expect(level.status == 1 && level.stderr.contains("a level (1 to 4) among insuffisant, a_conforter, satisfaisant, tres_satisfaisant"))
        let destination = try p.run(["jury", "evaluate", "Bilan", "Inès", "--project", "3", "--progress", "3", "--decision", "poursuivre",
                                     "--destination", "BGE"])
        #expect(destination.stderr == "Error: A destination goes with the decision “refer on” only.\n")
        #expect(p.fingerprint() == before, "nothing written")

        try p.ok("jury", "member", "Bilan", "Anne Rivière", "--organisation", "BGE Anjou Maine")
        try p.ok("jury", "member", "Bilan", "Paul Marchand", "--organisation", "CAE Coodem")
        #expect(try french.ok("jury", "evaluate", "Bilan", "Claire", "--project", "tres_satisfaisant", "--progress", "4",
                              "--decision", "poursuivre", "--comment", "Épicerie ouverte à Laval")
                == "Évaluation du jury de « Bilan devant le jury » pour Claire Jottreau enregistrée : poursuivre.\n")
        try p.ok("jury", "evaluate", "Bilan", "Inès", "--project", "satisfaisant", "--progress", "3", "--decision", "orienter",
                 "--destination", "BGE Anjou Maine")
        try p.ok("jury", "evaluate", "Bilan", "Lucie", "--project", "2", "--progress", "3", "--decision", "reorienter")
        let report = try #require(try p.json("report", "--format", "json") as? [String: Any])
        let jury = try #require(report["jury"] as? [String: Any])
        #expect(jury["evaluated"] as? Int == 3)
        #expect((jury["decisions"] as? [String: Int]) == ["poursuivre": 1, "orienter": 1, "reorienter": 1, "arreter": 0])
        #expect((jury["destinations"] as? [String: Int]) == ["BGE Anjou Maine": 1])
        let sheet = try p.ok("sheet", "Bilan")
        #expect(sheet.contains("Anne Rivière (BGE Anjou Maine), Paul Marchand (CAE Coodem)"))
        // The person's copy holds what the jury said of her; her erasure takes it out of
        // every log file, and keeps the decision counted.
        let copy = try french.ok("person", "export", "Claire", "--format", "markdown")
        #expect(copy.contains("## Évaluations du jury") && copy.contains("décision : poursuivre — Épicerie ouverte à Laval"), "\(copy)")
        try p.ok("erase", "Claire", "--reason", "demande de l'intéressée", "--yes")
        let logs = try FileManager.default.contentsOfDirectory(at: p.data.appendingPathComponent("events"), includingPropertiesForKeys: nil)
        let bytes = try logs.map { try String(contentsOf: $0, encoding: .utf8) }.joined()
        #expect(!bytes.contains("Épicerie ouverte") && bytes.contains("jury.evaluated"), "the comment is gone from the logs")
        let after = try #require(try p.json("report", "--format", "json") as? [String: Any])
        #expect(((after["jury"] as? [String: Any])?["decisions"] as? [String: Int])?["poursuivre"] == 1)
        try p.ok("jury", "evaluate", "Bilan", "Lucie", "--clear")
        try p.ok("jury", "member", "Bilan", "Paul Marchand", "--remove")
        #expect(try p.ok("log", "--limit", "1").contains("Paul Marchand leaves the jury of “Bilan devant le jury”"))
    }

    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Scripts")

    /// As a funder will see it: 25 participants printed to PDF by Chromium, pages turned
    /// into images; no row cut across pages, the header on each page, names legible.
    /// `make test` installs chromium and poppler-utils (Makefile, `deps`).
    @Test func theAttendanceSheetIsWritten0600AndPrintsOnA4WithNoRowCut() throws {
        let p = ParcoursBinary(language: "fr")
        defer { p.cleanUp() }
        try Self.mayIdees(p)
        let people = p.data.appendingPathComponent("../people-\(UUID().uuidString).csv").standardized
        defer { try? FileManager.default.removeItem(at: people) }
        let first = (4...25).map { "Prénom\($0)" }
        try Data((["Nom;Prénom;Projet"] + first.enumerated().map { "Dupont-Lefèvre de la Roche;\($1);Projet \($0 + 4)" })
            .joined(separator: "\n").utf8).write(to: people)
        try p.ok("import", "holders", people.path, "--cohort", "Promo 1")
        let missing = try p.run(["sheet", "Atelier 9", "--out", p.data.appendingPathComponent("x.html").path])
        #expect(missing.status == 1 && !FileManager.default.fileExists(atPath: p.data.appendingPathComponent("x.html").path))

        let out = p.data.appendingPathComponent("feuilles/atelier-1.html")
        let said = try p.ok("sheet", "Atelier 1", "--out", out.path)
        #expect(said.contains("(25 participant·e(s)) écrite dans"), "\(said)")
        let mode = try FileManager.default.attributesOfItem(atPath: out.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let html = try String(contentsOf: out, encoding: .utf8)
        #expect(html == (try p.ok("sheet", "Atelier 1")), "the same page on the standard output")

        let check = Process()
        check.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        check.arguments = ["python3", Self.script.appendingPathComponent("sheet_pdf_check.py").path, out.path,
                           p.data.appendingPathComponent("pdf").path, "Nom", "Claire", "Inès", "Lucie"] + first
        let output = Pipe()
        check.standardOutput = output
        check.standardError = output
        try check.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        check.waitUntilExit()
        #expect(check.terminationStatus == 0, "\(text)")
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect((summary["rows_per_page"] as? [Int])?.reduce(0, +) == 25 && (summary["pages"] as? Int ?? 9) <= 2, "\(text)")
    }
}

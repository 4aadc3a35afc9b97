import Foundation
import Testing

/// The command line end to end, through the built binary, as a facilitator would type it.
@Suite("Command line")
struct CommandLineTests {
    /// A small programme with a template, a cohort from it, and two holders enrolled.
    func setUp(_ p: ParcoursBinary) throws {
        try p.ok("programme", "add", "Lance-toi !", "--operator", "Ronalpia", "--operator", "Courant Fort",
                 "--target-stage", "idee", "--target-stage", "emergence")
        try p.ok("programme", "workshop", "lance-toi", "Atelier 1 – La Charte sociale", "--duration", "3h", "--by", "Courant Fort")
        try p.ok("programme", "workshop", "lance-toi", "Atelier 2 – Le modèle économique", "--duration", "3h30", "--by", "Courant Fort")
        try p.ok("cohort", "add", "Lance-toi !", "Promotion 2026", "--start", "2026-11-03", "--capacity", "12", "--from-template")
        try p.ok("holder", "add", "Léa Martin", "--commune", "Annonay", "--email", "lea@example.org",
                 "--project", "Tiers-lieu des Collines", "--referred-by", "Mairie d'Annonay")
        try p.ok("holder", "add", "Frédéric Roux", "--project", "Conserves lactofermentées", "--stage", "emergence")
        try p.ok("enrol", "lea martin", "promotion 2026")
        try p.ok("enrol", "frederic", "promotion 2026")
    }

    @Test func walkthroughBuildsTheExpectedState() throws {
        let p = ParcoursBinary()
        defer { p.cleanUp() }
        try setUp(p)
        try p.ok("attend", "Atelier 1", "Léa Martin", "present")
        try p.ok("attend", "Atelier 1", "Frédéric Roux", "absent", "--remark", "malade")
        try p.ok("stage", "Tiers-lieu des Collines", "etude", "--note", "Étude de marché lancée")
        try p.ok("note", "Léa Martin", "Cherche un local à Annonay")

        let cohorts = try #require(try p.json("list", "cohorts", "--json") as? [[String: Any]])
        #expect(cohorts.count == 1)
        #expect(cohorts.first?["name"] as? String == "Promotion 2026")
        #expect(cohorts.first?["holders"] as? Int == 2)
        #expect(cohorts.first?["sessions_held"] as? Int == 1)
        #expect(cohorts.first?["sessions_planned"] as? Int == 1)

        let lea = try #require(try p.json("show", "lea martin", "--json") as? [String: Any])
        #expect(lea["kind"] as? String == "holder")
        #expect(lea["commune"] as? String == "Annonay")
        #expect(lea["referred_by"] as? String == "Mairie d'Annonay")
        let projects = try #require(lea["projects"] as? [[String: Any]])
        #expect(projects.first?["stage"] as? String == "etude")
        let notes = try #require(lea["notes"] as? [[String: Any]])
        #expect(notes.map { $0["text"] as? String } == ["Cherche un local à Annonay"])
        let attendance = try #require(lea["attendance"] as? [[String: Any]])
        #expect(attendance.map { $0["mark"] as? String } == ["present"])

        let sessions = try #require(try p.json("list", "sessions", "--cohort", "Promotion 2026", "--json") as? [[String: Any]])
        #expect(sessions.map { $0["title"] as? String } == ["Atelier 1 – La Charte sociale", "Atelier 2 – Le modèle économique"])
        #expect(sessions.map { $0["date"] as? String } == ["2026-11-03", "2026-11-10"])
        #expect(sessions.map { $0["status"] as? String } == ["held", "planned"])
        #expect(sessions.last?["duration_minutes"] as? Int == 210)
    }

    @Test func undoRevertsTheLastActionAndSaysWhat() throws {
        let p = ParcoursBinary()
        defer { p.cleanUp() }
        try setUp(p)
        try p.ok("stage", "Conserves lactofermentées", "etude")
        let undo = try p.ok("undo")
        #expect(undo.contains("Conserves lactofermentées"))
        let project = try #require(try p.json("show", "Conserves lactofermentées", "--json") as? [String: Any])
        #expect(project["stage"] as? String == "emergence")
        let redo = try p.ok("redo")
        #expect(!redo.isEmpty)
        let again = try #require(try p.json("show", "Conserves lactofermentées", "--json") as? [String: Any])
        #expect(again["stage"] as? String == "etude")
    }

    @Test func badInputFailsWithAMessageAndWritesNothing() throws {
        let p = ParcoursBinary()
        defer { p.cleanUp() }
        try setUp(p)
        let before = p.fingerprint()
        let attempts: [([String], String)] = [
            (["attend", "Atelier 1", "Léa Martin", "maybe"], "maybe"),
            (["attend", "Atelier 1", "Nobody Here", "present"], "Nobody Here"),
            (["stage", "Tiers-lieu des Collines", "flying"], "flying"),
            (["cohort", "add", "Lance-toi !", "Promo", "--start", "2021-02-30"], "2021-02-30"),
            (["cohort", "add", "Nowhere", "Promo", "--start", "2021-02-01"], "Nowhere"),
            (["session", "add", "Promotion 2026", "Visite", "--date", "2026-12-01", "--duration", "lots"], "lots"),
            (["holder", "add", "  "], "name"),
            (["status", "Tiers-lieu des Collines", "oriente"], "organisation"),
            (["list", "unicorns"], "unicorns"),
        ]
        for (arguments, named) in attempts {
            let result = try p.run(arguments)
            #expect(result.status != 0, "\(arguments) should fail")
            #expect(!result.stderr.isEmpty, "\(arguments) should explain why")
            #expect(result.stderr.contains(named), "\(arguments): \(result.stderr)")
            #expect(result.stdout.isEmpty, "\(arguments) printed \(result.stdout)")
        }
        #expect(p.fingerprint() == before)
    }

    @Test func ambiguousReferencesListTheCandidates() throws {
        let p = ParcoursBinary()
        defer { p.cleanUp() }
        try setUp(p)
        try p.ok("holder", "add", "Léa Dupont")
        let result = try p.run(["note", "léa", "Bonjour"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("Léa Martin"))
        #expect(result.stderr.contains("Léa Dupont"))
    }

    @Test func frenchMessagesWhenAskedFor() throws {
        var p = ParcoursBinary()
        p.environment["PARCOURS_LANG"] = "fr"
        defer { p.cleanUp() }
        try setUp(p)
        let result = try p.run(["attend", "Atelier 1", "Léa Martin", "peut-être"])
        #expect(result.stderr.hasPrefix("Erreur"))
        let out = try p.ok("attend", "Atelier 1", "Léa Martin", "présent")
        #expect(out.contains("présent"))
    }

    @Test func verifyReportsAHandDamagedLine() throws {
        let p = ParcoursBinary()
        defer { p.cleanUp() }
        try setUp(p)
        #expect(try p.run(["verify"]).status == 0)
        let events = p.data.appendingPathComponent("events")
        let file = try #require(try FileManager.default.contentsOfDirectory(atPath: events.path).first { $0.hasSuffix(".jsonl") })
        let url = events.appendingPathComponent(file)
        var lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Change one byte inside the fourth record (a workshop)'s payload: still JSON, but its checksum no longer matches.
        lines[3] = lines[3].replacingOccurrences(of: "\"payload\":{\"", with: "\"payload\":{\"X")
        try lines.joined(separator: "\n").write(to: url, atomically: false, encoding: .utf8)
        let result = try p.run(["verify"])
        #expect(result.status != 0)
        #expect(result.stdout.contains("\(file):4"))
        // Every other record still loads.
        let programmes = try #require(try p.json("list", "programmes", "--json") as? [[String: Any]])
        #expect(programmes.count == 1)
    }
}

@Suite("Report through the command line")
struct ReportCommandTests {
    @Test func reportFiguresMatchWhatWasRecorded() throws {
        let p = ParcoursBinary()
        defer { p.cleanUp() }
        try CommandLineTests().setUp(p)
        try p.ok("holder", "add", "Zoé Candidate")
        try p.ok("enrol", "Zoé Candidate", "Promotion 2026", "--status", "candidat")
        try p.ok("attend", "Atelier 1", "Léa Martin", "present")
        try p.ok("attend", "Atelier 1", "Frédéric Roux", "excuse")
        try p.ok("status", "Conserves lactofermentées", "oriente", "--to", "CAE Coodem")

        let report = try #require(try p.json("report", "--cohort", "promotion 2026", "--format", "json") as? [String: Any])
        #expect(report["holders"] as? Int == 2)
        #expect(report["candidates"] as? Int == 3)
        #expect(report["hours_delivered"] as? Double == 3)
        let sessions = try #require(report["sessions"] as? [String: Int])
        #expect(sessions == ["planned": 1, "held": 1, "cancelled": 0])
        let attendance = try #require(report["attendance"] as? [String: Any])
        #expect(attendance["present"] as? Int == 1)
        #expect(attendance["excused"] as? Int == 1)
        #expect(attendance["rate"] as? Double == 1)
        let stages = try #require(report["stages"] as? [String: Int])
        #expect(stages.count == 8)
        #expect(stages["idee"] == 1 && stages["emergence"] == 1)
        let macro = try #require(report["macro_stages"] as? [String: Int])
        #expect(macro["premiers_pas"] == 2)
        let statuses = try #require(report["statuses"] as? [String: Int])
        #expect(statuses["oriente"] == 1 && statuses["actif"] == 1)
        let pending = try #require(report["pending_sessions"] as? [[String: Any]])
        // Atelier 2 (2026-11-10) is in the past on every day this test can run, and nobody marked it.
        #expect(pending.map { $0["title"] as? String } == ["Atelier 2 – Le modèle économique"])

        let text = try p.ok("report", "--programme", "Lance-toi !")
        #expect(text.contains("Lance-toi !"))
    }
}

/// Rules the command line shares with the interface, through the real binary.
@Suite struct SharedRulesCommandLineTests {
    @Test func markingAgainKeepsTheRemarkAndTheRemoteFlag() throws {
        let p = ParcoursBinary()
        defer { p.cleanUp() }
        try p.ok("programme", "add", "Lance-toi !")
        try p.ok("cohort", "add", "Lance-toi !", "Promo", "--start", "2026-11-02")
        try p.ok("holder", "add", "Léa Martin", "--cohort", "Promo")
        try p.ok("session", "add", "Promo", "Atelier 1", "--date", "2026-11-05")
        try p.ok("attend", "Atelier 1", "Léa", "absent", "--remote", "--remark", "prévenue la veille")
        try p.ok("attend", "Atelier 1", "Léa", "present")
        let shown = try p.ok("show", "Léa Martin")
        #expect(shown.contains("prévenue la veille"), "\(shown)")
        let marks = try #require(try p.json("show", "Atelier 1", "--json") as? [String: Any])
        #expect("\(marks)".contains("prévenue la veille"), "\(marks)")
        try p.ok("attend", "Atelier 1", "Léa", "present", "--remark", "", "--no-remote")
        #expect(!(try p.ok("show", "Léa Martin")).contains("prévenue la veille"))
    }

    @Test func aNewHolderIsEnrolledInOneStepAndOneUndoTakesBothBack() throws {
        let p = ParcoursBinary()
        defer { p.cleanUp() }
        try p.ok("programme", "add", "Lance-toi !")
        try p.ok("cohort", "add", "Lance-toi !", "Promo", "--start", "2026-11-02")
        try p.ok("holder", "add", "Léa Martin")
        let added = try p.ok("holder", "add", "Léa Martin", "--project", "Tiers-lieu", "--cohort", "Promo")
        #expect(added.contains("“Promo”"), "\(added)")
        let participants = try #require(try p.json("list", "holders", "--cohort", "Promo", "--json") as? [[String: Any]])
        #expect(participants.count == 1)
        try p.ok("undo")
        let holders = try #require(try p.json("list", "holders", "--json") as? [[String: Any]])
        #expect(holders.count == 1, "one undo took back the holder and the enrolment")
    }
}

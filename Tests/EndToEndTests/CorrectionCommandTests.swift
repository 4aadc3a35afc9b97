import Foundation
import Testing

/// Issue 16, everyday corrections, through the real binary: each correction command, its
/// refusals (nothing written), merge and transfer figures in the report, back-dating
/// limits and the automatic "en cours".
@Suite("Corrections through the command line")
struct CorrectionCommandTests {
    /// "Lance-toi !" (two workshops around an individual slot), a spring and an autumn
    /// cohort from its template, Léa (recorded 2024-01-15) and Frédéric enrolled in spring.
    func setUp(_ p: ParcoursBinary) throws {
        try p.ok("programme", "add", "Lance-toi !", "--operator", "Ronalpia")
        try p.ok("programme", "workshop", "Lance-toi !", "Atelier 1", "--duration", "3h")
        try p.ok("programme", "workshop", "Lance-toi !", "Point individuel", "--duration", "1h", "--kind", "individuel")
        try p.ok("programme", "workshop", "Lance-toi !", "Atelier 2", "--duration", "3h")
        try p.ok("cohort", "add", "Lance-toi !", "Promo printemps", "--start", "2024-03-04", "--from-template")
        try p.ok("cohort", "add", "Lance-toi !", "Promo automne", "--start", "2024-09-02", "--from-template")
        try p.ok("holder", "add", "Léa Martin", "--commune", "Annonay", "--project", "Tiers-lieu", "--date", "2024-01-15")
        try p.ok("holder", "add", "Frédéric Roux", "--project", "Conserves", "--date", "2024-01-15")
        try p.ok("enrol", "Léa Martin", "Promo printemps", "--date", "2024-02-01")
        try p.ok("enrol", "Frédéric Roux", "Promo printemps", "--date", "2024-02-01")
    }

    func object(_ p: ParcoursBinary, _ arguments: String...) throws -> [String: Any] {
        let result = try p.run(arguments)
        guard result.status == 0 else { throw Failure("parcours \(arguments) exited \(result.status): \(result.stderr)") }
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    /// The id of the spring cohort's first workshop ("Atelier 1" is a title in both cohorts).
    func springAtelier1(_ p: ParcoursBinary) throws -> String {
        let sessions = try #require(try p.json("list", "sessions", "--cohort", "Promo printemps", "--json") as? [[String: Any]])
        return try #require(sessions.first { $0["title"] as? String == "Atelier 1" }?["id"] as? String)
    }

    func report(_ p: ParcoursBinary, _ scope: String...) throws -> [String: Any] {
        let result = try p.run(["report", "--format", "json"] + scope)
        guard result.status == 0 else { throw Failure("report exited \(result.status): \(result.stderr)") }
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    @Test("holder edit changes only what is given; show and the journal say what, from what, by whom, when")
    func holderEdit() throws {
        let p = ParcoursBinary()
        defer { p.cleanUp() }
        try setUp(p)
        let out = try p.ok("holder", "edit", "Léa Martin", "--name", "Léa Martín", "--email", "lea@example.org",
                           "--tag", "jeune", "--tag", "QPV", "--referred-by", "Mission locale")
        #expect(out.contains("“Léa Martín” (holder) changed: name, e-mail, tags, referred by."), "\(out)")
        try p.ok("holder", "edit", "Léa Martín", "--untag", "qpv", "--commune", "")
        let lea = try object(p, "show", "Léa Martín", "--json")
        #expect(lea["name"] as? String == "Léa Martín")
        #expect(lea["tags"] as? [String] == ["jeune"])
        #expect(lea["commune"] == nil || lea["commune"] is NSNull)
        #expect(lea["referred_by"] as? String == "Mission locale")
        let changes = try #require(lea["changes"] as? [[String: Any]])
        #expect(changes.map { $0["text"] as? String ?? "" }.contains("name: “Léa Martin” → “Léa Martín”"))
        #expect(changes.map { $0["text"] as? String ?? "" }.contains("town: “Annonay” → (empty)"))
        #expect(changes.allSatisfy { $0["author"] as? String == "Camille" && ($0["date"] as? String)?.count == 10 })
        let shown = try p.ok("show", "Léa Martín")
        #expect(shown.contains("Corrections:") && shown.contains("Camille: e-mail: (empty) → “lea@example.org”"), "\(shown)")
        let log = try p.ok("log", "--limit", "3")
        #expect(log.contains("Holder “Léa Martín” changed: name “Léa Martin” → “Léa Martín”"), "\(log)")
        // Reports read the current values.
        let perHolder = try #require(try report(p)["per_holder"] as? [[String: Any]])
        #expect(perHolder.compactMap { $0["name"] as? String }.contains("Léa Martín"))

        try refused(p, ["holder", "edit", "Léa Martín", "--email", "lea@example.org"],
                    mentions: ["Nothing to change for “Léa Martín” (holder)"])
        try refused(p, ["holder", "edit", "Léa Martín", "--kind", "alien"],
                    mentions: ["“alien” is not valid for --kind: a kind among person, collective, structure."])
        try refused(p, ["holder", "edit", "Léa Martín", "--name", "Léa\u{1B}[2J"],
                    mentions: ["Invisible control character (U+001B) in the holder's name, at character 4"])
        try refused(p, ["holder", "edit", "Personne", "--name", "X"], mentions: ["No holder matches “Personne”."])
        var french = p
        french.environment["PARCOURS_LANG"] = "fr"
        try refused(french, ["holder", "edit", "Léa Martín", "--phone", ""],
                    mentions: ["Rien à changer pour « Léa Martín » (porteur)"])
        #expect(try french.ok("holder", "edit", "Léa Martín", "--phone", "06 01 02 03 04")
                .contains("« Léa Martín » (porteur) modifié : téléphone."))
        #expect(try p.ok("undo").contains("Undid: Holder “Léa Martín” changed: phone (empty) → “06 01 02 03 04”"))
    }

    @Test("project, organisation, programme, template and cohort edits, and their refusals")
    func otherEdits() throws {
        let p = ParcoursBinary()
        defer { p.cleanUp() }
        try setUp(p)
        try p.ok("project", "edit", "Tiers-lieu", "--title", "Tiers-lieu des Collines", "--description", "Café, atelier\net épicerie",
                 "--sector", "culture", "--sector", "alimentation", "--legal-form", "SCIC", "--already-created", "no")
        let project = try object(p, "show", "Tiers-lieu des Collines", "--json")
        #expect(project["description"] as? String == "Café, atelier\net épicerie")
        #expect(project["sectors"] as? [String] == ["culture", "alimentation"])
        #expect(project["legal_form"] as? String == "SCIC" && project["already_created"] as? Bool == false)
        try refused(p, ["project", "edit", "Tiers-lieu des Collines", "--already-created", "peut-être"],
                    mentions: ["“peut-être” is not valid for --already-created: yes or no."])
        try refused(p, ["project", "edit", "Tiers-lieu des Collines", "--title", ""], mentions: ["Empty name"])

        #expect(try p.ok("organisation", "edit", "Ronalpia", "--name", "Ronalpia (Lyon)", "--kind", "funder")
                .contains("“Ronalpia (Lyon)” (organisation) changed: name, kind."))
        try refused(p, ["organisation", "edit", "Ronalpia (Lyon)", "--kind", "banque"], mentions: ["--kind"])

        try p.ok("programme", "edit", "Lance-toi !", "--name", "Lance-toi ! 2024", "--public", "jeunes de 18 à 30 ans",
                 "--target-stage", "idee", "--target-stage", "envie")
        try p.ok("programme", "workshop-edit", "Lance-toi ! 2024", "3", "--title", "Atelier 2 – Le modèle économique", "--duration", "3h30")
        #expect(try p.ok("programme", "workshop-move", "Lance-toi ! 2024", "Atelier 2", "1")
                .contains("Workshop “Atelier 2 – Le modèle économique” moved to position 1"))
        #expect(try p.ok("programme", "workshop-remove", "Lance-toi ! 2024", "Point individuel")
                .contains("Workshop “Point individuel” removed from the template of “Lance-toi ! 2024”."))
        try p.ok("programme", "add", "Sprint")
        #expect(try p.ok("programme", "copy-template", "Lance-toi ! 2024", "Sprint")
                .contains("2 workshops of the template of “Lance-toi ! 2024” copied to “Sprint”."))
        let programme = try object(p, "show", "Lance-toi ! 2024", "--json")
        let template = try #require(programme["template"] as? [[String: Any]])
        #expect(template.map { $0["title"] as? String } == ["Atelier 2 – Le modèle économique", "Atelier 1"])
        #expect(template.first?["duration_minutes"] as? Int == 210)
        #expect(programme["target_public"] as? String == "jeunes de 18 à 30 ans")
        #expect(((programme["programme"] as? [String: Any])?["operators"] as? [String]) == ["Ronalpia (Lyon)"])
        #expect((programme["changes"] as? [[String: Any]])?.isEmpty == false)
        // Completing a cohort finds nothing missing: its sessions followed their workshops.
        try refused(p, ["cohort", "complete", "Promo printemps"], mentions: ["already has a session for every template workshop"])
        try refused(p, ["programme", "workshop-move", "Sprint", "Atelier 1", "9"], mentions: ["No position 9: the template has 2 workshops"])
        try refused(p, ["programme", "workshop-move", "Sprint", "Atelier 1", "0"],
                    mentions: ["“0” is not valid for POSITION: a whole number, at least 1."])
        try refused(p, ["programme", "workshop-edit", "Sprint", "Atelier", "--duration", "25h"], mentions: ["--duration"])
        try refused(p, ["programme", "workshop-remove", "Sprint", "Atelier"], mentions: ["“Atelier” matches several template workshops"])
        try refused(p, ["programme", "copy-template", "Sprint", "Sprint"], mentions: ["“Sprint” is both the source and the target"])

        let edited = try p.run(["cohort", "edit", "Promo printemps", "--name", "Promo mars", "--start", "2024-03-11",
                                "--end", "2024-06-28", "--capacity", "12"])
        #expect(edited.status == 0)
        #expect(edited.stdout.contains("“Promo mars” (cohort) changed: name, start, end, capacity."))
        #expect(edited.stderr.contains("Warning: 1 session of “Promo mars” falls outside the new dates."), "\(edited.stderr)")
        try p.ok("cohort", "edit", "Promo mars", "--capacity", "")
        let cohort = try object(p, "show", "Promo mars", "--json")
        let row = try #require(cohort["cohort"] as? [String: Any])
        #expect(row["start"] as? String == "2024-03-11" && row["end"] as? String == "2024-06-28")
        #expect(row["capacity"] == nil || row["capacity"] is NSNull)
        try refused(p, ["cohort", "edit", "Promo mars", "--capacity", "-3"], mentions: ["“-3” is not valid for --capacity"])
        try refused(p, ["cohort", "edit", "Promo mars", "--end", "2024-01-01"],
                    mentions: ["The end (2024-01-01) is before the start (2024-03-11)."])
        try refused(p, ["cohort", "edit", "Promo mars", "--start", "2024-02-30"], mentions: ["“2024-02-30” is not valid for --start"])
    }

    @Test("holder remove: refused with the reason while there is history, gone from lists, reports and exports, undone")
    func holderRemove() throws {
        let p = ParcoursBinary()
        defer { p.cleanUp() }
        try setUp(p)
        try p.ok("holder", "add", "Zoé Doublon", "--project", "Rien")
        try refused(p, ["holder", "remove", "Zoé Doublon"], mentions: ["--reason"])
        try refused(p, ["holder", "remove", "Zoé Doublon", "--reason", " "], mentions: ["Give the reason for “Zoé Doublon”"])
        #expect(try p.ok("holder", "remove", "Zoé Doublon", "--reason", "saisie en double")
                .contains("Holder Zoé Doublon removed from the lists, with: 1 project; can be undone."))
        #expect(!(try p.ok("list", "holders")).contains("Zoé"))
        try refused(p, ["show", "Zoé Doublon"], mentions: ["Zoé Doublon"])
        #expect(try p.ok("log", "--limit", "1").contains("Holder Zoé Doublon removed from the lists: saisie en double"))
        try p.ok("undo")
        #expect(try p.ok("list", "holders").contains("Zoé Doublon"))

        try p.ok("attend", springAtelier1(p), "Léa Martin", "present")
        try p.ok("note", "Léa Martin", "Motivée")
        var french = p
        french.environment["PARCOURS_LANG"] = "fr"
        try refused(french, ["holder", "remove", "Léa Martin", "--reason", "erreur"],
                    mentions: ["Léa Martin a un historique (1 marque de présence, 1 note, 1 participation) : retirez-le avec son historique", "(--with-history)"])
        try refused(p, ["holder", "remove", "Léa Martin", "--reason", "erreur"],
                    mentions: ["Léa Martin has a history (1 attendance mark, 1 note, 1 participation): remove it with its history", "(--with-history)"])
        #expect(try p.ok("holder", "remove", "Léa Martin", "--reason", "erreur", "--with-history")
                .contains("with: 1 attendance mark, 1 note, 1 participation, 1 individual meeting, 1 project"))
        let figures = try report(p)
        #expect(figures["holders"] as? Int == 1)
        #expect((figures["per_holder"] as? [[String: Any]])?.compactMap { $0["name"] as? String } == ["Frédéric Roux"])
        #expect(((figures["attendance"] as? [String: Any])?["present"] as? Int) == 0)
        // The entity tables of both exports no longer list her.
        let csv = p.data.appendingPathComponent("export-csv")
        try p.ok("export", "--out", csv.path)
        let holders = try String(contentsOf: csv.appendingPathComponent("holders.csv"), encoding: .utf8)
        #expect(!holders.contains("Léa") && holders.contains("Frédéric Roux"))
        for table in ["participations", "attendance", "notes", "projects"] {
            #expect(!(try String(contentsOf: csv.appendingPathComponent("\(table).csv"), encoding: .utf8)).contains("Léa"), "\(table)")
        }
        let json = p.data.appendingPathComponent("export-json")
        try p.ok("export", "--format", "json", "--out", json.path)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: json.appendingPathComponent("parcours-export.json"))) as? [String: Any])
        #expect(Set((document["holders"] as? [[String: Any]])?.compactMap { $0["name"] as? String } ?? []) == ["Frédéric Roux", "Zoé Doublon"])
        try p.ok("undo")
        #expect(try p.ok("show", "Léa Martin").contains("Motivée"))
        #expect(try report(p)["holders"] as? Int == 2)
    }

    @Test("holder merge: clashes listed and refused until settled, then every reference moves; the report counts one person")
    func holderMerge() throws {
        let p = ParcoursBinary()
        defer { p.cleanUp() }
        try setUp(p)
        try p.ok("holder", "add", "L. Martin", "--email", "lea@example.org", "--project", "Épicerie", "--cohort", "Promo printemps",
                 "--date", "2024-01-20")
        let atelier1 = try springAtelier1(p)
        try p.ok("attend", atelier1, "--all")
        let result = try refused(p, ["holder", "merge", "Léa Martin", "L. Martin"],
                                 mentions: ["Cannot merge L. Martin into Léa Martin until these are settled: both in cohort “Promo printemps”; both marked at “Atelier 1” (2024-03-04)."])
        #expect(result.stderr.contains("attend … --clear") && result.stderr.contains("participation … --remove"))
        try refused(p, ["holder", "merge", "Léa Martin", "Léa Martin"], mentions: ["Léa Martin cannot be merged into themselves."])
        try refused(p, ["participation", "L. Martin", "Promo printemps", "--remove", "--reason", "doublon"],
                    mentions: ["L. Martin has 1 attendance mark in “Promo printemps”: clear them first"])
        try refused(p, ["participation", "L. Martin", "Promo printemps", "--remove"], mentions: ["Give the reason"])
        try p.ok("attend", atelier1, "L. Martin", "--clear")
        #expect(try p.ok("participation", "L. Martin", "Promo printemps", "--remove", "--reason", "doublon")
                .contains("Participation of L. Martin in “Promo printemps” removed. 1 individual meeting removed."))
        try p.ok("enrol", "L. Martin", "Promo automne", "--date", "2024-08-01")
        try p.ok("note", "L. Martin", "Vue au forum")
        let before = try report(p)
        #expect(before["holders"] as? Int == 3)

        let merged = try p.ok("holder", "merge", "Léa Martin", "L. Martin")
        #expect(merged.contains("L. Martin merged into Léa Martin: 4 references moved, the duplicate is removed. Taken from the duplicate: e-mail."), "\(merged)")
        let after = try report(p)
        #expect(after["holders"] as? Int == 2)
        #expect(after["candidates"] as? Int == 3)
        let lines = try #require(after["per_holder"] as? [[String: Any]])
        #expect(lines.compactMap { $0["name"] as? String } == ["Frédéric Roux", "Léa Martin"])
        let lea = try #require(lines.first { $0["name"] as? String == "Léa Martin" })
        #expect(lea["attended"] as? Int == 1)
        #expect(lea["project"] as? String == "Épicerie, Tiers-lieu")
        let shown = try object(p, "show", "Léa Martin", "--json")
        #expect(shown["email"] as? String == "lea@example.org")
        #expect((shown["participations"] as? [[String: Any]])?.compactMap { $0["cohort"] as? String }.sorted() == ["Promo automne", "Promo printemps"])
        #expect((shown["notes"] as? [[String: Any]])?.first?["text"] as? String == "Vue au forum")
        #expect((shown["projects"] as? [[String: Any]])?.compactMap { $0["title"] as? String } == ["Épicerie", "Tiers-lieu"])
        #expect(!(try p.ok("list", "holders")).contains("L. Martin"))
        #expect(try p.ok("log", "--limit", "1").contains("Holder L. Martin merged into Léa Martin (duplicate removed)"))
        try p.ok("undo")
        #expect(try report(p)["holders"] as? Int == 3)
    }

    @Test("transfer: not a drop-out in the report, meetings cancelled and planned, refusals say why")
    func transfer() throws {
        let p = ParcoursBinary()
        defer { p.cleanUp() }
        try setUp(p)
        try p.ok("attend", springAtelier1(p), "--all")
        try refused(p, ["transfer", "Léa Martin", "Promo printemps"], mentions: ["Léa Martin is already in “Promo printemps”."])
        try refused(p, ["transfer", "Léa Martin", "Promo automne", "--date", "2999-01-01"],
                    mentions: ["Date in the future for the transfer: 2999-01-01"])
        try refused(p, ["transfer", "Léa Martin", "Promo automne", "--date", "2024-03-01"],
                    mentions: ["Date too early for the transfer: 2024-03-01, before the last change of “Léa Martin” (2024-03-04)."])
        try refused(p, ["transfer", "Léa Martin", "Promo automne", "--date", "2024-3-10"], mentions: ["--date"])
        try p.ok("holder", "add", "Zoé Petit")
        try refused(p, ["transfer", "Zoé Petit", "Promo automne"], mentions: ["Zoé Petit is not currently in any cohort"])

        let moved = try p.ok("transfer", "Léa Martin", "Promo automne", "--date", "2024-03-15", "--reason", "horaires de travail")
        #expect(moved == "Léa Martin transferred from “Promo printemps” to “Promo automne” (not a drop-out). "
                + "1 individual meeting planned in “Promo printemps” cancelled. 1 individual meeting planned.\n", "\(moved)")
        try p.ok("participation", "Frédéric Roux", "Promo printemps", "sorti", "--reason", "a trouvé un emploi")
        let spring = try report(p, "--cohort", "Promo printemps")
        let outcomes = try #require(spring["outcomes"] as? [String: Any])
        #expect(outcomes["transferred"] as? Int == 1 && outcomes["dropped_out"] as? Int == 1)
        let launch = try #require(spring["launch_rate"] as? [String: Any])
        #expect(launch["ended"] as? Int == 1)
        let springLines = try #require(spring["per_holder"] as? [[String: Any]])
        #expect(springLines.compactMap { $0["participation"] as? String } == ["sorti", "transfere"])
        let programme = try report(p, "--programme", "Lance-toi !")
        #expect(programme["holders"] as? Int == 2)
        #expect(((programme["outcomes"] as? [String: Any])?["transferred"] as? Int) == 0)
        #expect((programme["per_holder"] as? [[String: Any]])?.first { $0["name"] as? String == "Léa Martin" }?["participation"] as? String == "en_cours")
        let autumn = try report(p, "--cohort", "Promo automne")
        #expect(autumn["holders"] as? Int == 1)
        let markdown = try p.ok("report", "--cohort", "Promo printemps", "--format", "markdown")
        #expect(markdown.contains("| Transferred to another cohort | 1 |") && markdown.contains("| Drop-outs | 1 |"))

        let shown = try p.ok("show", "Léa Martin")
        #expect(shown.contains("2024-03-15  in progress → transferred  (Camille) — horaires de travail"), "\(shown)")
        let cohort = try object(p, "show", "Promo printemps", "--json")
        let sessions = try #require(cohort["sessions"] as? [[String: Any]])
        #expect(sessions.filter { $0["kind"] as? String == "individuel" && $0["status"] as? String == "cancelled" }.count == 1)
        var french = p
        french.environment["PARCOURS_LANG"] = "fr"
        #expect(try french.ok("undo").hasPrefix("Annulé : Frédéric Roux dans « Promo printemps » : en cours → sorti — a trouvé un emploi"))
        #expect(try french.ok("undo").contains("Léa Martin dans « Promo printemps » : en cours → transféré — horaires de travail"))
        #expect(((try report(p, "--cohort", "Promo printemps")["outcomes"] as? [String: Any])?["transferred"] as? Int) == 0)
    }

    @Test("--date on every dated fact: not after today, not before what it concerns existed")
    func backDating() throws {
        let p = ParcoursBinary()
        defer { p.cleanUp() }
        try setUp(p)
        try p.ok("holder", "add", "Zoé Petit", "--project", "Café", "--date", "2024-02-10")
        try refused(p, ["holder", "add", "Tom", "--date", "2999-01-01"], mentions: ["Date in the future for the holder's arrival"])
        try refused(p, ["enrol", "Zoé Petit", "Promo printemps", "--date", "2999-01-01"], mentions: ["Date in the future for the enrolment"])
        try refused(p, ["enrol", "Zoé Petit", "Promo printemps", "--date", "2024-02-09"],
                    mentions: ["Date too early for the enrolment: 2024-02-09, before “Zoé Petit” was recorded (2024-02-10)."])
        try p.ok("enrol", "Zoé Petit", "Promo printemps", "--date", "2024-02-15")
        try refused(p, ["participation", "Zoé Petit", "Promo printemps", "sorti", "--date", "2024-02-12"],
                    mentions: ["Date too early for the participation change: 2024-02-12, before the last change of “Zoé Petit” (2024-02-15)."])
        try refused(p, ["participation", "Zoé Petit", "Promo printemps", "sorti", "--date", "2999-01-01"],
                    mentions: ["Date in the future for the participation change"])
        try p.ok("participation", "Zoé Petit", "Promo printemps", "sorti", "--date", "2024-04-01", "--reason", "déménagement")
        try refused(p, ["status", "Café", "abandonne", "--date", "2024-01-01"],
                    mentions: ["Date too early for the status change: 2024-01-01, before “Café” was recorded (2024-02-10)."])
        try refused(p, ["status", "Café", "abandonne", "--date", "2999-01-01"], mentions: ["Date in the future for the status change"])
        try refused(p, ["status", "Café", "abandonne", "--reason", "a", "--note", "b"], mentions: ["Give --reason or --note, not both."])
        try p.ok("status", "Café", "abandonne", "--date", "2024-04-02", "--reason", "plus de local")
        try refused(p, ["note", "Zoé Petit", "Premier contact", "--date", "2024-02-01"],
                    mentions: ["Date too early for the note: 2024-02-01, before “Zoé Petit” was recorded (2024-02-10)."])
        try refused(p, ["note", "Café", "x", "--date", "2999-01-01"], mentions: ["Date in the future for the note"])
        try p.ok("note", "Zoé Petit", "Premier contact", "--date", "2024-02-10")
        try refused(p, ["stage", "Café", "etude", "--date", "2024-02-01"],
                    mentions: ["before “Café” was recorded (2024-02-10)"])
        try p.ok("stage", "Café", "etude", "--date", "2024-03-01")
        var french = p
        french.environment["PARCOURS_LANG"] = "fr"
        try refused(french, ["enrol", "Zoé Petit", "Promo automne", "--date", "2024-01-01"],
                    mentions: ["Date trop ancienne pour l'inscription : 2024-01-01, avant l'enregistrement de « Zoé Petit » (2024-02-10)."])

        let zoe = try object(p, "show", "Zoé Petit", "--json")
        #expect(zoe["created"] as? String == "2024-02-10")
        let participation = try #require((zoe["participations"] as? [[String: Any]])?.first)
        let history = try #require(participation["history"] as? [[String: Any]])
        #expect(history.map { $0["date"] as? String } == ["2024-02-15", "2024-04-01"])
        #expect(history.last?["reason"] as? String == "déménagement")
        #expect((zoe["notes"] as? [[String: Any]])?.first?["date"] as? String == "2024-02-10")
        let project = try #require((zoe["projects"] as? [[String: Any]])?.first)
        let status = try #require((project["status_history"] as? [[String: Any]])?.first)
        #expect(status["date"] as? String == "2024-04-02" && status["note"] as? String == "plus de local")
        #expect(try p.ok("log", "--limit", "20").contains("Zoé Petit in “Promo printemps”: enrolled → left — déménagement"))
    }

    @Test("A first presence moves inscrit to en cours by itself, in the same action, undone with the mark")
    func automaticStart() throws {
        let p = ParcoursBinary(language: "fr")
        defer { p.cleanUp() }
        try setUp(p)
        let atelier1 = try springAtelier1(p)
        let absent = try p.ok("attend", atelier1, "Frédéric Roux", "absent")
        #expect(!absent.contains("Première présence"))
        let present = try p.ok("attend", atelier1, "Léa Martin", "present")
        #expect(present == "Léa Martin : présent à « Atelier 1 ». Première présence : Léa Martin est en cours dans « Promo printemps ».\n",
                "\(present)")
        let log = try #require(try p.json("log", "--limit", "2", "--json") as? [[String: Any]])
        #expect(log.map { $0["type"] as? String } == ["attendance.marked", "participation.changed"])
        #expect(Set(log.compactMap { $0["action"] as? String }).count == 1)
        #expect((log.last?["payload"] as? [String: Any])?["date"] as? String == "2024-03-04")
        func status(_ name: String) throws -> String? {
            let cohort = try object(p, "show", "Promo printemps", "--json")
            return (cohort["participants"] as? [[String: Any]])?.first { $0["name"] as? String == name }?["status"] as? String
        }
        #expect(try status("Léa Martin") == "en_cours")
        #expect(try status("Frédéric Roux") == "inscrit")
        #expect(try p.ok("undo").contains("Léa Martin dans « Promo printemps » : inscrit → en cours"))
        #expect(try status("Léa Martin") == "inscrit")
        #expect(try p.ok("attend", atelier1, "--all").contains("Première présence : Léa Martin est en cours"))
        try refused(p, ["participation", "Léa Martin", "Promo printemps", "en_cours"],
                    mentions: ["Passage impossible de « en cours » à « en cours »."])
        try refused(p, ["attend", atelier1, "Léa Martin", "present", "--clear"], mentions: ["--clear"])
    }

    @Test("Two people's concurrent edits of the same field are listed by parcours conflicts; other fields are not")
    func concurrentEdits() throws {
        let remote = try SyncTests.bareRemote()
        let alice = try SyncTests.aliceShares(remote)
        let bob = ParcoursBinary(author: "Bob")
        defer { alice.cleanUp(); bob.cleanUp(); try? FileManager.default.removeItem(at: remote) }
        try bob.ok("sync", "init", "--remote", remote.path)
        try alice.ok("holder", "edit", "Léa Martin", "--email", "lea@alice.fr", "--phone", "06 01")
        try bob.ok("holder", "edit", "Léa Martin", "--email", "lea@bob.fr", "--commune", "Tournon")
        try bob.ok("sync")
        try alice.ok("sync")
        try bob.ok("sync")
        let conflicts = try #require(alice.json("conflicts", "--json") as? [[String: Any]])
        #expect(conflicts.count == 1)
        let conflict = try #require(conflicts.first)
        #expect(conflict["kind"] as? String == "holder_field" && conflict["field"] as? String == "email")
        let sides = [conflict["kept"], conflict["overwritten"]].compactMap { $0 as? [String: Any] }
        #expect(Set(sides.compactMap { $0["value"] as? String }) == ["lea@alice.fr", "lea@bob.fr"])
        #expect(Set(sides.compactMap { $0["author"] as? String }) == ["Alice", "Bob"])
        #expect(try alice.ok("conflicts").contains("Field “e-mail” of holder Léa Martin"))
        #expect(try SyncTests.observable(alice) == SyncTests.observable(bob))
        let lea = try object(alice, "show", "Léa Martin", "--json")
        #expect(lea["phone"] as? String == "06 01" && lea["commune"] as? String == "Tournon")
    }
}

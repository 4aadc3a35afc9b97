import Foundation
import Testing

/// Issue 17 through the real binary: follow-up after the programme, the project's path,
/// money; each command, its refusals (nothing written, the message in French and
/// English), and the figures `report --format json` gives on a small world whose numbers
/// are worked out by hand.
@Suite("Follow-up, path and money through the command line")
struct FollowUpCommandTests {
    /// "Lance-toi !" plans 6 months, 1 and 3 years. "Promo 2021": Léa (Épicerie, new) and
    /// Tom (Recyclerie, already created) finished on 2021-06-30, Thi (Café) left on
    /// 2021-03-15. Every wave has come by now (the last on 2024-06-30).
    func setUp(_ p: ParcoursBinary) throws {
        try p.ok("programme", "add", "Lance-toi !")
        try p.ok("cohort", "add", "Lance-toi !", "Promo 2021", "--start", "2021-01-04")
        for (name, project) in [("Léa Martin", "Épicerie"), ("Tom Durand", "Recyclerie"), ("Thi Nguyen", "Café")] {
            try p.ok("holder", "add", name, "--project", project, "--cohort", "Promo 2021", "--date", "2021-01-04",
                     "--commune", name == "Léa Martin" ? "Annonay" : "Privas")
            try p.ok("participation", name, "Promo 2021", "en_cours", "--date", "2021-01-10")
        }
        try p.ok("participation", "Léa Martin", "Promo 2021", "termine", "--date", "2021-06-30")
        try p.ok("participation", "Tom Durand", "Promo 2021", "termine", "--date", "2021-06-30")
        try p.ok("participation", "Thi Nguyen", "Promo 2021", "sorti", "--date", "2021-03-15")
        try p.ok("project", "edit", "Épicerie", "--already-created", "no")
        try p.ok("project", "edit", "Recyclerie", "--already-created", "yes")
        try p.ok("followup", "plan", "Lance-toi !", "--after", "6m", "--after", "1y", "--after", "3y")
    }

    /// Records what the hand-computed figures rest on.
    func record(_ p: ParcoursBinary) throws {
        try p.ok("followup", "record", "Épicerie", "--wave", "6m", "--activity", "en_developpement", "--date", "2022-01-05")
        try p.ok("followup", "record", "Léa Martin", "--wave", "1y", "--activity", "operationnelle", "--jobs-created", "2",
                 "--structure", "SCIC L'Épicerie", "--note", "ouverte le samedi")
        try p.ok("followup", "record", "Épicerie", "--wave", "3y", "--activity", "opérationnelle", "--jobs-created", "3",
                 "--jobs-kept", "1")
        try p.ok("followup", "record", "Recyclerie", "--wave", "6m", "--activity", "operating", "--jobs-kept", "4")
        try p.ok("followup", "record", "Recyclerie", "--wave", "12m", "--activity", "injoignable")
        try p.ok("followup", "record", "Café", "--wave", "6m", "--activity", "cessee")
    }

    /// Today as the binary sees it (UTC here, as the environment has no time zone).
    static var today: (year: Int, month: Int, day: Int) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .current
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return (parts.year!, parts.month!, parts.day!)
    }

    static func days(from iso: String) -> Int {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .current
        let formatter = DateFormatter()
        formatter.calendar = calendar
        formatter.timeZone = .current
        formatter.dateFormat = "yyyy-MM-dd"
        let start = formatter.date(from: iso)!
        return calendar.dateComponents([.day], from: start, to: calendar.startOfDay(for: Date())).day!
    }

    @Test func followUpsArePlannedRecordedListedAndRefusedWithReasons() throws {
        let p = ParcoursBinary()
        defer { p.cleanUp() }
        try setUp(p)
        let said = try p.ok("followup", "record", "Épicerie", "--wave", "1y", "--activity", "operationnelle", "--jobs-created", "2")
        #expect(said.contains("Follow-up at 1 year of “Épicerie”: operating."), "\(said)")
        let again = try p.ok("followup", "record", "Épicerie", "--wave", "1y", "--activity", "cessee", "--date", "2022-07-02")
        #expect(again.contains("(replaces the previous one)"), "\(again)")

        // Everything planned, in due order; then what is due, most overdue first.
        let all = try #require(try p.json("list", "followups", "--json") as? [[String: Any]])
        #expect(all.count == 9)
        #expect(all.first?["due"] as? String == "2021-09-15" && all.first?["project"] as? String == "Café")
        let epicerie = all.filter { $0["project"] as? String == "Épicerie" }
        // Ceased at 1 year: still ceased at 3 years, nobody needs to call.
        #expect(epicerie.map { $0["state"] as? String } == ["due", "recorded", "ceased_earlier"])
        #expect(epicerie[1]["activity"] as? String == "cessee" && epicerie[1]["recorded_on"] as? String == "2022-07-02")
        let due = try #require(try p.json("list", "followups", "--due", "--cohort", "Promo 2021", "--json") as? [[String: Any]])
        #expect(due.count == 7)
        let first = try #require(due.first)
        #expect(first["project"] as? String == "Café" && first["wave"] as? String == "6m")
        let overdue = Self.days(from: "2021-09-15")
        #expect([overdue, overdue + 1].contains(first["overdue_days"] as? Int ?? -1), "\(first)")
        let text = try p.ok("list", "followups", "--due")
        #expect(text.contains("due, \(first["overdue_days"] as? Int ?? 0) days overdue"), "\(text)")
        var french = p
        french.environment["PARCOURS_LANG"] = "fr"
        #expect(try french.ok("list", "followups", "--due").contains("à faire, en retard de"))

        // A wave that is not planned, a day to come, an unknown activity, figures for
        // someone unreachable, a bad period: refused, named, nothing written.
        try refused(p, ["followup", "record", "Épicerie", "--wave", "2y", "--activity", "cessee"],
                    mentions: ["No follow-up at 2 years is planned for “Épicerie” (planned: 6 months, 1 year, 3 years)."])
        try refused(french, ["followup", "record", "Épicerie", "--wave", "2y", "--activity", "cessee"],
                    mentions: ["Pas de suivi à 2 ans prévu pour « Épicerie » (prévus : 6 mois, 1 an, 3 ans)."])
        try refused(p, ["followup", "record", "Épicerie", "--wave", "6m", "--activity", "cessee", "--date", "2999-01-01"],
                    mentions: ["Date in the future for the follow-up: 2999-01-01"])
        try refused(french, ["followup", "record", "Épicerie", "--wave", "6m", "--activity", "fermée"],
                    mentions: ["« fermée » n’est pas valable pour --activity", "operationnelle, en_developpement, cessee, injoignable"])
        try refused(p, ["followup", "record", "Épicerie", "--wave", "6m", "--activity", "injoignable", "--jobs-kept", "2"],
                    mentions: ["Unreachable: nothing is known, so neither jobs nor a structure."])
        try refused(p, ["followup", "record", "Épicerie", "--wave", "6m", "--activity", "cessee", "--jobs-kept", "-2"],
                    mentions: ["“-2” is not valid for --jobs-kept"])
        try refused(p, ["followup", "plan", "Lance-toi !", "--after", "6 semaines"], mentions: ["--after"])
        try refused(french, ["followup", "plan", "Lance-toi !", "--after", "6m", "--after", "1y", "--after", "3y"],
                    mentions: ["Rien ne change"])
        try refused(p, ["followup", "remove", "Café", "--wave", "3y"], mentions: ["No follow-up at 3 years for “Café”."])

        // Taken back: the wave is due again.
        try p.ok("followup", "remove", "Épicerie", "--wave", "1y")
        #expect((try p.json("list", "followups", "--due", "--json") as? [[String: Any]])?.count == 9)
        try p.ok("undo")
        let show = try p.ok("show", "Épicerie")
        #expect(show.contains("Follow-ups after the programme:") && show.contains("1 year: ceased"), "\(show)")
        // Someone with several projects cannot stand for one.
        try p.ok("holder", "join", "Léa Martin", "Café")
        try refused(p, ["followup", "record", "Léa Martin", "--wave", "6m", "--activity", "cessee"],
                    mentions: ["“Léa Martin” matches several projects"])
    }

    @Test func milestonesNeedsAndTheLegalForm() throws {
        let p = ParcoursBinary()
        defer { p.cleanUp() }
        try setUp(p)
        try p.ok("milestone", "Épicerie", "pitch", "--date", "2021-03-01")
        try p.ok("milestone", "Léa Martin", "étude de marché")
        #expect(try p.ok("programme", "milestone", "Lance-toi !", "Visite d’un lieu similaire")
                .contains("Milestone “Visite d’un lieu similaire” added to “Lance-toi !”."))
        try p.ok("milestone", "Épicerie", "visite")
        try p.ok("milestone", "Recyclerie", "Structure registered")
        let milestones = try #require(try p.json("list", "milestones", "--json") as? [[String: Any]])
        #expect(milestones.count == 13 && milestones.last?["title"] as? String == "Visite d’un lieu similaire")
        try refused(p, ["milestone", "Épicerie", "licorne"], mentions: ["No milestone matches “licorne”."])
        var french = p
        french.environment["PARCOURS_LANG"] = "fr"
        try refused(french, ["milestone", "Épicerie", "licorne"], mentions: ["Aucun jalon ne correspond à « licorne »."])
        try refused(p, ["milestone", "Épicerie", "plan"], mentions: ["matches several milestones"])
        try refused(p, ["milestone", "Café", "pitch", "--clear"], mentions: ["“Café” has not reached milestone “Pitch deck”."])
        try p.ok("milestone", "Épicerie", "pitch", "--clear")
        try p.ok("undo")

        try p.ok("need", "add", "Épicerie", "local", "--description", "50 m² en centre-bourg", "--date", "2021-02-01")
        try p.ok("need", "add", "Recyclerie", "financement")
        try p.ok("need", "resolve", "Recyclerie", "financing", "--note", "prêt d’honneur")
        try refused(p, ["need", "add", "Épicerie", "premises"], mentions: ["“Épicerie” already has an open need (premises)"])
        try refused(french, ["need", "resolve", "Café", "foncier"], mentions: ["« Café » n’a pas de besoin ouvert (foncier)."])
        try refused(p, ["need", "add", "Café", "licence"], mentions: ["“licence” is not valid for KIND"])
        let open = try #require(try p.json("list", "needs", "--open", "--json") as? [[String: Any]])
        #expect(open.map { $0["kind"] as? String } == ["local"] && open.first?["description"] as? String == "50 m² en centre-bourg")
        let needs = try #require(try p.json("list", "needs", "--json") as? [[String: Any]])
        #expect(needs.count == 2 && needs.last?["resolution"] as? String == "prêt d’honneur")

        try p.ok("project", "legal-form", "Épicerie", "association", "--date", "2021-05-01")
        #expect(try p.ok("project", "legal-form", "Épicerie", "SCIC").contains("“Épicerie”: legal form SCIC (was association)."))
        try refused(p, ["project", "legal-form", "Épicerie", "SCIC"], mentions: ["Nothing changes"])
        try refused(p, ["project", "legal-form", "Épicerie", "SCOP", "--date", "2021-04-01"],
                    mentions: ["Date too early for the change of legal form: 2021-04-01, before the last change of “Épicerie”"])
        let project = try #require(try p.json("show", "Épicerie", "--json") as? [String: Any])
        #expect(project["legal_form"] as? String == "SCIC")
        #expect((project["legal_forms"] as? [[String: Any]])?.map { $0["to"] as? String } == ["association", "SCIC"])
        #expect((project["milestones"] as? [[String: Any]])?.map { $0["id"] as? String }.prefix(2) == ["pitch", "etude_marche"])
        #expect((project["needs"] as? [[String: Any]])?.count == 1)
        let text = try french.ok("show", "Épicerie")
        for line in ["Jalons:", "Pitch", "Étude de marché", "Visite d’un lieu similaire", "Besoins:", "local — ouvert",
                     "Forme juridique: association → SCIC"] {
            #expect(text.contains(line), "\(line) in \(text)")
        }
    }

    @Test func fundingIsSetShownAndRefused() throws {
        let p = ParcoursBinary()
        defer { p.cleanUp() }
        try setUp(p)
        let said = try p.ok("funding", "Promo 2021", "--cost", "9 000", "--funder", "FSE=60%", "--funder", "Commune=3600",
                            "--fee", "100", "--in-kind", "1500,00")
        #expect(said.contains("Funding of “Promo 2021”: cost €9,000, 2 funders."), "\(said)")
        let shown = try p.ok("funding", "Promo 2021")
        #expect(shown.contains("FSE: €5,400 (60%)") && shown.contains("Commune: €3,600") && shown.contains("Fee per holder: €100"),
                "\(shown)")
        let organisations = try #require(try p.json("list", "organisations", "--json") as? [[String: Any]])
        #expect(organisations.first { $0["name"] as? String == "FSE" }?["kind"] as? String == "funder")
        var french = p
        french.environment["PARCOURS_LANG"] = "fr"
        #expect(try french.ok("funding", "Promo 2021").contains("FSE: 5 400 € (60 %)"))

        try refused(p, ["funding", "Lance-toi !", "--fee", "50"], mentions: ["Give the cost of “Lance-toi !” first (--cost)."])
        try refused(french, ["funding", "Lance-toi !", "--fee", "50"], mentions: ["Indiquez d’abord le coût de « Lance-toi ! » (--cost)."])
        try refused(p, ["funding", "Promo 2021", "--cost", "6,000"], mentions: ["“6,000” is not valid for --cost"])
        try refused(p, ["funding", "Promo 2021", "--cost", "-5"], mentions: ["“-5” is not valid for --cost"])
        try refused(p, ["funding", "Promo 2021", "--funder", "FSE"], mentions: ["“FSE” is not valid for --funder"])
        try refused(p, ["funding", "Promo 2021", "--funder", "FSE=120%"], mentions: ["Invalid share (120%)"])
        try refused(p, ["funding", "Promo 2021", "--funder", "FSE=10", "--funder", "fse=20"], mentions: ["“FSE” is given twice"])
        try refused(p, ["funding", "Promo 2021", "--cost", "9000", "--funder", "FSE=60%", "--funder", "Commune=3600",
                        "--fee", "100", "--in-kind", "1500"], mentions: ["Nothing changes"])
        try refused(p, ["funding", "Nulle part", "--cost", "1"], mentions: ["No programme or cohort matches “Nulle part”."])
        let warned = try p.run(["funding", "Lance-toi !", "--cost", "1000", "--funder", "Région=1500"])
        #expect(warned.status == 0 && warned.stderr.contains("The funders of “Lance-toi !” give €1,500, more than the cost (€1,000)."))
        try p.ok("funding", "Lance-toi !", "--remove")
        #expect(try p.ok("funding", "Lance-toi !").contains("No funding recorded for “Lance-toi !”."))
        try refused(p, ["funding", "Lance-toi !", "--remove"], mentions: ["No funding recorded for “Lance-toi !”."])
    }

    /// The figures of `report --format json`, worked out by hand:
    /// - 6 months: Léa developing, Tom operating, Thi ceased → 2 active of 3 reached.
    /// - 1 year: Léa operating, Tom unreachable (apart), Thi ceased since 6 months → 1 of 2.
    /// - 3 years: Léa operating, Tom not recorded (apart), Thi ceased → 1 of 2.
    /// - Jobs at each project's latest follow-up: Léa 3 created and 1 kept, Tom 4 kept.
    /// - The cohort: 9 000 € (FSE 60 % = 5 400 €, Commune 3 600 €), three holders at
    ///   100 € (300 €), 9 300 € in, 300 € more than the cost, 3 000 € a holder; the
    ///   programme adds 1 000 € from the Région: 10 000 €, 3 333,33 € a holder.
    @Test func theReportsJSONCarriesTheHandComputedFigures() throws {
        let p = ParcoursBinary()
        defer { p.cleanUp() }
        try setUp(p)
        try record(p)
        try p.ok("milestone", "Épicerie", "pitch")
        try p.ok("milestone", "Recyclerie", "pitch")
        try p.ok("need", "add", "Épicerie", "local")
        try p.ok("need", "add", "Recyclerie", "financement")
        try p.ok("need", "resolve", "Recyclerie", "financement")
        try p.ok("funding", "Promo 2021", "--cost", "9000", "--funder", "FSE=60%", "--funder", "Commune=3600", "--fee", "100",
                 "--in-kind", "1500")
        try p.ok("funding", "Lance-toi !", "--cost", "1000", "--funder", "Région=1000")

        let cohort = try #require(try p.json("report", "--cohort", "Promo 2021", "--format", "json") as? [String: Any])
        let followUp = try #require(cohort["follow_up"] as? [String: Any])
        let waves = try #require(followUp["waves"] as? [[String: Any]])
        func row(_ w: [String: Any]) -> [Int] {
            ["followed", "operational", "developing", "ceased", "ceased_earlier", "ceased_by_status", "unreachable",
             "not_recorded", "reached", "active", "jobs_created", "jobs_kept"].map { w[$0] as? Int ?? -1 }
        }
        #expect(waves.map { $0["wave"] as? String } == ["6m", "1y", "3y"])
        #expect(row(waves[0]) == [3, 1, 1, 1, 0, 0, 0, 0, 3, 2, 0, 4])
        #expect(row(waves[1]) == [3, 1, 0, 1, 1, 0, 1, 0, 2, 1, 2, 0])
        #expect(row(waves[2]) == [3, 1, 0, 1, 1, 0, 0, 1, 2, 1, 3, 1])
        #expect(waves.map { $0["survival_rate"] as? Double } == [2.0 / 3, 0.5, 0.5])
        #expect(followUp["jobs"] as? [String: Int] == ["created": 3, "kept": 5, "projects": 2])
        #expect(followUp["structures_created"] as? Int == 1 && followUp["due"] as? Int == 1)

        let path = try #require(cohort["path"] as? [String: Any])
        let milestones = try #require(path["milestones"] as? [[String: Any]])
        #expect(milestones.first { $0["id"] as? String == "pitch" }?["projects"] as? Int == 2)
        #expect(milestones.count == 12 && milestones.allSatisfy { $0["title"] is NSNull })
        let needs = try #require(path["needs"] as? [String: [String: Int]])
        #expect(needs["local"] == ["open": 1, "resolved": 0] && needs["financement"] == ["open": 0, "resolved": 1])
        #expect(path["projects"] as? [String: Int] == ["already_created": 1, "new": 1, "unknown": 1])

        let money = try #require(cohort["funding"] as? [String: Any])
        #expect(money["records"] as? Int == 1 && money["cost"] as? Double == 9_000)
        let funders = try #require(money["funders"] as? [[String: Any]])
        #expect(funders.map { $0["name"] as? String } == ["FSE", "Commune"])
        #expect(funders.map { $0["amount"] as? Double } == [5_400, 3_600] && funders.map { $0["share"] as? Double } == [0.6, 0.4])
        let fees = try #require(money["fees"] as? [String: Any])
        #expect(fees["per_holder"] as? Double == 100 && fees["holders"] as? Int == 3 && fees["total"] as? Double == 300)
        #expect(money["in_kind"] as? Double == 1_500 && money["funded"] as? Double == 9_300 && money["remainder"] as? Double == -300)
        #expect(money["holders"] as? Int == 3 && money["cost_per_holder"] as? Double == 3_000)

        let programme = try #require(try p.json("report", "--programme", "Lance-toi !", "--format", "json") as? [String: Any])
        let whole = try #require(programme["funding"] as? [String: Any])
        #expect(whole["records"] as? Int == 2 && whole["cost"] as? Double == 10_000 && whole["cost_per_holder"] as? Double == 3_333.33)
        #expect((whole["funders"] as? [[String: Any]])?.map { $0["share"] as? Double } == [0.54, 0.36, 0.1])
        // Narrowed to Annonay: Léa's project only; the money still covers the whole cohort.
        let annonay = try #require(try p.json("report", "--cohort", "Promo 2021", "--commune", "Annonay", "--format", "json")
                                   as? [String: Any])
        let lea = try #require((annonay["follow_up"] as? [String: Any])?["waves"] as? [[String: Any]])
        #expect(lea.map { $0["active"] as? Int } == [1, 1, 1] && lea.map { $0["reached"] as? Int } == [1, 1, 1])
        #expect((annonay["funding"] as? [String: Any])?["cost_per_holder"] as? Double == 3_000)
    }

    /// A follow-up's note and structure, a need's description and resolution, the legal
    /// forms of a project that went with an erased person: gone from every file of the
    /// data directory at once; the figures stay.
    @Test func anErasureEmptiesWhatWasSaidAboutThePersonsProject() throws {
        let p = ParcoursBinary()
        defer { p.cleanUp() }
        try setUp(p)
        let secrets = ["rappelée rue des Tilleuls", "SCIC Chez Léa Martin", "local prêté par son oncle", "ancien garage de Léa",
                       "Coopérative Léa & Cie"]
        try p.ok("followup", "record", "Épicerie", "--wave", "6m", "--activity", "operationnelle", "--jobs-created", "1",
                 "--structure", secrets[1], "--note", secrets[0])
        try p.ok("need", "add", "Épicerie", "local", "--description", secrets[3])
        try p.ok("need", "resolve", "Épicerie", "local", "--note", secrets[2])
        try p.ok("project", "legal-form", "Épicerie", secrets[4])
        try p.ok("need", "add", "Recyclerie", "foncier", "--description", "terrain communal")
        func everything() throws -> String {
            var text = ""
            let walker = FileManager.default.enumerator(at: p.data, includingPropertiesForKeys: nil)
            while let url = walker?.nextObject() as? URL {
                if let data = try? Data(contentsOf: url) { text += String(decoding: data, as: UTF8.self) }
            }
            return text
        }
        #expect(secrets.allSatisfy { (try? everything())?.contains($0) == true }, "the test data is really there first")
        let before = try #require(try p.json("report", "--format", "json") as? [String: Any])
        try p.ok("erase", "Léa Martin", "--reason", "demande de l’intéressée", "--yes")
        let after = try everything()
        #expect(secrets.filter { after.contains($0) } == [])
        #expect(after.contains("terrain communal"), "Tom's project is not hers")
        let report = try #require(try p.json("report", "--format", "json") as? [String: Any])
        for key in ["follow_up", "path", "funding"] {
            #expect(NSDictionary(dictionary: report[key] as? [String: Any] ?? [:]) == NSDictionary(dictionary: before[key] as? [String: Any] ?? [:]),
                    "\(key) stays")
        }
        #expect(try p.run(["verify"]).status == 0)
        // Nothing more can be recorded about her project: its waves leave the list of those due.
        let due = try #require(try p.json("list", "followups", "--due", "--json") as? [[String: Any]])
        #expect(!due.isEmpty && due.allSatisfy { $0["holders"] as? [String] != ["Erased person 1"] }, "\(due)")
        #expect(try p.run(["followup", "record", "Erased person 1", "--wave", "1y", "--activity", "cessee"]).status == 1)
    }
}

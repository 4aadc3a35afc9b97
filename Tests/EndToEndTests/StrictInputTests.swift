import Foundation
import Testing

/// Issue 14, part 8 ("input is too loose"): each finding through the real binary. Bad
/// input exits non-zero with a message naming what and where, and changes nothing.
@Suite("Strict input through the command line")
struct StrictInputTests {
    /// A programme, a cohort, one holder with a project.
    func setUp(_ p: ParcoursBinary) throws {
        try p.ok("programme", "add", "Lance-toi !")
        try p.ok("programme", "workshop", "Lance-toi !", "Atelier 1", "--duration", "3h")
        try p.ok("cohort", "add", "Lance-toi !", "Promotion 2026", "--start", "2026-01-12", "--from-template")
        try p.ok("holder", "add", "Léa Martin", "--project", "Tiers-lieu")
        try p.ok("enrol", "Léa Martin", "Promotion 2026")
    }

    /// Runs `arguments`; it must fail, mention every text of `mentions` on stderr, and
    /// leave every file and the holders list as they were.
    @discardableResult
    func refused(_ p: ParcoursBinary, _ arguments: [String], mentions: [String],
                 sourceLocation: SourceLocation = #_sourceLocation) throws -> ParcoursBinary.Result {
        let files = p.fingerprint()
        let holders = try p.ok("list", "holders", "--json")
        let result = try p.run(arguments)
        #expect(result.status != 0, "exit status of \(arguments.prefix(3))", sourceLocation: sourceLocation)
        for text in mentions {
            #expect(result.stderr.contains(text), "“\(text)” not in: \(result.stderr.prefix(400))", sourceLocation: sourceLocation)
        }
        #expect(p.fingerprint() == files, "files changed", sourceLocation: sourceLocation)
        #expect(try p.ok("list", "holders", "--json") == holders, sourceLocation: sourceLocation)
        return result
    }

    func csv(_ p: ParcoursBinary, _ name: String, _ bytes: Data) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("parcours-e2e-\(UUID().uuidString.prefix(8))-\(name)")
        try bytes.write(to: url)
        return url.path
    }

    @Test("An unclosed quote: five rows are not two holders; refused whole with its line and column")
    func unclosedQuote() throws {
        let p = ParcoursBinary(language: "fr")
        defer { p.cleanUp() }
        try setUp(p)
        let file = try csv(p, "guillemet.csv", Data("""
            Nom;Prénom;Commune
            Roux;"Frédéric;Tournon
            Nguyen;Thi;Privas
            Blanc;Zoé;Lyon
            Petit;Emma;Vals
            Durand;Tom;Annonay

            """.utf8))
        defer { try? FileManager.default.removeItem(atPath: file) }
        let result = try refused(p, ["import", "holders", file, "--cohort", "Promotion 2026"],
                                 mentions: ["ligne 2, colonne « Prénom » : ce guillemet n’est jamais refermé"])
        #expect(result.status == 1)
        try refused(p, ["import", "holders", file, "--cohort", "Promotion 2026", "--dry-run"], mentions: ["ligne 2"])
    }

    @Test("A row with a value too many (an unquoted separator) is named by its line and column")
    func fieldCount() throws {
        let p = ParcoursBinary()
        defer { p.cleanUp() }
        try setUp(p)
        let file = try csv(p, "virgule.csv", Data("nom,commune\nRoux,Tournon\n\"Blanc\nZoé\",Lyon\nNguyen, Thi,Privas\n".utf8))
        defer { try? FileManager.default.removeItem(atPath: file) }
        try refused(p, ["import", "holders", file, "--cohort", "Promotion 2026"],
                    mentions: ["line 3, column “nom”: Line break (U+000A) in the holder's name",
                               "line 5, column 3: 3 value(s) instead of 2"])
    }

    @Test("Invalid UTF-8 is refused with its line, not turned into U+FFFD; Windows-1252 still imports")
    func invalidUTF8() throws {
        let p = ParcoursBinary()
        defer { p.cleanUp() }
        try setUp(p)
        var bytes = Data("Nom;Prénom;Commune\nRoux;Frédéric;Tournon\nNguyen;Thi;Priv".utf8)
        bytes.append(contentsOf: [0xC3, 0x28])   // a lead byte without its continuation
        bytes.append(contentsOf: Array("s\n".utf8))
        let file = try csv(p, "abime.csv", bytes)
        defer { try? FileManager.default.removeItem(atPath: file) }
        try refused(p, ["import", "holders", file, "--cohort", "Promotion 2026"],
                    mentions: ["line 3, column “Commune”: invalid byte 0xC3"])
        let holders = try #require(try p.json("list", "holders", "--json") as? [[String: Any]])
        #expect(!holders.contains { ($0["name"] as? String ?? "").contains("\u{FFFD}") })
        let cp1252 = try csv(p, "excel.csv", "Nom;Prénom;Commune\nRoux;Frédéric;Tournon\n".data(using: .windowsCP1252)!)
        defer { try? FileManager.default.removeItem(atPath: cp1252) }
        #expect(try p.ok("import", "holders", cp1252, "--cohort", "Promotion 2026").contains("1 holder(s) created"))
        #expect(try p.ok("show", "Frédéric Roux").contains("Frédéric Roux"))
    }

    @Test("A 100 KB name, on the command line and in a file, is refused naming the field and the limit")
    func hugeName() throws {
        let p = ParcoursBinary()
        defer { p.cleanUp() }
        try setUp(p)
        let huge = String(repeating: "a", count: 100_000)
        try refused(p, ["holder", "add", huge], mentions: ["Too long for the holder's name: 100000 characters, at most 200."])
        let file = try csv(p, "long.csv", Data("Nom;Projet\nRoux;Conserves\nBlanc;\(huge)\n".utf8))
        defer { try? FileManager.default.removeItem(atPath: file) }
        try refused(p, ["import", "holders", file, "--cohort", "Promotion 2026"],
                    mentions: ["line 3, column “Projet”: Too long for the project's title: 100000 characters, at most 200."])
        try refused(p, ["note", "Léa Martin", String(repeating: "n", count: 10_001)],
                    mentions: ["Too long for the note: 10001 characters, at most 10000."])
    }

    @Test("Control characters in names are refused (escape sequences, bidi overrides); a note keeps its line breaks")
    func controlCharacters() throws {
        let p = ParcoursBinary(language: "fr")
        defer { p.cleanUp() }
        try setUp(p)
        try refused(p, ["holder", "add", "Zoé\u{1B}[2J\u{1B}[31mBlanc"],
                    mentions: ["Caractère de contrôle invisible (U+001B) dans le nom du porteur, au caractère 4"])
        try refused(p, ["programme", "add", "Sprint\u{202E}"],
                    mentions: ["(U+202E) dans le nom du dispositif"])
        try refused(p, ["holder", "add", "Zoé Blanc", "--commune", "Lyon\nVilleurbanne"],
                    mentions: ["Retour à la ligne (U+000A) dans la commune"])
        let file = try csv(p, "controle.csv", Data("Nom;Commune\nBlanc;Ly\u{7}on\n".utf8))
        defer { try? FileManager.default.removeItem(atPath: file) }
        try refused(p, ["import", "holders", file, "--cohort", "Promotion 2026"],
                    mentions: ["ligne 2, colonne « Commune » : Caractère de contrôle invisible (U+0007) dans la commune"])
        try p.ok("note", "Léa Martin", "RDV banque\r\npuis mairie")
        let lea = try #require(try p.json("show", "Léa Martin", "--json") as? [String: Any])
        #expect((lea["notes"] as? [[String: Any]])?.first?["text"] as? String == "RDV banque\npuis mairie")
    }

    @Test("A stage dated 2999, or before the project was recorded, is refused")
    func stageDates() throws {
        let p = ParcoursBinary()
        defer { p.cleanUp() }
        try setUp(p)
        try refused(p, ["stage", "Tiers-lieu", "etude", "--date", "2999-01-01"],
                    mentions: ["Date in the future for the stage change: 2999-01-01"])
        try refused(p, ["stage", "Tiers-lieu", "etude", "--date", "2000-01-01"],
                    mentions: ["The stage change is dated 2000-01-01, before “Tiers-lieu” was recorded"])
        let file = try csv(p, "entree.csv", Data("Nom;Date d'entrée\nRoux;01/01/2999\n".utf8))
        defer { try? FileManager.default.removeItem(atPath: file) }
        try refused(p, ["import", "holders", file, "--cohort", "Promotion 2026"],
                    mentions: ["line 2, column “Date d'entrée”: Date in the future for the entry date: 2999-01-01"])
    }

    @Test("A negative or too long duration names --duration, with or without '='")
    func durations() throws {
        let p = ParcoursBinary()
        defer { p.cleanUp() }
        try setUp(p)
        for arguments in [["--duration", "-1663h"], ["--duration=-1663h"], ["--duration", "25h"], ["--duration", "0m"]] {
            try refused(p, ["session", "add", "Promotion 2026", "Bilan", "--date", "2026-02-01"] + arguments,
                        mentions: ["is not valid for --duration: a duration above 0 and at most 24 h"])
            try refused(p, ["session", "edit", "Atelier 1"] + arguments, mentions: ["for --duration"])
            try refused(p, ["programme", "workshop", "Lance-toi !", "Atelier 2"] + arguments, mentions: ["for --duration"])
        }
    }

    @Test("log --limit and cohort --capacity: negative or zero values name the option and the value")
    func numbers() throws {
        let p = ParcoursBinary(language: "fr")
        defer { p.cleanUp() }
        try setUp(p)
        for limit in [["--limit=-5"], ["--limit", "-5"], ["--limit", "0"], ["--limit", "dix"]] {
            let value = limit.count == 1 ? "-5" : limit[1]
            try refused(p, ["log"] + limit, mentions: ["« \(value) » n’est pas valable pour --limit : un nombre entier d’au moins 1"])
        }
        for capacity in [["--capacity", "-3"], ["--capacity=-3"], ["--capacity", "0"], ["--capacity", "99999999999999999999"]] {
            let value = capacity.count == 1 ? "-3" : capacity[1]
            let result = try refused(p, ["cohort", "add", "Lance-toi !", "Promotion 2027", "--start", "2027-01-11"] + capacity,
                                     mentions: ["« \(value) » n’est pas valable pour --capacity"])
            #expect(!result.stderr.contains("Missing value"))
        }
        let generated = ParcoursBinary()
        defer { generated.cleanUp() }
        for events in [["--events", "-4"], ["--events=0"]] {
            let result = try generated.run(["generate"] + events)
            #expect(result.status == 1 && result.stderr.contains("for --events: a whole number, at least 1"))
        }
        #expect(try generated.run(["generate", "--events", "10", "--writers", "-2"]).stderr.contains("for --writers: a whole number from 1 to 64"))
        #expect(generated.fingerprint().isEmpty)
    }
}

import Foundation
import Testing

/// Issue 14, part 7: user text from a colleague's log or a spreadsheet never reaches a
/// terminal raw, a Markdown report escapes it, through the real binary.
@Suite("Safe output")
struct SafeOutputTests {
    /// A data directory holding `HostileData`'s colleague's log.
    func hostile(language: String = "en") throws -> ParcoursBinary {
        let p = ParcoursBinary(language: language)
        try HostileData.write(into: p.data)
        return p
    }

    /// Runs `arguments` and records an issue for every raw control or bidi character on
    /// standard output or error (line feeds excepted, and whatever else `allowing` says).
    @discardableResult
    func safe(_ p: ParcoursBinary, _ arguments: [String], status: Int32 = 0, allowing: Set<Unicode.Scalar> = ["\n"],
              sourceLocation: SourceLocation = #_sourceLocation) throws -> ParcoursBinary.Result {
        let result = try p.run(arguments)
        #expect(result.status == status, "parcours \(arguments) exited \(result.status): \(result.stderr)",
                sourceLocation: sourceLocation)
        let out = HostileData.unsafeScalars(in: result.stdout, allowing: allowing)
        let err = HostileData.unsafeScalars(in: result.stderr, allowing: allowing)
        #expect(out.isEmpty, "parcours \(arguments) printed \(out) raw on stdout", sourceLocation: sourceLocation)
        #expect(err.isEmpty, "parcours \(arguments) printed \(err) raw on stderr", sourceLocation: sourceLocation)
        return result
    }

    @Test func listShowLogAndReportsShowHostileTextVisibly() throws {
        let p = try hostile()
        defer { p.cleanUp() }
        let i = HostileData.ids
        let commands: [[String]] = [
            ["list", "programmes"], ["list", "cohorts"], ["list", "holders"], ["list", "sessions"], ["list", "organisations"],
            ["list", "holders", "--cohort", i.cohort], ["list", "sessions", "--cohort", i.cohort],
            ["show", i.eve], ["show", i.tab], ["show", i.zoe], ["show", i.eveProject], ["show", i.tabProject],
            ["show", i.cohort], ["show", i.programme], ["show", i.session], ["show", i.organisation],
            ["log", "--limit", "100"], ["conflicts"], ["verify"],
            ["report"], ["report", "--cohort", i.cohort], ["report", "--programme", i.programme],
            ["report", "--format", "markdown"], ["report", "--cohort", i.cohort, "--format", "markdown"],
        ]
        var everything = ""
        for arguments in commands { everything += try safe(p, arguments).stdout }
        // What was hostile is there, visibly.
        for visible in ["Eve␛]0;pwned␇<U+202E>ruof", "␛]52;c;cHduZWQ=␇", "Atelier ␛[2J␛[H", "<U+009B>31m", "rouge␡",
                        "Mallory␛]0;author␇", "␛[31mrouge", "=cmd|' /C calc'!A0", "Épicerie « solidaire » 🍎 l’été"] {
            #expect(everything.contains(visible), "\(visible) is not shown")
        }
        // A note keeps its lines; its CR LF comes out as a plain line feed.
        let eve = try safe(p, ["show", i.eve]).stdout
        #expect(eve.contains("ligne 1\nligne 2␛[2J␛[H\n=1+1"))
    }

    @Test func frenchOutputIsSafeToo() throws {
        let p = try hostile(language: "fr")
        defer { p.cleanUp() }
        for arguments in [["list", "holders"], ["show", HostileData.ids.eve], ["log"], ["report"],
                          ["report", "--format", "markdown"]] {
            let out = try safe(p, arguments).stdout
            #expect(!out.isEmpty)
        }
    }

    @Test func confirmationsErrorsAndAuthorNamesAreSafe() throws {
        var p = try hostile()
        defer { p.cleanUp() }
        let i = HostileData.ids
        // Confirmations name what was changed.
        let attend = try safe(p, ["attend", i.session, i.zoe, "present"]).stdout
        #expect(attend.contains("Atelier ␛[2J␛[H"))
        let stage = try safe(p, ["stage", i.eveProject, "test"]).stdout
        #expect(stage.contains("=cmd|' /C calc'!A0"))
        let note = try safe(p, ["note", i.eve, "suivi"]).stdout
        #expect(note.contains("Eve␛]0;pwned␇<U+202E>ruof"))
        // Errors: an unknown reference quoted back, candidates of an ambiguous one, a
        // value the command refuses, an argument the parser does not know.
        let unknown = try safe(p, ["show", "\u{1b}]0;typed\u{7}"], status: 1).stderr
        #expect(unknown.contains("␛]0;typed␇"))
        let ambiguous = try safe(p, ["note", "0", "x"], status: 1).stderr
        #expect(ambiguous.contains("Eve␛]0;pwned␇<U+202E>ruof"))
        let refused = try safe(p, ["list", "\u{1b}[2Jholders"], status: 1).stderr
        #expect(refused.contains("␛[2Jholders"))
        let parse = try safe(p, ["\u{9b}2Jlist"], status: 64).stderr
        #expect(parse.contains("<U+009B>2Jlist"))
        // An import's problems quote the cells they name.
        let csv = p.data.deletingLastPathComponent().appendingPathComponent("hostile-\(UUID().uuidString.prefix(6)).csv")
        defer { try? FileManager.default.removeItem(at: csv) }
        try Data("nom;date d'entrée\r\nEve \u{1b}[2J;2021-02-30\u{1b}[H\u{9b}\r\n".utf8).write(to: csv)
        let problems = try safe(p, ["import", "holders", csv.path, "--cohort", i.cohort], status: 1).stderr
        #expect(problems.contains("2021-02-30␛[H<U+009B>"))
        // An author name with an escape sequence is refused (input is strict), and the
        // refusal quotes it visibly; a colleague's log holding one is shown visibly
        // by `log` (HostileData).
        p.environment["PARCOURS_AUTHOR"] = "Trudy\u{1b}]0;me\u{7}"
        let author = try safe(p, ["note", i.zoe, "texte"], status: 1).stderr
        #expect(author.contains("Trudy␛]0;me␇") || author.contains("U+001B"), "\(author)")
    }

    /// JSON keeps every value (a reader gets the exact text back), with controls,
    /// C1, DEL and bidi characters written as \u escapes rather than raw.
    @Test func jsonOutputKeepsValuesAndEscapesControls() throws {
        let p = try hostile()
        defer { p.cleanUp() }
        let i = HostileData.ids
        for arguments in [["list", "holders", "--json"], ["show", i.eve, "--json"], ["show", i.tabProject, "--json"],
                          ["log", "--json", "--limit", "100"], ["report", "--format", "json"], ["conflicts", "--json"]] {
            try safe(p, arguments)
        }
        let holders = try #require(try p.json("list", "holders", "--json") as? [[String: Any]])
        #expect(Set(holders.compactMap { $0["name"] as? String }) == [HostileData.eve, HostileData.tab, HostileData.zoe])
        let eve = try #require(try p.json("show", i.eve, "--json") as? [String: Any])
        let notes = try #require(eve["notes"] as? [[String: Any]])
        #expect(notes.first?["text"] as? String == HostileData.note)
        let report = try #require(try p.json("report", "--format", "json") as? [String: Any])
        let lines = try #require(report["per_holder"] as? [[String: Any]])
        #expect(Set(lines.compactMap { $0["project"] as? String })
                == [HostileData.eveProject, HostileData.tabProject, HostileData.zoeProject])
    }

    @Test func markdownReportEscapesUserText() throws {
        let p = try hostile()
        defer { p.cleanUp() }
        let md = try safe(p, ["report", "--cohort", HostileData.ids.cohort, "--format", "markdown"]).stdout
        // No HTML gets through; it reads as text.
        #expect(!md.contains("<script>") && !md.contains("<b>"))
        #expect(md.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(md.contains("Mairie &lt;b&gt;\\|&lt;/b&gt;"))
        // Emphasis, code, links and strike-through stay literal.
        #expect(md.contains("Zoé \\*gras\\* \\_it\\_ \\`code\\` \\[lien\\](http://evil.example) \\| tube \\\\ \\~barré\\~ \\# dièse"))
        // The title holds the cohort's name, escaped, on one line.
        let title = try #require(md.split(separator: "\n").first)
        #expect(title.hasPrefix("# Report: cohort “=HYPERLINK(\"http://evil.example\",\"clic\") ␛\\]52;c;cHduZWQ=␇”"))
        // Every row of a table has as many cells as its header: no `|` from a name splits one.
        var columns: Int?
        for line in md.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            guard line.hasPrefix("|") else { columns = nil; continue }
            let count = Self.unescapedPipes(line)
            if let columns { #expect(count == columns, "row “\(line)” has \(count) separators, its header \(columns)") }
            columns = columns ?? count
        }
    }

    /// `|` not preceded by an odd number of backslashes.
    static func unescapedPipes(_ line: String) -> Int {
        var count = 0, backslashes = 0
        for character in line {
            if character == "|", backslashes % 2 == 0 { count += 1 }
            backslashes = character == "\\" ? backslashes + 1 : 0
        }
        return count
    }
}

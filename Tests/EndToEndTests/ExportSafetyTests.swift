import Foundation
import Testing

/// Issue 14, part 7: what Parcours writes to files. CSV cells cannot become formulas
/// (read back with Python's csv module, every cell of every file), export files are the
/// owner's alone whatever the umask, and a data directory open to others is tightened.
@Suite("Export safety")
struct ExportSafetyTests {
    /// Reads every CSV file given with Python's csv module and prints, as JSON, the number
    /// of cells, the cells that start like a formula, the cells holding a control or bidi
    /// character (line feeds aside) and the cells Parcours neutralised (leading ').
    static let checker = #"""
    import csv, json, re, sys
    triggers = ('=', '+', '-', '@', '\t', '\r')
    number = re.compile(r'-?[0-9]+([.,][0-9]+)?')
    def unsafe(ch):
        v = ord(ch)
        return ch != '\n' and (v < 0x20 or 0x7f <= v <= 0x9f or v in (0x61c, 0x200e, 0x200f, 0x2028, 0x2029)
                               or 0x202a <= v <= 0x202e or 0x2066 <= v <= 0x2069)
    separator = sys.argv[1]
    cells, formulas, controls, neutralised = 0, [], [], []
    for path in sys.argv[2:]:
        with open(path, newline='', encoding='utf-8-sig') as f:
            for row in csv.reader(f, delimiter=separator):
                for cell in row:
                    cells += 1
                    if cell.lstrip(' ').startswith(triggers) and not number.fullmatch(cell):
                        formulas.append(cell)
                    if any(unsafe(ch) for ch in cell):
                        controls.append(cell)
                    if cell.startswith("'"):
                        neutralised.append(cell)
    print(json.dumps({"cells": cells, "formulas": formulas, "controls": controls, "neutralised": neutralised}))
    """#

    struct Checked {
        let cells: Int
        let formulas: [String]
        let controls: [String]
        let neutralised: [String]
    }

    func check(_ files: [URL], separator: String) throws -> Checked {
        let script = FileManager.default.temporaryDirectory.appendingPathComponent("csv-check-\(UUID().uuidString.prefix(8)).py")
        try Self.checker.write(to: script, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: script) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path, separator] + files.map(\.path)
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let problem = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure("python3 could not read the CSV files (make test installs python3): \(problem)")
        }
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        return Checked(cells: json["cells"] as? Int ?? 0, formulas: json["formulas"] as? [String] ?? [],
                       controls: json["controls"] as? [String] ?? [], neutralised: json["neutralised"] as? [String] ?? [])
    }

    /// The hostile cells, as they must come out: a leading ', controls shown visibly.
    static let expectedNeutralised = [
        "'␉=1+1 <script>alert(1)</script>", "'@SUM(1)", "'␍=2+2", "'+cmd|' /C calc'!A0",
        "'-2+3+cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0",
    ]

    @Test(arguments: [";", ",", "\t"])
    func everyCSVCellIsNeutralised(separator: String) throws {
        let p = ParcoursBinary()
        defer { p.cleanUp() }
        try HostileData.write(into: p.data)
        let folder = p.data.appendingPathComponent("export-out", isDirectory: true)
        try p.ok("export", "--format", "csv", "--out", folder.path, "--separator", separator)
        var files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "csv" }
        #expect(files.count == 8)
        for (name, scope) in [("report-all", [String]()), ("report-cohort", ["--cohort", HostileData.ids.cohort])] {
            let report = try p.run(["report", "--format", "csv", "--separator", separator] + scope)
            #expect(report.status == 0, "\(report.stderr)")
            let file = folder.appendingPathComponent(name + ".csv")
            try Data(report.stdout.utf8).write(to: file)
            files.append(file)
        }
        let checked = try check(files, separator: separator)
        #expect(checked.cells > 100)
        #expect(checked.formulas.isEmpty, "cells a spreadsheet would run: \(checked.formulas)")
        #expect(checked.controls.isEmpty, "cells with raw controls: \(checked.controls)")
        let neutralised = Set(checked.neutralised)
        for cell in Self.expectedNeutralised + ["'=HYPERLINK(\"http://evil.example\",\"clic\") ␛]52;c;cHduZWQ=␇",
                                                "'=1+1\nfausse ligne"] {
            #expect(neutralised.contains(cell), "\(cell) was not neutralised: \(neutralised)")
        }
        // A note keeps its line breaks in its cell.
        let notes = String(decoding: try Data(contentsOf: folder.appendingPathComponent("notes.csv")), as: UTF8.self)
        #expect(notes.contains("\"ligne 1\nligne 2␛[2J␛[H\n=1+1\""))
    }

    /// The report's CSV holds the same neutralised cells as the export's, and its
    /// numbers stay numbers.
    @Test func reportCSVKeepsItsNumbers() throws {
        let p = ParcoursBinary()
        defer { p.cleanUp() }
        try HostileData.write(into: p.data)
        let report = try p.ok("report", "--format", "csv", "--cohort", HostileData.ids.cohort)
        for cell in ["\"'=cmd|' /C calc'!A0\"", "\"'@SUM(1)\"", "\"'␉=1+1 <script>alert(1)</script>\""] {
            #expect(report.contains(cell), "\(cell) missing from \(report)")
        }
        #expect(report.contains("Holders accompanied;3\r\n"))
        #expect(report.contains(";1;1;100;"), "a rate is a plain number, its unit in the header")
        #expect(report.contains(";Attendance (%);"))
    }

    /// The JSON export writes C1, DEL and bidi characters as \u escapes (the encoder already
    /// escapes C0), is dated by its data, and loads back with every value unchanged.
    @Test func theJSONExportCarriesNoRawControlsAndLoadsBack() throws {
        let p = ParcoursBinary()
        defer { p.cleanUp() }
        try HostileData.write(into: p.data)
        let folder = p.data.appendingPathComponent("export-out", isDirectory: true)
        try p.ok("export", "--format", "json", "--out", folder.path)
        let file = folder.appendingPathComponent("parcours-export.json")
        let text = String(decoding: try Data(contentsOf: file), as: UTF8.self)
        #expect(HostileData.unsafeScalars(in: text).isEmpty)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(document["last_change_at"] as? String == "2025-12-29T09:20:00.000Z")
        #expect(document["exported_at"] == nil)
        let copy = ParcoursBinary()
        defer { copy.cleanUp() }
        try copy.ok("import", "json", file.path)
        let holders = try #require(try copy.json("list", "holders", "--json") as? [[String: Any]])
        #expect(Set(holders.compactMap { $0["name"] as? String }) == [HostileData.eve, HostileData.tab, HostileData.zoe])
    }

    // MARK: - Files

    /// Runs the binary with `umask 000` (through /bin/sh), as a careless session would.
    func runUnderUmask000(_ p: ParcoursBinary, _ arguments: [String]) throws -> ParcoursBinary.Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "umask 000 && exec \"$0\" \"$@\"", ParcoursBinary.url.path] + arguments + ["--data", p.data.path]
        process.environment = p.environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return .init(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                     stderr: String(decoding: errData, as: UTF8.self))
    }

    static func mode(_ url: URL) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    @Test func exportsAreOwnerOnlyWhateverTheUmask() throws {
        let p = ParcoursBinary()
        defer { p.cleanUp() }
        #expect(try runUnderUmask000(p, ["holder", "add", "Léa Martin", "--project", "Tiers-lieu"]).status == 0)
        #expect(try Self.mode(p.data) == 0o700)
        // New folders (every level) 0700, files 0600.
        let outer = p.data.deletingLastPathComponent().appendingPathComponent("export-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: outer) }
        let nested = outer.appendingPathComponent("bilans/2026", isDirectory: true)
        for format in ["csv", "json"] {
            let result = try runUnderUmask000(p, ["export", "--format", format, "--out", nested.path])
            #expect(result.status == 0, "\(result.stderr)")
        }
        for folder in [outer, outer.appendingPathComponent("bilans"), nested] {
            #expect(try Self.mode(folder) == 0o700, "\(folder.path)")
        }
        let files = try FileManager.default.contentsOfDirectory(at: nested, includingPropertiesForKeys: nil)
        #expect(files.count == 9)
        for file in files { #expect(try Self.mode(file) == 0o600, "\(file.lastPathComponent)") }
        // An existing folder stays as the user made it; a file already there, readable by
        // all, is replaced by an owner-only one.
        let shared = outer.appendingPathComponent("partage", isDirectory: true)
        try FileManager.default.createDirectory(at: shared, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o755])
        let old = shared.appendingPathComponent("parcours-export.json")
        try Data("{}".utf8).write(to: old)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: old.path)
        #expect(try runUnderUmask000(p, ["export", "--format", "json", "--out", shared.path]).status == 0)
        #expect(try Self.mode(shared) == 0o755)
        #expect(try Self.mode(old) == 0o600)
        #expect(try Data(contentsOf: old).count > 2)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: shared.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test(arguments: ["en", "fr"])
    func aDataDirectoryOpenToOthersIsTightenedWithANotice(language: String) throws {
        var p = ParcoursBinary(language: language)
        defer { p.cleanUp() }
        try p.ok("holder", "add", "Léa Martin")
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: p.data.path)
        // Read-only: nothing changes, the notice says how to fix it.
        let browsing = try p.run(["list", "holders", "--read-only"])
        #expect(browsing.status == 0)
        #expect(try Self.mode(p.data) == 0o755)
        let readOnlyNotice = language == "fr"
            ? "Attention : Le dossier de données \(p.data.path) est lisible par d’autres utilisateurs (mode 0755) ; "
                + "ouvert en lecture seule, il n’est pas modifié : « chmod 700 \(p.data.path) » le réserve à son propriétaire."
            : "Warning: The data directory \(p.data.path) is readable by other users (mode 0755); "
                + "opened read-only, it is left unchanged: “chmod 700 \(p.data.path)” keeps it to its owner."
        #expect(browsing.stderr.contains(readOnlyNotice), "\(browsing.stderr)")
        // Opened for writing: tightened to 0700, once, with a notice.
        let opened = try p.run(["list", "holders"])
        #expect(opened.status == 0)
        #expect(try Self.mode(p.data) == 0o700)
        let notice = language == "fr"
            ? "Attention : Le dossier de données \(p.data.path) était lisible par d’autres utilisateurs (mode 0755) : "
                + "il est maintenant réservé à son propriétaire (0700)."
            : "Warning: The data directory \(p.data.path) was readable by other users (mode 0755): "
                + "it is now readable by its owner only (0700)."
        #expect(opened.stderr.contains(notice), "\(opened.stderr)")
        #expect(opened.stdout.contains("Léa Martin"))
        let again = try p.run(["list", "holders"])
        #expect(again.stderr.isEmpty)
        // Group bits alone count too.
        try FileManager.default.setAttributes([.posixPermissions: 0o750], ofItemAtPath: p.data.path)
        p.environment["PARCOURS_LANG"] = "en"
        let group = try p.run(["list", "holders"])
        #expect(group.stderr.contains("(mode 0750)"))
        #expect(try Self.mode(p.data) == 0o700)
    }
}

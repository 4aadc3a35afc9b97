import CSV
import Foundation
import ParcoursDemo
import ParcoursDomain
@testable import ParcoursExchange
@testable import ParcoursKit
import ParcoursTestSupport
import Testing

/// The demo loaded once, with a fixed clock, for the report format tests.
private let demo: Result<Workspace, any Error> = Result {
    let now = ISO8601DateFormatter().date(from: "2026-11-21T10:00:00Z")!
    let workspace = try Workspace(directory: TestDirectory.temporary("parcours-report-formats"), author: "demo", clock: { now })
    _ = try Demo.load(into: workspace) { _, _ in }
    return workspace
}

@Suite("Report: text, Markdown, CSV and JSON carry the same figures")
struct ReportFormatsTests {
    /// Every scope a facilitator reports on in the demo.
    static func scopes(_ state: State) -> [ReportScope] {
        [.all] + state.programmes.keys.sorted().map { .programme($0) } + state.cohorts.keys.sorted().map { .cohort($0) }
    }

    @Test("Every figure of the JSON is in the layout, with the same value, and every format writes the layout",
          arguments: [Language.fr, .en], [false, true])
    func sameFigures(language l: Language, anonymous: Bool) throws {
        let workspace = try demo.get()
        for scope in Self.scopes(workspace.state) {
            let document = ReportDocument(state: workspace.state, scope: scope, today: workspace.today, anonymous: anonymous)
            let json = try JSONSerialization.jsonObject(with: document.report.json())
            let layout = document.layout(language: l)
            let context = "\(scope) \(l) anonymous: \(anonymous)"

            // 1. Coverage: each number of the JSON (and each rate that could be one) has a cell.
            let covered = Set(layout.tables.flatMap { $0.rows.flatMap { $0.compactMap(\.path) } })
            // A section with nothing in it (no survey answered, no jury) may be left out:
            // only its zeros and nulls can be missing.
            let missing = Self.numericLeaves(json).filter { path in
                !covered.contains(path) && !(Self.optionalSections.contains(path[0]) && Self.isNothing(Self.node(json, path)))
            }
            #expect(missing.isEmpty, "\(context): in the JSON and no table: \(missing.map { $0.joined(separator: ".") })")

            // 2. Each cell holds the JSON's value.
            for table in layout.tables {
                for cell in table.rows.joined() {
                    guard let path = cell.path, cell.value.isNumber else { continue }
                    let node = Self.node(json, path)
                    #expect(Self.matches(cell.value, node), "\(context): \(table.id) \(path) is \(cell.value), JSON \(String(describing: node))")
                }
            }

            // 3. The text has each row on one line, its cells in order.
            let text = document.text(language: l)
            let textLines = text.split(separator: "\n").map(String.init)
            for table in layout.tables {
                if table.id != "about" { #expect(text.contains(table.title), "\(context): text lacks \(table.title)") }
                for row in table.rows {
                    let cells = row.map { ReportDocument.oneLine($0.value.display(l)).trimmingCharacters(in: .whitespaces) }
                    #expect(textLines.contains { Self.inOrder(cells, $0) }, "\(context): text lacks \(cells)")
                }
            }

            // 4. Markdown: each table row is a table row there.
            let markdown = document.markdown(language: l)
            for table in layout.tables where table.id != "about" {
                #expect(markdown.contains("## " + MarkdownText.escape(table.title)))
                for row in table.rows {
                    let line = "| " + row.map { MarkdownText.escape($0.value.display(l)) }.joined(separator: " | ") + " |"
                    #expect(markdown.contains(line), "\(context): Markdown lacks \(line)")
                }
            }

            // 5. CSV, read back: under each table's title, its rows; every number a plain
            // number equal to the JSON's (rates in percent, rounded as shown).
            for separator in [";", ","] {
                let rows = try Self.csvRows(document.csv(language: l, separator: Character(separator)), separator: separator)
                for table in layout.tables {
                    guard let start = rows.firstIndex(of: [table.title]) else {
                        Issue.record("\(context): CSV lacks the table \(table.title)")
                        continue
                    }
                    #expect(rows[start + 1].count == table.columns.count)
                    for (offset, row) in table.rows.enumerated() {
                        let written = rows[start + 2 + offset]
                        #expect(written.count == row.count, "\(context): CSV row \(written)")
                        for (cell, field) in zip(row, written) {
                            guard cell.value.isNumber, let path = cell.path else { continue }
                            #expect(Self.csvMatches(field, Self.node(json, path), cell.value, decimalComma: separator == ";"),
                                    "\(context): CSV \(table.id) \(path) is “\(field)”, JSON \(String(describing: Self.node(json, path)))")
                        }
                    }
                }
            }
        }
    }

    @Test("An anonymous report names no holder and no project, in any format", arguments: [Language.fr, .en])
    func anonymousNamesNobody(language l: Language) throws {
        let workspace = try demo.get()
        let state = workspace.state
        let names = state.holders.values.map(\.name) + state.projects.values.map(\.title)
        for scope in Self.scopes(state) {
            let full = ReportDocument(state: state, scope: scope, today: workspace.today)
            let anonymous = ReportDocument(state: state, scope: scope, today: workspace.today, anonymous: true)
            let outputs = [anonymous.text(language: l), anonymous.markdown(language: l),
                           String(decoding: try anonymous.csv(language: l), as: UTF8.self),
                           String(decoding: try anonymous.report.json(), as: UTF8.self)]
            for output in outputs {
                for name in names { #expect(!output.contains(name), "\(scope): “\(name)” in an anonymous report") }
            }
            // The same search finds names in the full report of a scope with holders.
            if full.report.holders > 0 {
                #expect(names.contains { full.markdown(language: l).contains($0) })
            }
        }
    }

    @Test("CSV numbers are plain; units are in the headers")
    func csvNumbersArePlain() throws {
        let workspace = try demo.get()
        let sprint = try #require(workspace.state.programmes.values.first { $0.name == "Sprint" })
        let document = ReportDocument(state: workspace.state, scope: .programme(sprint.id), today: workspace.today)
        let rows = try Self.csvRows(document.csv(language: .fr), separator: ";")
        let hours = try #require(rows.first { $0.first == "Heures réalisées (h)" })
        #expect(hours[1] == "28")
        let rate = try #require(rows.first { $0.first == "Assiduité (%)" })
        #expect(rate[1] == "97")
        let personHours = try #require(rows.first { $0.first == "Heures-participants (par personne) (h)" })
        #expect(Double(personHours[1].replacingOccurrences(of: ",", with: ".")) != nil)
        let holders = try #require(rows.firstIndex(of: ["Porteurs"]))
        #expect(rows[holders + 1].contains("Assiduité (%)"))
        for row in rows { for field in row { #expect(!field.hasSuffix(" h") && !field.hasSuffix(" %"), "“\(field)” is not a plain number") } }
    }

    // MARK: Reading the formats back

    /// Sections shown only when they hold something.
    static let optionalSections: Set<String> = ["exit_survey", "questionnaires", "jury", "events", "follow_up", "path", "funding",
                                                 "ideas", "calls", "territory"]

    static func isNothing(_ node: Any?) -> Bool {
        node is NSNull || (node as? NSNumber)?.doubleValue == 0
    }

    /// Paths to every number and null (a rate with nothing to count) of a JSON value.
    static func numericLeaves(_ value: Any, _ path: [String] = []) -> [[String]] {
        switch value {
        case let object as [String: Any]: return object.flatMap { numericLeaves($0.value, path + [$0.key]) }
        case let array as [Any]: return array.enumerated().flatMap { numericLeaves($0.element, path + [String($0.offset)]) }
        // A boolean (JSONSerialization gives an NSNumber of type "c") is not a figure.
        case let number as NSNumber: return String(cString: number.objCType) == "c" ? [] : [path]
        case is NSNull where path.last == "rate": return [path]
        default: return []
        }
    }

    static func node(_ value: Any, _ path: [String]) -> Any? {
        var current: Any? = value
        for key in path {
            if let object = current as? [String: Any] { current = object[key] }
            else if let array = current as? [Any], let index = Int(key), array.indices.contains(index) { current = array[index] }
            else { return nil }
        }
        return current
    }

    /// A cell's value against the JSON's: numbers equal (a count of an array is its length).
    static func matches(_ value: ReportValue, _ node: Any?) -> Bool {
        let number = (node as? NSNumber)?.doubleValue ?? (node as? [Any]).map { Double($0.count) }
        switch value {
        case .count(let n), .days(let n): return number == Double(n)
        case .hours(let h), .euros(let h): return number.map { abs($0 - h) < 1e-9 } ?? false
        case .percent(let rate), .score(let rate):
            guard let rate else { return node is NSNull }
            return number.map { abs($0 - rate) < 1e-9 } ?? false
        case .text: return false
        }
    }

    /// A CSV field against the JSON's number: a plain number, rates in rounded percent.
    static func csvMatches(_ field: String, _ node: Any?, _ value: ReportValue, decimalComma: Bool) -> Bool {
        if node is NSNull { return field.isEmpty }
        guard !field.contains(decimalComma ? "." : ","),
              let written = Double(decimalComma ? field.replacingOccurrences(of: ",", with: ".") : field) else { return false }
        let number = (node as? NSNumber)?.doubleValue ?? (node as? [Any]).map { Double($0.count) }
        guard let number else { return false }
        if case .percent = value { return written == (number * 100).rounded() }
        return abs(written - number) < 0.05
    }

    static func csvRows(_ data: Data, separator: String) throws -> [[String]] {
        var text = String(decoding: data, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let reader = try CSVReader(string: text, delimiter: separator.unicodeScalars.first!)
        var rows: [[String]] = []
        while let row = reader.next() { rows.append(row) }
        return rows
    }

    /// Whether `cells` appear in `line` in this order.
    static func inOrder(_ cells: [String], _ line: String) -> Bool {
        var rest = Substring(line)
        for cell in cells where !cell.isEmpty {
            guard let found = rest.range(of: cell) else { return false }
            rest = rest[found.upperBound...]
        }
        return true
    }
}

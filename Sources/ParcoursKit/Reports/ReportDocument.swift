import Foundation
import ParcoursDomain

/// A funder report ready to show or hand over: the figures (`report`, whose JSON is the
/// stable export) and the same figures laid out once (`layout`) and written as text for a
/// terminal or Markdown for a bilan (CSV is in ParcoursExchange). The interface draws the
/// layout's tables and saves the Markdown on an export key.
public struct ReportDocument: Hashable, Sendable {
    public var report: Report

    public init(report: Report) { self.report = report }

    /// Builds the report for a scope and filter as of `today`, its territory grouped at
    /// `level` by the official geographic code shipped with Parcours; `anonymous` leaves
    /// out every person's and project's name (counts and rates only).
    public init(state: State, scope: ReportScope, filter: ReportFilter = ReportFilter(), today: Day, anonymous: Bool = false,
                by level: TerritoryLevel = .departement, geography: Geography = Workspace.geography) {
        let report = Report.make(state: state, scope: scope, today: today, filter: filter, by: level, geography: geography)
        self.report = anonymous ? report.anonymized() : report
    }

    public func layout(language l: Language) -> ReportLayout { ReportLayout(report: report, language: l) }

    /// For a terminal or a plain-text mail: the title underlined, each table under its
    /// title, figures as "label : value" lines and grids as aligned columns (numbers to
    /// the right). User text is shown safely by the caller's output (`TerminalSafeText`).
    public func text(language l: Language) -> String {
        let layout = layout(language: l)
        var lines = [layout.title, String(repeating: "═", count: layout.title.count)]
        for table in layout.tables {
            lines.append("")
            if table.id != "about" {
                lines += [table.title, String(repeating: "─", count: table.title.count)]
            }
            if table.rows.isEmpty, let empty = table.empty {
                lines.append("  (" + empty + ")")
                continue
            }
            switch table.shape {
            case .figures:
                let labels = table.rows.map { Self.oneLine($0.first?.value.display(l) ?? "") }
                let width = labels.map(\.count).max() ?? 0
                for (label, row) in zip(labels, table.rows) {
                    let value = row.dropFirst().map { Self.oneLine($0.value.display(l)) }.joined(separator: "  ")
                    // "Heures réalisées   : 28 h" in French, "Hours delivered:    28 h" in English.
                    let labelled = l == .fr ? label.padding(toLength: width, withPad: " ", startingAt: 0) + " : "
                        : (label + ":").padding(toLength: width + 2, withPad: " ", startingAt: 0)
                    lines.append(labelled + value)
                }
            case .grid:
                let cells = [table.columns] + table.rows.map { $0.map { Self.oneLine($0.value.display(l)) } }
                let numeric = table.columns.indices.map { column in
                    table.rows.contains { $0[column].value.isNumber }
                }
                let widths = table.columns.indices.map { column in cells.map { $0[column].count }.max() ?? 0 }
                for (index, row) in cells.enumerated() {
                    let line = row.enumerated().map { column, cell in
                        let pad = String(repeating: " ", count: widths[column] - cell.count)
                        return index > 0 && numeric[column] ? pad + cell : cell + pad
                    }.joined(separator: "  ")
                    lines.append("  " + line.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression))
                    if index == 0 { lines.append("  " + widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")) }
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// What a coordinator pastes into a bilan: the title, the heading as a list, then every
    /// table as a Markdown table. Every piece of user text is escaped (`MarkdownText`): it
    /// cannot inject HTML or break a table.
    public func markdown(language l: Language) -> String {
        let layout = layout(language: l)
        var md: [String] = ["# " + MarkdownText.escape(layout.title), ""]
        for table in layout.tables {
            if table.id == "about" {
                md += table.rows.map { row in
                    "- **" + MarkdownText.escape(row[0].value.display(l)) + "**" + (l == .fr ? " : " : ": ")
                        + MarkdownText.escape(row.dropFirst().map { $0.value.display(l) }.joined(separator: " "))
                }
                md.append("")
                continue
            }
            md += ["## " + MarkdownText.escape(table.title), ""]
            if table.rows.isEmpty, let empty = table.empty {
                md += ["*" + MarkdownText.escape(empty) + "*", ""]
                continue
            }
            let cell = MarkdownText.escape
            let numeric = table.columns.indices.map { column in table.rows.contains { $0[column].value.isNumber } }
            md.append("| " + table.columns.map(cell).joined(separator: " | ") + " |")
            md.append("|" + numeric.map { $0 ? " ---: " : " --- " }.joined(separator: "|") + "|")
            md += table.rows.map { row in "| " + row.map { cell($0.value.display(l)) }.joined(separator: " | ") + " |" }
            md.append("")
        }
        return md.joined(separator: "\n")
    }

    /// A cell on one line: a line break in a name would break the alignment.
    static func oneLine(_ text: String) -> String {
        text.split(omittingEmptySubsequences: false) { $0.isNewline }.joined(separator: " ")
    }
}

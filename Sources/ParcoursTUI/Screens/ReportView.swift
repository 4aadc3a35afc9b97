import ParcoursDomain
import ParcoursKit
import TerminalKit

/// A cohort's or programme's funder report, from ParcoursKit's `ReportLayout` (the tables
/// every format writes); `m` saves it as Markdown.
enum ReportView {
    static func scopeName(_ scope: ReportScope, _ state: State) -> String {
        switch scope {
        case .all: return ""
        case .programme(let id): return state.programmes[id]?.name ?? id
        case .cohort(let id): return state.cohorts[id]?.name ?? id
        case .operator(let id): return state.organisations[id]?.name ?? id
        }
    }

    /// Every line of the report for a screen `key.width` wide, from the same layout as the
    /// text, Markdown and CSV reports: computing it is what costs, so `Derive` does it
    /// once per state, scope, day, language and width.
    static func lines(_ state: State, _ key: ReportLines.Key) -> [(String, Style)] {
        let l = key.language, width = key.width
        let layout = ReportDocument(state: state, scope: key.scope, today: key.today).layout(language: l)
        var out: [(String, Style)] = []
        for table in layout.tables {
            if table.id != "about" { out.append((" " + table.title, Style(bold: true, underline: true))) }
            if table.rows.isEmpty {
                out.append(("  " + (table.id == "holders" ? UIText.reportNoHolder.text(l) : table.empty ?? ""), Palette.dim))
            } else if table.id == "holders" {
                out += holderLines(table, l, width: width)
            } else {
                switch table.shape {
                case .figures:
                    let labelWidth = min(44, (table.rows.map { DisplayWidth.of($0[0].value.display(l)) }.max() ?? 0) + 2)
                    for row in table.rows {
                        let label = row[0].value.display(l)
                        let value = row.dropFirst().map { $0.value.display(l) }.joined(separator: " ")
                        out.append((" " + DisplayWidth.pad(label, to: labelWidth) + value, label.hasPrefix(" ") ? Palette.dim : .plain))
                    }
                case .grid:
                    // Each column as wide as its widest cell when they all fit; text columns
                    // share what is left otherwise.
                    var natural: [Int] = []
                    let columns = table.columns.indices.map { column -> TableColumn in
                        let numeric = table.rows.contains { $0[column].value.isNumber }
                        let widest = ([table.columns[column]] + table.rows.map { $0[column].value.display(l) }).map(DisplayWidth.of).max() ?? 1
                        natural.append(widest)
                        return numeric ? TableColumn(table.columns[column], width: .fixed(widest), alignment: .right)
                            : TableColumn(table.columns[column], width: .flexible(min: min(widest, 12), weight: 1))
                    }
                    let room = width - 2
                    let widths = natural.reduce(0, +) + natural.count - 1 <= room ? natural
                        : TableView.columnWidths(columns, totalWidth: room)
                    out.append((" " + line(table.columns, columns, widths, header: true), Style(bold: true)))
                    for row in table.rows {
                        out.append((" " + line(row.map { $0.value.display(l) }, columns, widths, header: false), .plain))
                    }
                }
            }
            out.append(("", .plain))
        }
        return out
    }

    /// The per-holder table made to fit: holder, project, sessions attended/counted,
    /// attendance, stage at entry → now (once when unchanged), participation.
    static func holderLines(_ table: ReportTable, _ l: Language, width: Int) -> [(String, Style)] {
        let columns = [
            TableColumn(UIText.colHolder.text(l), width: .flexible(min: 12, weight: 2)),
            TableColumn(UIText.colProject.text(l), width: .flexible(min: 10, weight: 2)),
            TableColumn(UIText.sessions.text(l), width: .fixed(8), alignment: .right),
            TableColumn(UIText.colAttendance.text(l), width: .fixed(7), alignment: .right),
            TableColumn(UIText.colStageMove.text(l), width: .flexible(min: 16, weight: 2)),
            TableColumn("Participation", width: .fixed(13)),
        ]
        let widths = TableView.columnWidths(columns, totalWidth: width - 2)
        var out = [(" " + line(columns.map(\.title), columns, widths, header: true), Style(bold: true))]
        for cells in table.rows where cells.count >= 10 {
            let row = cells.map { $0.value.display(l) }
            let stages = row[6] == row[7] ? row[7] : row[6] + " → " + row[7]
            out.append((" " + line([row[0], row[2], "\(row[3])/\(row[4])", row[5], stages, row[9]], columns, widths, header: false), .plain))
        }
        return out
    }

    static func line(_ cells: [String], _ columns: [TableColumn], _ widths: [Int], header: Bool) -> String {
        zip(cells, widths).enumerated().map { k, pair in
            let alignment = header ? .left : columns[k].alignment
            return DisplayWidth.pad(DisplayWidth.truncate(pair.0, to: pair.1), to: pair.1, alignment: alignment)
        }.joined(separator: " ")
    }

    static func draw(_ m: Model, _ rs: ReportScreen, into c: inout Canvas) -> String {
        let area = c.bounds
        let all = m.reportLines(rs.scope)
        let height = area.height - 1
        let scroll = max(0, min(rs.scroll, all.count - height))
        for (r, line) in all.dropFirst(scroll).prefix(height).enumerated() {
            c.put(line.0, row: r, col: 0, style: line.1, maxWidth: area.width, overflow: .ellipsis)
        }
        c.put(" " + UIText.reportExportHint.text(m.language), row: area.height - 1, col: 0, style: Palette.dim,
              maxWidth: area.width)
        return "\(scroll + 1)–\(min(all.count, scroll + height))/\(all.count)"
    }
}

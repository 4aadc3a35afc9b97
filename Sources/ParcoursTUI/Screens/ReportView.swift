import ParcoursDomain
import ParcoursKit
import TerminalKit

/// A cohort's or programme's funder report, from ParcoursKit's `ReportDocument`: the key
/// figures, then one line per holder; `m` saves it as Markdown.
enum ReportView {
    static func scopeName(_ scope: ReportScope, _ state: State) -> String {
        switch scope {
        case .all: return ""
        case .programme(let id): return state.programmes[id]?.name ?? id
        case .cohort(let id): return state.cohorts[id]?.name ?? id
        }
    }

    /// Every line of the report for a screen `key.width` wide: computing the report is
    /// what costs, so `Derive` does it once per state, scope, day, language and width.
    static func lines(_ state: State, _ key: ReportLines.Key) -> [(String, Style)] {
        let l = key.language, width = key.width
        let document = ReportDocument(state: state, scope: key.scope, today: key.today)
        var out: [(String, Style)] = []
        let figures = document.figures(language: l)
        let labelWidth = min(44, (figures.map { DisplayWidth.of($0.0) }.max() ?? 0) + 2)
        for (label, value) in figures {
            out.append((" " + DisplayWidth.pad(label, to: labelWidth) + value, label.hasPrefix(" ") ? Palette.dim : .plain))
        }
        out.append(("", .plain))
        out.append((" " + UIText.reportHolders.text(l), Style(bold: true, underline: true)))
        // Holder, project, sessions attended/counted, attendance, stage at entry → now, participation.
        let rows = document.rows(language: l)
        let columns = [
            TableColumn(UIText.colHolder.text(l), width: .flexible(min: 12, weight: 2)),
            TableColumn(UIText.colProject.text(l), width: .flexible(min: 10, weight: 2)),
            TableColumn(UIText.sessions.text(l), width: .fixed(8), alignment: .right),
            TableColumn(UIText.colAttendance.text(l), width: .fixed(7), alignment: .right),
            TableColumn(UIText.colStageMove.text(l), width: .flexible(min: 16, weight: 2)),
            TableColumn("Participation", width: .fixed(13)),
        ]
        let widths = TableView.columnWidths(columns, totalWidth: width - 2)
        func line(_ cells: [String], header: Bool) -> String {
            zip(cells, widths).enumerated().map { k, pair in
                let alignment = header ? .left : columns[k].alignment
                return DisplayWidth.pad(DisplayWidth.truncate(pair.0, to: pair.1), to: pair.1, alignment: alignment)
            }.joined(separator: " ")
        }
        out.append((" " + line(columns.map(\.title), header: true), Style(bold: true)))
        for row in rows.dropFirst() where row.count >= 10 {
            // An unchanged stage shows once.
            let stages = row[6] == row[7] ? row[7] : row[6] + " → " + row[7]
            out.append((" " + line([row[0], row[2], "\(row[3])/\(row[4])", row[5], stages, row[9]], header: false), .plain))
        }
        if rows.count <= 1 { out.append(("  " + UIText.noParticipant.text(l), Palette.dim)) }
        return out
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

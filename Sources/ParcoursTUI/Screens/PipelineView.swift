import ParcoursDomain
import ParcoursKit
import TerminalKit

/// One column per stage with a card per project (holder, project, days in stage);
/// empty stages the programme does not target are folded into one summary line above
/// the board ("Autres étapes : Envie 0 · Test 0 — z : tout afficher").
enum PipelineView {
    static let cardHeight = 3

    static func draw(_ m: Model, _ cs: CohortScreen, into c: inout Canvas) -> String {
        let l = m.language
        let columns = Rows.pipeline(m.state, cohort: cs.cohort, fold: cs.foldStages)
        let open = columns.filter { !$0.folded }
        let folded = columns.filter(\.folded)
        var area = c.bounds
        if !folded.isEmpty {
            let list = folded.map { "\(Catalog.label($0.stage, l)) \($0.cards.count)" }.joined(separator: " · ")
            let hint = "  (" + UIText.showAllStages.text(l) + ")"
            let end = c.put(UIText.otherStages.text(l) + (l == .fr ? " : " : ": ") + list, row: 0, col: 0, style: Palette.dim,
                            maxWidth: area.width - DisplayWidth.of(hint), overflow: .ellipsis)
            c.put(hint, row: 0, col: end, style: Palette.dim, maxWidth: area.width - end)
            area = Rect(row: 1, col: 0, width: area.width, height: area.height - 1)
        }
        var result = ""
        c.withRegion(area) { c in result = board(m, cs, open, into: &c) }
        return result
    }

    static func board(_ m: Model, _ cs: CohortScreen, _ open: [Rows.Column], into c: inout Canvas) -> String {
        let l = m.language
        let area = c.bounds
        let selectedColumn = max(0, min(cs.pipelineColumn, open.count - 1))
        let openWidth = max(8, area.width / max(1, open.count))
        var col = 0
        var openIndex = 0
        for column in open {
            let isSelected = openIndex == selectedColumn
            // The last column takes what integer division left.
            let width = openIndex == open.count - 1 ? area.width - col : min(openWidth, area.width - col)
            let title = "\(Catalog.label(column.stage, l)) (\(column.cards.count))"
            c.fill(Rect(row: 0, col: col, width: width - 1, height: 1), style: Palette.stage(column.stage))
            c.put(title, row: 0, col: col, style: isSelected ? Palette.stage(column.stage).with(bold: true) : Palette.stage(column.stage),
                  maxWidth: width - 1, overflow: .ellipsis)
            let capacity = max(1, (area.height - 1) / cardHeight)
            let selectedCard = isSelected ? max(0, min(cs.pipelineCard, column.cards.count - 1)) : -1
            let first = max(0, selectedCard - capacity + 1)
            for (k, card) in column.cards.dropFirst(first).prefix(capacity).enumerated() {
                let index = first + k
                let row = 1 + k * cardHeight
                let style = index == selectedCard ? Palette.selected : Style.plain
                if index == selectedCard {
                    c.fill(Rect(row: row, col: col, width: width - 1, height: cardHeight - 1), style: style)
                }
                c.put(card.holder.name, row: row, col: col, style: style.with(bold: true), maxWidth: width - 1, overflow: .ellipsis)
                var second = card.project.title
                let days = m.state.daysInCurrentStage(project: card.project.id, asOf: m.today) ?? 0
                let tail = card.project.status == .actif
                    ? UIText.days(days, l) : Catalog.label(card.project.status, l)
                second = DisplayWidth.truncate(second, to: max(1, width - 2 - DisplayWidth.of(tail))) + " "
                second = DisplayWidth.pad(second, to: max(0, width - 1 - DisplayWidth.of(tail))) + tail
                c.put(second, row: row + 1, col: col, style: style, maxWidth: width - 1)
            }
            if column.cards.isEmpty {
                c.put(UIText.noCard.text(l), row: 1, col: col, style: Palette.dim, maxWidth: width - 1, overflow: .ellipsis)
            }
            c.verticalLine(row: 0, col: col + width - 1, length: area.height, style: Palette.dim)
            col += width
            openIndex += 1
        }
        let position = open.isEmpty ? 0 : max(0, min(cs.pipelineCard, open[selectedColumn].cards.count - 1))
        let count = open.isEmpty ? 0 : open[selectedColumn].cards.count
        return UIText.rowPosition(position, count, l)
    }
}

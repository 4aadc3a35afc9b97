import ParcoursDomain
import ParcoursKit
import TerminalKit

/// One column per stage with a card per project (holder, project, days in stage);
/// empty stages the programme does not target fold into a narrow column.
enum PipelineView {
    static let foldedWidth = 3
    static let cardHeight = 3

    static func draw(_ m: Model, _ cs: CohortScreen, into c: inout Canvas) -> String {
        let l = m.language
        let area = c.bounds
        let columns = Rows.pipeline(m.state, cohort: cs.cohort, fold: cs.foldStages)
        let open = columns.filter { !$0.folded }
        let selectedColumn = max(0, min(cs.pipelineColumn, open.count - 1))
        let foldedCount = columns.count - open.count
        let openWidth = max(8, (area.width - foldedCount * foldedWidth) / max(1, open.count))
        var col = 0
        var openIndex = 0
        var total = 0
        for column in columns {
            total += column.cards.count
            if column.folded {
                // A folded stage: two letters of its name, and its (zero) count.
                let short = String(Vocabulary.fold(Catalog.label(column.stage, l)).prefix(2)).capitalized
                c.put(short, row: 0, col: col, style: Palette.dim)
                c.put("\(column.cards.count)", row: 1, col: col, style: Palette.dim)
                c.verticalLine(row: 0, col: col + foldedWidth - 1, length: area.height, style: Palette.dim)
                col += foldedWidth
                continue
            }
            let isSelected = openIndex == selectedColumn
            let width = min(openWidth, area.width - col)
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
        _ = total
        return UIText.rowPosition(position, count, l)
    }
}

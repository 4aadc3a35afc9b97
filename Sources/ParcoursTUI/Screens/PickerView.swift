import ParcoursDomain
import TerminalKit

/// A picker drawn as a centred panel: what is picked for, the search line, the items
/// (label, and dimmed what tells them apart), the keys at the bottom.
enum PickerView {
    static func width(_ area: Size) -> Int { min(76, area.width - 4) }

    /// The panel: as tall as its items need, at most the body.
    static func rect(_ picker: Picker, _ area: Size) -> Rect {
        let width = width(area)
        let noteLines = picker.note.map { wrap($0, width: width - 4).count + 1 } ?? 0
        let height = min(area.height, noteLines + (picker.searchable ? 2 : 0) + max(1, picker.shown.count) + 3)
        return Rect(row: max(0, (area.height - height) / 2), col: (area.width - width) / 2, width: width, height: height)
    }

    /// The item lines the panel has room for (what PgUp / PgDn move by).
    static func visibleRows(_ picker: Picker, _ m: Model) -> Int {
        let body = Size(width: m.size.width, height: m.size.height - 3)
        let width = width(body)
        let noteLines = picker.note.map { wrap($0, width: width - 4).count + 1 } ?? 0
        return max(1, body.height - 2 - noteLines - (picker.searchable ? 2 : 0) - 3)
    }

    /// Draws the picker; returns where the text cursor goes (the search line).
    static func draw(_ picker: Picker, _ m: Model, into c: inout Canvas) -> Position? {
        let l = m.language
        let rect = rect(picker, c.bounds.size)
        let inner = Panel.draw(into: &c, in: rect, title: picker.title.text(l))
        var row = inner.row
        for line in picker.note.map({ wrap($0, width: inner.width - 2) }) ?? [] where row < inner.bottom {
            c.put(line, row: row, col: inner.col + 1, maxWidth: inner.width - 2)
            row += 1
        }
        if picker.note != nil { row += 1 }
        var cursor: Position?
        if picker.searchable {
            let label = UIText.pickerSearch.text(l)
            let start = c.put(label, row: row, col: inner.col + 1, style: Palette.title, maxWidth: inner.width - 2)
            var field = picker.filter
            field.placeholder = UIText.pickerSearchHint.text(l)
            cursor = TextField.draw(field, into: &c, in: Rect(row: row, col: start, width: max(1, inner.right - 1 - start), height: 1),
                                    style: .underline, placeholderStyle: Palette.dim)
            row += 2
        }
        let shown = picker.shown
        let rows = max(1, inner.bottom - 1 - row)
        var selection = picker.selection
        selection.keepSelectionVisible(count: shown.count, visibleRows: rows)
        if shown.isEmpty {
            c.put(UIText.pickerNothing.text(l), row: row, col: inner.col + 1, style: Palette.dim, maxWidth: inner.width - 2)
        }
        for (i, item) in shown.dropFirst(selection.offset).prefix(rows).enumerated() {
            let selected = selection.offset + i == selection.selection
            let style = selected ? Palette.selected : Style.plain
            if selected { c.fill(Rect(row: row + i, col: inner.col, width: inner.width, height: 1), style: style) }
            let end = c.put((selected ? "▸ " : "  ") + item.label, row: row + i, col: inner.col, style: style.with(bold: selected),
                            maxWidth: inner.width - 1, overflow: .ellipsis)
            if !item.detail.isEmpty, end < inner.right - 4 {
                c.put("  " + item.detail, row: row + i, col: end, style: selected ? style : Palette.dim,
                      maxWidth: inner.right - 1 - end, overflow: .ellipsis)
            }
        }
        let position = shown.isEmpty ? "" : "  \(selection.selection + 1)/\(shown.count)"
        c.put(UIText.pickerHint.text(l) + position, row: inner.bottom - 1, col: inner.col + 1, style: Palette.dim,
              maxWidth: inner.width - 2, overflow: .ellipsis)
        return cursor
    }
}

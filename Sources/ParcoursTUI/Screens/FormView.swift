import ParcoursDomain
import TerminalKit

/// A form drawn as a centred panel: what it is about (its note) first, then one labelled
/// field per line, the inline validation message under a field, the refusal reason and
/// the keys at the bottom.
enum FormView {
    static let labelWidth = 20

    /// Draws the form; returns where the text cursor goes (region coordinates).
    static func draw(_ form: Form, _ l: Language, into c: inout Canvas) -> Position? {
        let area = c.bounds
        let width = min(72, area.width - 4)
        let errorLines = form.error.map { wrap($0, width: width - 4) } ?? []
        let noteLines = form.note.map { wrap($0, width: width - 4) } ?? []
        let top = noteLines.isEmpty ? 0 : noteLines.count + 1
        let height = min(area.height, top + form.fields.count * 2 + 3 + errorLines.count)
        let rect = Rect(row: max(0, (area.height - height) / 2), col: (area.width - width) / 2, width: width, height: height)
        let inner = Panel.draw(into: &c, in: rect, title: form.title.text(l))
        var cursor: Position?
        for (i, line) in noteLines.enumerated() {
            c.put(line, row: inner.row + i, col: inner.col + 1, maxWidth: inner.width - 2)
        }
        let fieldCol = inner.col + 1 + labelWidth
        let fieldWidth = inner.right - 1 - fieldCol
        for (i, field) in form.fields.enumerated() {
            let row = inner.row + top + i * 2
            let focused = i == form.focus
            c.put((focused ? "▸ " : "  ") + field.label.text(l) + (field.required ? " *" : ""), row: row, col: inner.col,
                  style: focused ? Palette.title : .plain, maxWidth: labelWidth)
            if field.kind == .choice {
                let label = field.choices.indices.contains(field.choice) ? field.choices[field.choice].label : ""
                c.put("◂ " + DisplayWidth.pad(label, to: max(0, fieldWidth - 4)) + " ▸", row: row, col: fieldCol,
                      style: focused ? Palette.selected : .plain, maxWidth: fieldWidth)
            } else if field.kind == .multi {
                // The stage under the cursor with its box, then what is ticked so far.
                let current = field.choices.indices.contains(field.choice) ? field.choices[field.choice] : nil
                let box = current.map { (field.picked.contains($0.id) ? "[x] " : "[ ] ") + $0.label } ?? ""
                let end = c.put("◂ " + DisplayWidth.pad(box, to: 24) + " ▸", row: row, col: fieldCol,
                                style: focused ? Palette.selected : .plain, maxWidth: fieldWidth)
                let picked = field.choices.filter { field.picked.contains($0.id) }.map(\.label)
                c.put(" " + (picked.isEmpty ? UIText.noneChosen.text(l) : picked.joined(separator: ", ")), row: row, col: end,
                      style: Palette.dim, maxWidth: fieldCol + fieldWidth - end, overflow: .ellipsis)
            } else {
                let p = TextField.draw(field.input, into: &c, in: Rect(row: row, col: fieldCol, width: fieldWidth, height: 2))
                if focused { cursor = p }
            }
        }
        var row = inner.row + top + form.fields.count * 2
        for line in errorLines where row < inner.bottom - 1 {
            c.put(line, row: row, col: inner.col + 1, style: Palette.error, maxWidth: inner.width - 2)
            row += 1
        }
        let multi = form.fields.indices.contains(form.focus) && form.fields[form.focus].kind == .multi
        c.put((multi ? UIText.formSpaceToggles : UIText.formSubmitHint).text(l), row: inner.bottom - 1, col: inner.col + 1, style: Palette.dim,
              maxWidth: inner.width - 2, overflow: .ellipsis)
        return cursor
    }
}

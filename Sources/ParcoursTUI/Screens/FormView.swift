import ParcoursDomain
import TerminalKit

/// A form drawn as a centred panel: what it is about (its note) first, then one labelled
/// field per line, the inline validation message under a field, the refusal reason and
/// the keys at the bottom. A stacked form (a questionnaire) puts each caption on a line
/// of its own above its value. Fields that do not fit scroll with the focus, the frame
/// saying how many are above and below.
enum FormView {
    static let labelWidth = 20

    /// Draws the form; returns where the text cursor goes (region coordinates).
    static func draw(_ form: Form, _ l: Language, into c: inout Canvas) -> Position? {
        let area = c.bounds
        let width = min(72, area.width - 4)
        let errorLines = form.error.map { wrap($0, width: width - 4) } ?? []
        let noteLines = form.note.map { wrap($0, width: width - 4) } ?? []
        let top = noteLines.isEmpty ? 0 : noteLines.count + 1
        let perField = form.stacked ? 3 : 2
        let height = min(area.height, top + form.fields.count * perField + 3 + errorLines.count)
        let rect = Rect(row: max(0, (area.height - height) / 2), col: (area.width - width) / 2, width: width, height: height)
        let inner = Panel.draw(into: &c, in: rect, title: form.title.text(l))
        var cursor: Position?
        for (i, line) in noteLines.enumerated() where i < inner.height - 1 {
            c.put(line, row: inner.row + i, col: inner.col + 1, maxWidth: inner.width - 2)
        }
        // The fields that fit, the focused one among them.
        let room = max(perField, inner.height - top - errorLines.count - 1)
        let visible = max(1, min(form.fields.count, room / perField))
        let first = max(0, min(form.focus - (visible - 1) / 2, form.fields.count - visible))
        let fieldCol = inner.col + 1 + labelWidth
        let fieldWidth = inner.right - 1 - fieldCol
        for (k, field) in form.fields.enumerated().dropFirst(first).prefix(visible) {
            let row = inner.row + top + (k - first) * perField
            let focused = k == form.focus
            let caption = (focused ? "▸ " : "  ") + (field.caption ?? field.label.text(l)) + (field.required ? " *" : "")
            let captionStyle = focused ? Palette.title : Style.plain
            if form.stacked {
                c.put(caption, row: row, col: inner.col, style: captionStyle, maxWidth: inner.width - 1, overflow: .ellipsis)
                let width = field.kind == .text ? inner.width - 6 : min(inner.width - 6, 36)
                let p = value(field, focused: focused, l, row: row + 1, col: inner.col + 4, width: width, into: &c)
                if focused { cursor = p }
            } else {
                c.put(caption, row: row, col: inner.col, style: captionStyle, maxWidth: labelWidth)
                let p = value(field, focused: focused, l, row: row, col: fieldCol, width: fieldWidth, into: &c)
                if focused { cursor = p }
            }
        }
        // Said on the frame, so nothing seems cut.
        if first > 0 {
            let more = " ▴ " + UIText.more(first, l) + " "
            c.put(more, row: rect.row, col: rect.right - 2 - DisplayWidth.of(more), style: Palette.dim)
        }
        let below = form.fields.count - first - visible
        if below > 0 {
            let more = " ▾ " + UIText.more(below, l) + " "
            c.put(more, row: rect.bottom - 1, col: rect.right - 2 - DisplayWidth.of(more), style: Palette.dim)
        }
        var row = inner.row + top + visible * perField
        for line in errorLines where row < inner.bottom - 1 {
            c.put(line, row: row, col: inner.col + 1, style: Palette.error, maxWidth: inner.width - 2)
            row += 1
        }
        let multi = form.fields.indices.contains(form.focus) && form.fields[form.focus].kind == .multi
        c.put((multi ? UIText.formSpaceToggles : UIText.formSubmitHint).text(l), row: inner.bottom - 1, col: inner.col + 1, style: Palette.dim,
              maxWidth: inner.width - 2, overflow: .ellipsis)
        return cursor
    }

    /// A field's value at `row` (its validation message on the line below); returns where
    /// the text cursor goes for a text field.
    static func value(_ field: Form.Field, focused: Bool, _ l: Language, row: Int, col: Int, width: Int,
                      into c: inout Canvas) -> Position? {
        if field.kind == .choice {
            let label = field.choices.indices.contains(field.choice) ? field.choices[field.choice].label : ""
            c.put("◂ " + DisplayWidth.pad(label, to: max(0, width - 4)) + " ▸", row: row, col: col,
                  style: focused ? Palette.selected : .plain, maxWidth: width)
            if let message = field.input.validationMessage {
                c.put(message, row: row + 1, col: col, style: Palette.error, maxWidth: width, overflow: .ellipsis)
            }
            return nil
        }
        if field.kind == .multi {
            // The choice under the cursor with its box, then what is ticked so far.
            let current = field.choices.indices.contains(field.choice) ? field.choices[field.choice] : nil
            let box = current.map { (field.picked.contains($0.id) ? "[x] " : "[ ] ") + $0.label } ?? ""
            let end = c.put("◂ " + DisplayWidth.pad(box, to: 24) + " ▸", row: row, col: col,
                            style: focused ? Palette.selected : .plain, maxWidth: width)
            let picked = field.choices.filter { field.picked.contains($0.id) }.map(\.label)
            c.put(" " + (picked.isEmpty ? UIText.noneChosen.text(l) : picked.joined(separator: ", ")), row: row, col: end,
                  style: Palette.dim, maxWidth: col + width - end, overflow: .ellipsis)
            return nil
        }
        return TextField.draw(field.input, into: &c, in: Rect(row: row, col: col, width: width, height: 2))
    }
}

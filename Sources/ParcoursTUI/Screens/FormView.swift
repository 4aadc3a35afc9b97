import TerminalKit

/// A form drawn as a centred panel: one labelled field per line, the inline validation
/// message under a field, the refusal reason and the keys at the bottom.
enum FormView {
    static let labelWidth = 20

    /// Draws the form; returns where the text cursor goes (region coordinates).
    static func draw(_ form: Form, _ l: Lang, into c: inout Canvas) -> Position? {
        let area = c.bounds
        let width = min(72, area.width - 4)
        let errorLines = form.error.map { wrap($0, width: width - 4) } ?? []
        let height = min(area.height, form.fields.count * 2 + 3 + errorLines.count)
        let rect = Rect(row: max(0, (area.height - height) / 2), col: (area.width - width) / 2, width: width, height: height)
        let inner = Panel.draw(into: &c, in: rect, title: form.title.text(l))
        var cursor: Position?
        let fieldCol = inner.col + 1 + labelWidth
        let fieldWidth = inner.right - 1 - fieldCol
        for (i, field) in form.fields.enumerated() {
            let row = inner.row + i * 2
            let focused = i == form.focus
            c.put((focused ? "▸ " : "  ") + field.label.text(l) + (field.required ? " *" : ""), row: row, col: inner.col,
                  style: focused ? Palette.title : .plain, maxWidth: labelWidth)
            if field.kind == .choice {
                let label = field.choices.indices.contains(field.choice) ? field.choices[field.choice].label : ""
                c.put("◂ " + DisplayWidth.pad(label, to: max(0, fieldWidth - 4)) + " ▸", row: row, col: fieldCol,
                      style: focused ? Palette.selected : .plain, maxWidth: fieldWidth)
            } else {
                let p = TextField.draw(field.input, into: &c, in: Rect(row: row, col: fieldCol, width: fieldWidth, height: 2))
                if focused { cursor = p }
            }
        }
        var row = inner.row + form.fields.count * 2
        for line in errorLines where row < inner.bottom - 1 {
            c.put(line, row: row, col: inner.col + 1, style: Palette.error, maxWidth: inner.width - 2)
            row += 1
        }
        c.put(UIText.formSubmitHint.text(l), row: inner.bottom - 1, col: inner.col + 1, style: Palette.dim,
              maxWidth: inner.width - 2, overflow: .ellipsis)
        return cursor
    }
}

/// The `?` screen, generated from the keymap of the current screen, then the global one.
enum HelpView {
    static func lines(_ m: Model) -> [(String, Style)] {
        let l = m.language
        var out: [(String, Style)] = []
        func table(_ bindings: [Binding]) {
            for b in bindings {
                let keys = b.keys.map { $0.displayName(l.terminal) }.joined(separator: " ")
                out.append(("  " + DisplayWidth.pad(keys, to: 16) + b.help.text(l), .plain))
            }
        }
        out.append((View.title(m), Palette.title))
        table(Keymap.bindings(for: m.screen))
        out.append(("", .plain))
        out.append((UIText.helpGlobal.text(l), Palette.title))
        table(Keymap.global)
        out.append(("", .plain))
        out.append((": " + UIText.commandLineUsage.text(l), Palette.dim))
        return out
    }

    static func draw(_ m: Model, scroll: Int, into c: inout Canvas) {
        let area = c.bounds
        let inner = Panel.draw(into: &c, in: Rect(row: 0, col: 2, width: area.width - 4, height: area.height),
                               title: UIText.help.text(m.language) + " — " + UIText.helpFooter.text(m.language))
        var rows: [(String, Style)] = []
        for (text, style) in lines(m) {
            // Key lines keep their alignment; only long prose is wrapped.
            if DisplayWidth.of(text) <= inner.width - 2 { rows.append((text, style)); continue }
            for chunk in wrap(text, width: inner.width - 2) { rows.append((chunk, style)) }
        }
        let first = max(0, min(scroll, rows.count - inner.height))
        for (r, line) in rows.dropFirst(first).prefix(inner.height).enumerated() {
            c.put(line.0, row: inner.row + r, col: inner.col + 1, style: line.1, maxWidth: inner.width - 2)
        }
    }
}

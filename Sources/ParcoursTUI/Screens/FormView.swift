import ParcoursDomain
import TerminalKit

/// A form drawn as a centred panel: one labelled field per line, the inline validation
/// message under a field, the refusal reason and the keys at the bottom.
enum FormView {
    static let labelWidth = 20

    /// Draws the form; returns where the text cursor goes (region coordinates).
    static func draw(_ form: Form, _ l: Language, into c: inout Canvas) -> Position? {
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
        var row = inner.row + form.fields.count * 2
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

/// The `?` screen, generated from the keymap of the current screen, then the global one.
/// When one column does not fit the screen, the lines flow into two columns, each help
/// text wrapped under its keys; it scrolls only if two columns still do not fit.
enum HelpView {
    /// One line of help: a title, a key binding, a blank, or prose.
    enum Entry {
        case title(String)
        case binding(keys: String, help: String)
        case blank
        case prose(String)
    }

    static func entries(_ m: Model) -> [Entry] {
        let l = m.language
        var out: [Entry] = [.title(View.title(m))]
        func table(_ bindings: [Binding]) {
            for b in bindings {
                out.append(.binding(keys: b.keys.map { $0.displayName(l.labels) }.joined(separator: " "), help: b.help.text(l)))
            }
        }
        table(Keymap.bindings(for: m.screen))
        out.append(.blank)
        out.append(.title(UIText.helpGlobal.text(l)))
        table(Keymap.global)
        out.append(.blank)
        out.append(.prose(": " + UIText.commandLineUsage.text(l)))
        return out
    }

    /// The entries laid out for a column `width` wide, keys padded to `keyWidth`.
    static func rows(_ entries: [Entry], width: Int, keyWidth: Int, indent: Int = 2) -> [(String, Style)] {
        var rows: [(String, Style)] = []
        for entry in entries {
            switch entry {
            case .title(let text): rows.append((text, Palette.title))
            case .blank: rows.append(("", .plain))
            case .prose(let text): rows += wrap(text, width: width).map { ($0, Palette.dim) }
            case .binding(let keys, let help):
                let lead = String(repeating: " ", count: indent) + DisplayWidth.pad(keys, to: keyWidth)
                let chunks = wrap(help, width: max(8, width - DisplayWidth.of(lead)))
                for (k, chunk) in chunks.enumerated() {
                    rows.append(((k == 0 ? lead : String(repeating: " ", count: DisplayWidth.of(lead))) + chunk, .plain))
                }
            }
        }
        return rows
    }

    static func draw(_ m: Model, scroll: Int, into c: inout Canvas) {
        let area = c.bounds
        // The whole width, so nothing of the screen below shows at the edges.
        let inner = Panel.draw(into: &c, in: area, title: UIText.help.text(m.language) + " — " + UIText.helpFooter.text(m.language))
        let all = entries(m)
        var columns = [rows(all, width: inner.width - 2, keyWidth: 16)]
        var footer: [(String, Style)] = []
        if columns[0].count > inner.height {
            // Two columns of key bindings, balanced, then the prose across the whole width.
            let width = (inner.width - 3) / 2
            let keyWidth = (all.compactMap { if case .binding(let keys, _) = $0 { DisplayWidth.of(keys) } else { nil } }.max() ?? 9) + 1
            let bindings = rows(all.filter { if case .prose = $0 { false } else { true } }, width: width, keyWidth: keyWidth, indent: 1)
            footer = rows(all.filter { if case .prose = $0 { true } else { false } }, width: inner.width - 2, keyWidth: 0)
            var split = (bindings.count + 1) / 2
            // Start the second column on a group's title rather than in the middle of one.
            if let blank = bindings.indices.last(where: { bindings[$0].0.isEmpty }), blank >= split - 3, blank < split + 3 {
                split = blank + 1
            }
            columns = [Array(bindings.prefix(split)), Array(bindings.dropFirst(split))]
            while columns[1].last?.0.isEmpty == true { columns[1].removeLast() }
        }
        let width = columns.count == 1 ? inner.width - 2 : (inner.width - 3) / 2
        let tallest = (columns.map(\.count).max() ?? 0) + footer.count
        let first = max(0, min(scroll, tallest - inner.height))
        var lines: [[(String, Style)]] = columns
        if !footer.isEmpty {
            let height = columns.map(\.count).max() ?? 0
            lines = columns.map { $0 + Array(repeating: ("", Style.plain), count: height - $0.count) }
            lines[0] += footer
        }
        for (k, column) in lines.enumerated() {
            let col = inner.col + 1 + k * (width + 1)
            for (r, line) in column.dropFirst(first).prefix(inner.height).enumerated() {
                // The footer spans both columns.
                let room = columns.count > 1 && r + first >= (columns.map(\.count).max() ?? 0) ? inner.width - 2 : width
                c.put(line.0, row: inner.row + r, col: col, style: line.1, maxWidth: room, overflow: .ellipsis)
            }
        }
    }
}

import ParcoursDomain
import TerminalKit

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
        if let verbs = UIText.screenVerbs(m.screen, l) { out.append(.prose(verbs)) }
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
        let (columns, footer) = layout(m, inner: inner)
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

    /// The help's lines in one column, or in two (then the prose in a footer across both)
    /// when one does not fit the panel's inside.
    static func layout(_ m: Model, inner: Rect) -> (columns: [[(String, Style)]], footer: [(String, Style)]) {
        let all = entries(m)
        var columns = [rows(all, width: inner.width - 2, keyWidth: 16)]
        var footer: [(String, Style)] = []
        if columns[0].count > inner.height {
            // Two columns of key bindings, balanced, then the prose across the whole width.
            let width = (inner.width - 3) / 2
            let keyWidth = (all.compactMap { if case .binding(let keys, _) = $0 { DisplayWidth.of(keys) } else { nil } }.max() ?? 9) + 1
            // Each entry's rows apart, so a binding whose help wraps is never cut between columns.
            let entries = all.filter { if case .prose = $0 { false } else { true } }
                .map { rows([$0], width: width, keyWidth: keyWidth, indent: 1) }
            let bindings = entries.flatMap { $0 }
            footer = rows(all.filter { if case .prose = $0 { true } else { false } }, width: inner.width - 2, keyWidth: 0)
            var split = (bindings.count + 1) / 2
            // Start the second column on a group's title rather than in the middle of one.
            if let blank = bindings.indices.last(where: { bindings[$0].0.isEmpty }), blank >= split - 3, blank < split + 3 {
                split = blank + 1
            }
            var starts: [Int] = []
            var row = 0
            for entry in entries {
                if row > 0 { starts.append(row) }
                row += entry.count
            }
            split = starts.min { abs($0 - split) < abs($1 - split) } ?? split
            columns = [Array(bindings.prefix(split)), Array(bindings.dropFirst(split))]
            while columns[1].last?.0.isEmpty == true { columns[1].removeLast() }
        }
        return (columns, footer)
    }
}

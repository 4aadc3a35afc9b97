import ParcoursDomain
import TerminalKit

/// A question drawn as a centred dialog: what will happen, the refusal when there was
/// one, the two buttons (the cancelling one first) and their keys.
enum ConfirmView {
    static func draw(_ confirm: Confirm, _ l: Language, into c: inout Canvas) {
        let area = c.bounds
        let width = min(68, area.width - 4)
        var lines: [(String, Style)] = []
        for (i, paragraph) in confirm.lines.enumerated() {
            if i > 0 { lines.append(("", .plain)) }
            // The question itself stands out; what follows explains it.
            lines += wrap(paragraph, width: width - 4).map { ($0, i == 0 ? Style.bold : .plain) }
        }
        if let error = confirm.error {
            lines.append(("", .plain))
            lines += wrap(error, width: width - 4).map { ($0, Palette.error) }
        }
        let height = min(area.height, lines.count + 5)
        let rect = Rect(row: max(0, (area.height - height) / 2), col: (area.width - width) / 2, width: width, height: height)
        let inner = Panel.draw(into: &c, in: rect, title: confirm.title, style: confirm.final ? Palette.error : .plain)
        for (i, line) in lines.prefix(max(0, inner.height - 3)).enumerated() {
            c.put(line.0, row: inner.row + i, col: inner.col + 1, style: line.1, maxWidth: inner.width - 2)
        }
        let buttons = [UIText.buttonCancel.text(l), confirm.confirmLabel]
        let labels = buttons.map { "  " + $0 + "  " }
        let total = labels.reduce(0) { $0 + DisplayWidth.of($1) } + 3
        var col = inner.col + max(0, (inner.width - total) / 2)
        for (i, label) in labels.enumerated() {
            let style = i == confirm.selected ? (i == 1 && confirm.final ? Palette.error.with(reverse: true) : Palette.selected)
                : Style(underline: true)
            col = c.put(label, row: inner.bottom - 2, col: col, style: style, maxWidth: max(0, inner.right - col)) + 3
        }
        c.put(UIText.confirmHint.text(l), row: inner.bottom - 1, col: inner.col + 1, style: Palette.dim, maxWidth: inner.width - 2,
              overflow: .ellipsis)
    }
}

extension ConfirmView {
    /// What a final action did, whole, and the key that closes it.
    static func draw(_ notice: Notice, _ l: Language, into c: inout Canvas) {
        let area = c.bounds
        let width = min(68, area.width - 4)
        let lines = wrap(notice.text, width: width - 4)
        let height = min(area.height, lines.count + 4)
        let rect = Rect(row: max(0, (area.height - height) / 2), col: (area.width - width) / 2, width: width, height: height)
        let inner = Panel.draw(into: &c, in: rect, title: notice.title)
        for (i, line) in lines.prefix(max(0, inner.height - 2)).enumerated() {
            c.put(line, row: inner.row + i, col: inner.col + 1, maxWidth: inner.width - 2)
        }
        c.put(UIText.noticeHint.text(l), row: inner.bottom - 1, col: inner.col + 1, style: Palette.dim, maxWidth: inner.width - 2,
              overflow: .ellipsis)
    }
}

extension Style {
    func with(reverse: Bool) -> Style {
        var s = self
        s.reverse = reverse
        return s
    }
}

/// A centred dialog: a titled box, a wrapped message and a row of buttons.
public struct Dialog: Sendable, Hashable {
    public var title: String
    public var message: String
    public var buttons: [String]
    public var selected: Int

    public init(title: String, message: String, buttons: [String] = [], selected: Int = 0) {
        self.title = title
        self.message = message
        self.buttons = buttons
        self.selected = selected
    }

    /// ←/→ and Tab/Shift-Tab move between buttons. Returns true if handled.
    @discardableResult
    public mutating func handle(_ key: Key) -> Bool {
        guard !buttons.isEmpty else { return false }
        switch key {
        case .left, .backTab: selected = (selected + buttons.count - 1) % buttons.count
        case .right, .tab: selected = (selected + 1) % buttons.count
        default: return false
        }
        return true
    }

    /// Draws the dialog centred in the canvas' current region, at most `width` columns
    /// wide; returns its rectangle.
    @discardableResult
    public func draw(into canvas: inout Canvas, width: Int = 50, buttonStyle: Style = .reverse) -> Rect {
        let area = canvas.bounds
        let w = min(width, area.width)
        let lines = wrap(message, width: max(1, w - 4))
        let buttonRow = buttons.isEmpty ? 0 : 2
        let h = min(area.height, lines.count + 2 + buttonRow)
        let rect = Rect(row: (area.height - h) / 2, col: (area.width - w) / 2, width: w, height: h)
        let inner = Panel.draw(into: &canvas, in: rect, title: title)
        for (i, line) in lines.prefix(max(0, inner.height - buttonRow)).enumerated() {
            canvas.put(line, row: inner.row + i, col: inner.col + 1, maxWidth: inner.width - 1)
        }
        if !buttons.isEmpty && inner.height >= 1 {
            let labels = buttons.map { "[ \($0) ]" }
            let total = labels.reduce(0) { $0 + DisplayWidth.of($1) } + 2 * (labels.count - 1)
            var c = inner.col + max(0, (inner.width - total) / 2)
            for (i, label) in labels.enumerated() {
                c = canvas.put(label, row: inner.bottom - 1, col: c, style: i == selected ? buttonStyle : .plain,
                               maxWidth: max(0, inner.right - c)) + 2
            }
        }
        return rect
    }
}

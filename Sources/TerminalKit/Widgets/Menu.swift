/// A choice list: labels with an optional key hint on the right, one of them selected.
public struct Menu: Sendable, Hashable {
    public struct Item: Sendable, Hashable {
        public var label: String
        public var hint: String
        public init(_ label: String, hint: String = "") {
            self.label = label
            self.hint = hint
        }
    }

    public var items: [Item]
    public var selected: Int

    public init(items: [Item], selected: Int = 0) {
        self.items = items
        self.selected = selected
    }

    /// ↑/↓ (k/j) move, wrapping around. Returns true if the key was handled.
    @discardableResult
    public mutating func handle(_ key: Key) -> Bool {
        guard !items.isEmpty else { return false }
        switch key {
        case .up, .character("k"): selected = (selected + items.count - 1) % items.count
        case .down, .character("j"): selected = (selected + 1) % items.count
        default: return false
        }
        return true
    }

    /// Draws one item per row: "▸ label" for the selected one, hints right-aligned.
    public func draw(into canvas: inout Canvas, in rect: Rect, selectedStyle: Style = .reverse) {
        canvas.withRegion(rect) { c in
            c.fill(Rect(size: rect.size))
            for (i, item) in items.prefix(rect.height).enumerated() {
                let isSelected = i == selected
                let style = isSelected ? selectedStyle : .plain
                let hintWidth = DisplayWidth.of(item.hint)
                let labelRoom = rect.width - 2 - (hintWidth > 0 ? hintWidth + 1 : 0)
                let label = DisplayWidth.pad(item.label, to: max(0, labelRoom))
                var line = (isSelected ? "▸ " : "  ") + label
                if hintWidth > 0 { line += " " + item.hint }
                c.put(DisplayWidth.pad(line, to: rect.width), row: i, col: 0, style: style, maxWidth: rect.width)
            }
        }
    }
}

/// A single-column scrolling list with a selected row; items are asked for only when visible.
public struct ListView {
    public var count: Int
    public var item: (Int) -> String
    public var selectedStyle: Style = .reverse
    /// Drawn before the selected item ("▸ "), spaces before the others; "" for none.
    public var marker: String = "▸ "

    public init(count: Int, item: @escaping (Int) -> String) {
        self.count = count
        self.item = item
    }

    public func draw(into canvas: inout Canvas, in rect: Rect, state: SelectionState) {
        var s = state
        s.keepSelectionVisible(count: count, visibleRows: rect.height)
        let range = state.visibleRange(count: count, visibleRows: rect.height)
        let indent = String(repeating: " ", count: DisplayWidth.of(marker))
        canvas.withRegion(rect) { c in
            c.fill(Rect(size: rect.size))
            for index in range {
                let selected = index == s.selection
                let line = (selected ? marker : indent) + item(index)
                let r = index - range.lowerBound
                if selected { c.fill(Rect(row: r, col: 0, width: rect.width, height: 1), style: selectedStyle) }
                c.put(line, row: r, col: 0, style: selected ? selectedStyle : .plain, maxWidth: rect.width, overflow: .ellipsis)
            }
        }
    }
}

/// A bar of tab titles, the selected one highlighted: " Séances │ Porteurs ".
public struct Tabs: Sendable, Hashable {
    public var titles: [String]
    public var selected: Int

    public init(titles: [String], selected: Int = 0) {
        self.titles = titles
        self.selected = selected
    }

    /// Tab / Shift-Tab cycle through the tabs. Returns true if handled.
    @discardableResult
    public mutating func handle(_ key: Key) -> Bool {
        guard !titles.isEmpty else { return false }
        switch key {
        case .tab: selected = (selected + 1) % titles.count
        case .backTab: selected = (selected + titles.count - 1) % titles.count
        default: return false
        }
        return true
    }

    public func draw(into canvas: inout Canvas, row: Int, col: Int, width: Int,
                     selectedStyle: Style = Style(bold: true, reverse: true), style: Style = .plain) {
        canvas.fill(Rect(row: row, col: col, width: width, height: 1), style: style)
        var c = col
        let end = col + width
        for (i, title) in titles.enumerated() {
            if i > 0 { c = canvas.put("│", row: row, col: c, style: style, maxWidth: max(0, end - c)) }
            c = canvas.put(" \(title) ", row: row, col: c, style: i == selected ? selectedStyle : style,
                           maxWidth: max(0, end - c), overflow: .ellipsis)
            if c >= end { break }
        }
    }
}

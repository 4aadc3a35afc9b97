/// The selected row and the first visible row of a scrolling list or table.
///
/// Only this state is kept between frames; rows themselves are asked for when drawn,
/// so a list of 100,000 rows costs nothing until it is shown.
public struct SelectionState: Sendable, Hashable {
    /// The selected row (0 when the list is empty).
    public var selection: Int
    /// The first visible row.
    public var offset: Int

    public init(selection: Int = 0, offset: Int = 0) {
        self.selection = selection
        self.offset = offset
    }

    /// Clamps the selection to `count` rows and scrolls so that it is visible.
    public mutating func keepSelectionVisible(count: Int, visibleRows: Int) {
        selection = count == 0 ? 0 : min(max(0, selection), count - 1)
        let page = max(1, visibleRows)
        if selection < offset { offset = selection }
        if selection >= offset + page { offset = selection - page + 1 }
        offset = max(0, min(offset, max(0, count - page)))
    }

    /// Moves the selection by `delta` rows (clamped) and keeps it visible.
    public mutating func move(by delta: Int, count: Int, visibleRows: Int) {
        selection += delta
        keepSelectionVisible(count: count, visibleRows: visibleRows)
    }

    /// The usual list keys: ↑/↓, k/j, PgUp/PgDn, Home/End, g/G. Returns true if handled.
    @discardableResult
    public mutating func handle(_ key: Key, count: Int, visibleRows: Int) -> Bool {
        let page = max(1, visibleRows)
        switch key {
        case .up, .character("k"): move(by: -1, count: count, visibleRows: page)
        case .down, .character("j"): move(by: 1, count: count, visibleRows: page)
        case .pageUp: move(by: -page, count: count, visibleRows: page)
        case .pageDown: move(by: page, count: count, visibleRows: page)
        case .home, .character("g"): move(by: -selection, count: count, visibleRows: page)
        case .end, .character("G"): move(by: count, count: count, visibleRows: page)
        default: return false
        }
        return true
    }

    /// The rows shown in a viewport of `visibleRows` rows, once the selection is visible.
    public func visibleRange(count: Int, visibleRows: Int) -> Range<Int> {
        var s = self
        s.keepSelectionVisible(count: count, visibleRows: visibleRows)
        return s.offset..<min(count, s.offset + max(0, visibleRows))
    }
}

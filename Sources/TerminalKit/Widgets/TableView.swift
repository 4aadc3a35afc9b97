/// One column of a `TableView`.
public struct TableColumn: Sendable, Hashable {
    /// How wide a column is.
    public enum Width: Sendable, Hashable {
        /// Exactly this many columns.
        case fixed(Int)
        /// A share (`weight`) of the room left by fixed columns, never under `min`.
        case flexible(min: Int = 1, weight: Int = 1)
    }

    public var title: String
    public var width: Width
    public var alignment: Alignment

    public init(_ title: String, width: Width = .flexible(), alignment: Alignment = .left) {
        self.title = title
        self.width = width
        self.alignment = alignment
    }
}

/// A table with a header row, a selected row and virtual scrolling: only the visible
/// rows are asked for, through `row(at:)`.
public struct TableView {
    public var columns: [TableColumn]
    public var rowCount: Int
    /// The cells of one row, in column order.
    public var row: (Int) -> [String]
    public var headerStyle: Style = Style(bold: true, underline: true)
    public var selectedStyle: Style = .reverse
    /// Shown in the body when there are no rows.
    public var emptyMessage: String = ""

    public init(columns: [TableColumn], rowCount: Int, row: @escaping (Int) -> [String]) {
        self.columns = columns
        self.rowCount = rowCount
        self.row = row
    }

    /// Body rows visible in `rect` (one row goes to the header).
    public static func visibleRows(in rect: Rect) -> Int { max(0, rect.height - 1) }

    /// Column widths for a total width, with one space between columns: fixed columns
    /// first, then the rest shared by weight among flexible ones (at least their minimum).
    public static func columnWidths(_ columns: [TableColumn], totalWidth: Int) -> [Int] {
        guard !columns.isEmpty else { return [] }
        let room = max(0, totalWidth - (columns.count - 1))
        var widths = columns.map { column -> Int in
            switch column.width {
            case .fixed(let n): return n
            case .flexible(let minimum, _): return minimum
            }
        }
        let flexible = columns.indices.filter {
            if case .flexible = columns[$0].width { return true } else { return false }
        }
        var spare = room - widths.reduce(0, +)
        let totalWeight = flexible.reduce(0) { sum, i in
            if case .flexible(_, let w) = columns[i].width { return sum + max(0, w) } else { return sum }
        }
        if spare > 0 && totalWeight > 0 {
            var given = 0
            for i in flexible {
                guard case .flexible(_, let w) = columns[i].width else { continue }
                let share = spare * max(0, w) / totalWeight
                widths[i] += share
                given += share
            }
            // Hand out what integer division left, from the first flexible column.
            var left = spare - given
            var k = 0
            while left > 0 && !flexible.isEmpty {
                widths[flexible[k % flexible.count]] += 1
                left -= 1
                k += 1
            }
            spare = 0
        }
        return widths
    }

    /// Draws the header and the visible rows into `rect`; the selection is scrolled into
    /// view (keep `state` in sync with `SelectionState.keepSelectionVisible`).
    public func draw(into canvas: inout Canvas, in rect: Rect, state: SelectionState) {
        let widths = Self.columnWidths(columns, totalWidth: rect.width)
        canvas.withRegion(rect) { c in
            c.fill(Rect(row: 0, col: 0, width: rect.width, height: rect.height))
            drawRow(into: &c, row: 0, cells: columns.map(\.title), widths: widths, style: headerStyle, header: true)
            let visible = Self.visibleRows(in: rect)
            if rowCount == 0 {
                if visible > 0 { c.put(emptyMessage, row: 1, col: 0, style: .dim, maxWidth: rect.width, overflow: .ellipsis) }
                return
            }
            let range = state.visibleRange(count: rowCount, visibleRows: visible)
            var s = state
            s.keepSelectionVisible(count: rowCount, visibleRows: visible)
            for index in range {
                let selected = index == s.selection
                drawRow(into: &c, row: 1 + index - range.lowerBound, cells: row(index), widths: widths,
                        style: selected ? selectedStyle : .plain, header: false)
            }
        }
    }

    private func drawRow(into c: inout Canvas, row: Int, cells: [String], widths: [Int], style: Style, header: Bool) {
        if style != .plain { c.fill(Rect(row: row, col: 0, width: c.bounds.width, height: 1), style: style) }
        var col = 0
        for (i, width) in widths.enumerated() {
            let text = i < cells.count ? cells[i] : ""
            let alignment = header ? .left : columns[i].alignment
            c.put(DisplayWidth.pad(text, to: width, alignment: alignment), row: row, col: col, style: style, maxWidth: width)
            col += width + 1
        }
    }
}

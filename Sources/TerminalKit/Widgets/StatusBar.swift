/// The bottom line: where you are (left), the last message (middle), position (right).
public struct StatusBar: Sendable, Hashable {
    /// Breadcrumb parts, joined with " › ".
    public var breadcrumb: [String]
    public var message: String
    public var position: String

    public init(breadcrumb: [String] = [], message: String = "", position: String = "") {
        self.breadcrumb = breadcrumb
        self.message = message
        self.position = position
    }

    /// The right part is kept whole, the left part next, the message gets what is left.
    public func draw(into canvas: inout Canvas, row: Int, col: Int, width: Int,
                     style: Style = .reverse, messageStyle: Style? = nil) {
        canvas.fill(Rect(row: row, col: col, width: width, height: 1), style: style)
        let right = DisplayWidth.truncate(position, to: max(0, width - 2))
        let rightWidth = DisplayWidth.of(right)
        let left = DisplayWidth.truncate(breadcrumb.joined(separator: " › "), to: max(0, width - rightWidth - 3))
        let leftWidth = DisplayWidth.of(left)
        canvas.put(left, row: row, col: col + 1, style: style, maxWidth: leftWidth)
        canvas.put(right, row: row, col: col + width - 1 - rightWidth, style: style, maxWidth: rightWidth)
        let start = col + 1 + leftWidth + (leftWidth > 0 ? 2 : 0)
        let room = width - 1 - rightWidth - (rightWidth > 0 ? 2 : 0) - (start - col)
        guard room > 0, !message.isEmpty else { return }
        let shown = DisplayWidth.truncate(message, to: room)
        let offset = (room - DisplayWidth.of(shown)) / 2
        canvas.put(shown, row: row, col: start + offset, style: messageStyle ?? style, maxWidth: room)
    }
}

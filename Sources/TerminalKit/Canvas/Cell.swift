/// One terminal column: a grapheme cluster and its style.
///
/// A wide glyph lives in its left cell; the right cell is a continuation with empty text.
public struct Cell: Sendable, Hashable {
    /// One grapheme cluster (combining marks included), or "" for a continuation cell.
    public var text: String
    public var style: Style

    public init(_ text: String, style: Style = .plain) {
        self.text = text
        self.style = style
    }

    /// An empty (space) cell with the terminal's default look.
    public static let blank = Cell(" ")

    /// The right half of a wide glyph: drawn by its left neighbour, skipped by the backend.
    public var isContinuation: Bool { text.isEmpty }
}

/// A size in terminal columns (width) and rows (height).
public struct Size: Sendable, Hashable, CustomStringConvertible {
    public var width: Int
    public var height: Int
    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }
    /// True when both dimensions are at least those of `other`.
    public func fits(_ other: Size) -> Bool { width >= other.width && height >= other.height }
    public var description: String { "\(width)×\(height)" }
}

/// A position on screen: row then column, both from 0.
public struct Position: Sendable, Hashable {
    public var row: Int
    public var col: Int
    public init(row: Int, col: Int) {
        self.row = row
        self.col = col
    }
}

/// A rectangle of cells.
public struct Rect: Sendable, Hashable {
    public var row: Int
    public var col: Int
    public var width: Int
    public var height: Int

    public init(row: Int, col: Int, width: Int, height: Int) {
        self.row = row
        self.col = col
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public init(size: Size) { self.init(row: 0, col: 0, width: size.width, height: size.height) }

    public var size: Size { Size(width: width, height: height) }
    public var bottom: Int { row + height }
    public var right: Int { col + width }
    public var isEmpty: Bool { width == 0 || height == 0 }

    /// The overlap of two rectangles (empty when they do not meet).
    public func intersection(_ other: Rect) -> Rect {
        let top = max(row, other.row), left = max(col, other.col)
        let bottom = min(self.bottom, other.bottom), right = min(self.right, other.right)
        return Rect(row: top, col: left, width: right - left, height: bottom - top)
    }

    /// This rectangle shrunk by `by` cells on every side.
    public func inset(by amount: Int) -> Rect {
        Rect(row: row + amount, col: col + amount, width: width - 2 * amount, height: height - 2 * amount)
    }

    public func contains(row r: Int, col c: Int) -> Bool {
        r >= row && r < bottom && c >= col && c < right
    }
}

import SafeText

/// An in-memory grid of cells that views draw into; the backend copies it to the terminal.
///
/// Coordinates passed to drawing operations are relative to the current region (see
/// `withRegion`), and everything is clipped to it, so a widget can never draw outside
/// the rectangle it was given. A wide glyph takes two cells (the right one a continuation);
/// a glyph that would be cut in half is replaced by a space.
public struct Canvas: Sendable, Equatable {
    public let width: Int
    public let height: Int
    private(set) var cells: [Cell]
    /// Offset of the current region, in absolute coordinates.
    private var origin = Position(row: 0, col: 0)
    /// Absolute rectangle everything is clipped to.
    private var clip: Rect

    public init(width: Int, height: Int, fill: Cell = .blank) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: fill, count: self.width * self.height)
        clip = Rect(row: 0, col: 0, width: self.width, height: self.height)
    }

    public init(size: Size) { self.init(width: size.width, height: size.height) }

    public var size: Size { Size(width: width, height: height) }

    /// The current region in its own coordinates: origin (0, 0) and its visible size.
    public var bounds: Rect {
        Rect(row: 0, col: 0, width: clip.right - origin.col, height: clip.bottom - origin.row)
    }

    public static func == (lhs: Canvas, rhs: Canvas) -> Bool {
        lhs.width == rhs.width && lhs.height == rhs.height && lhs.cells == rhs.cells
    }

    /// The cell at an absolute position (regions do not apply).
    public subscript(row: Int, col: Int) -> Cell {
        get { cells[row * width + col] }
    }

    // MARK: - Regions

    /// Runs `body` with coordinates relative to `rect` (in current coordinates) and
    /// everything clipped to it; then restores the previous region.
    @discardableResult
    public mutating func withRegion<T>(_ rect: Rect, _ body: (inout Canvas) throws -> T) rethrows -> T {
        let savedOrigin = origin, savedClip = clip
        let absolute = Rect(row: origin.row + rect.row, col: origin.col + rect.col, width: rect.width, height: rect.height)
        origin = Position(row: absolute.row, col: absolute.col)
        clip = clip.intersection(absolute)
        if clip.isEmpty { clip = Rect(row: absolute.row, col: absolute.col, width: 0, height: 0) }
        defer { origin = savedOrigin; clip = savedClip }
        return try body(&self)
    }

    /// Copies another canvas at (row, col) of the current region, clipped.
    public mutating func draw(_ other: Canvas, atRow row: Int, col: Int) {
        for r in 0..<other.height {
            var c = 0
            while c < other.width {
                let cell = other[r, c]
                if cell.isContinuation { c += 1; continue }
                let w = max(1, DisplayWidth.of(cell.text))
                writeGlyph(cell.text, width: w, style: cell.style, row: row + r, col: col + c)
                c += w
            }
        }
    }

    // MARK: - Text

    /// What to do with text wider than the room it is given.
    public enum Overflow: Sendable {
        /// Cut at the edge (a wide glyph cut in half becomes a space).
        case clip
        /// Cut and end with "…".
        case ellipsis
    }

    /// Writes `text` from (row, col), at most `maxWidth` columns (and never past the region).
    /// Control characters, DEL, C1 controls and bidi overrides are shown visibly
    /// (`TerminalSafeText`: ESC as `␛`, U+202E as `<U+202E>`), whoever the caller: no cell
    /// ever holds a character the terminal would act on. Returns the column after the
    /// last one written.
    @discardableResult
    public mutating func put(_ text: String, row: Int, col: Int, style: Style = .plain,
                             maxWidth: Int? = nil, overflow: Overflow = .clip) -> Int {
        let limit = maxWidth ?? Int.max / 2
        var shown = TerminalSafeText.make(text)
        if overflow == .ellipsis {
            let room = min(limit, bounds.width - col)
            shown = DisplayWidth.truncate(shown, to: max(0, room))
        }
        var c = col
        let end = col + limit
        for character in shown {
            let glyph = String(character)
            let w = DisplayWidth.of(character)
            if w == 0 { continue }  // a lone zero-width cluster has no cell of its own
            if c + w > end {
                if w == 2 && c < end { writeGlyph(" ", width: 1, style: style, row: row, col: c) }
                return end
            }
            writeGlyph(glyph, width: w, style: style, row: row, col: c)
            c += w
        }
        return c
    }

    /// Fills a rectangle with one character (a space by default).
    public mutating func fill(_ rect: Rect, with character: Character = " ", style: Style = .plain) {
        // One cell per glyph: an unsafe character fills with a space rather than its
        // several-column visible form.
        let character = character.unicodeScalars.contains(where: TerminalSafeText.isUnsafe) ? " " : character
        let w = max(1, DisplayWidth.of(character))
        for r in rect.row..<rect.bottom {
            var c = rect.col
            while c + w <= rect.right {
                writeGlyph(String(character), width: w, style: style, row: r, col: c)
                c += w
            }
            if c < rect.right { writeGlyph(" ", width: 1, style: style, row: r, col: c) }
        }
    }

    /// Changes the style of every cell in a rectangle, keeping the text.
    public mutating func restyle(_ rect: Rect, _ change: (inout Style) -> Void) {
        for r in rect.row..<rect.bottom {
            for c in rect.col..<rect.right {
                let a = absolute(row: r, col: c)
                guard clip.contains(row: a.row, col: a.col) else { continue }
                change(&cells[a.row * width + a.col].style)
            }
        }
    }

    // MARK: - Lines and boxes

    /// A horizontal line of `length` cells.
    public mutating func horizontalLine(row: Int, col: Int, length: Int, character: Character = "─", style: Style = .plain) {
        fill(Rect(row: row, col: col, width: length, height: 1), with: character, style: style)
    }

    /// A vertical line of `length` cells.
    public mutating func verticalLine(row: Int, col: Int, length: Int, character: Character = "│", style: Style = .plain) {
        fill(Rect(row: row, col: col, width: 1, height: length), with: character, style: style)
    }

    /// A box frame `┌─┐│└┘` around `rect`, with an optional title in the top edge.
    public mutating func box(_ rect: Rect, title: String? = nil, style: Style = .plain, titleStyle: Style? = nil) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        horizontalLine(row: rect.row, col: rect.col + 1, length: rect.width - 2, style: style)
        horizontalLine(row: rect.bottom - 1, col: rect.col + 1, length: rect.width - 2, style: style)
        verticalLine(row: rect.row + 1, col: rect.col, length: rect.height - 2, style: style)
        verticalLine(row: rect.row + 1, col: rect.right - 1, length: rect.height - 2, style: style)
        put("┌", row: rect.row, col: rect.col, style: style)
        put("┐", row: rect.row, col: rect.right - 1, style: style)
        put("└", row: rect.bottom - 1, col: rect.col, style: style)
        put("┘", row: rect.bottom - 1, col: rect.right - 1, style: style)
        if let title, !title.isEmpty, rect.width >= 5 {
            put(" " + title + " ", row: rect.row, col: rect.col + 1, style: titleStyle ?? style,
                maxWidth: rect.width - 2, overflow: .ellipsis)
        }
    }

    /// A horizontal divider across a box: `├───┤` on `row` from `col` over `width` cells.
    public mutating func divider(row: Int, col: Int, width: Int, style: Style = .plain) {
        guard width >= 2 else { return }
        put("├", row: row, col: col, style: style)
        horizontalLine(row: row, col: col + 1, length: width - 2, style: style)
        put("┤", row: row, col: col + width - 1, style: style)
    }

    // MARK: - Rendering for tests

    /// One plain string per row, trailing spaces trimmed, continuation cells skipped.
    public func lines() -> [String] {
        (0..<height).map { r in
            var line = ""
            for c in 0..<width where !self[r, c].isContinuation { line += self[r, c].text }
            return trimTrailingSpaces(line)
        }
    }

    /// The canvas as plain text: rows joined by newlines, trailing spaces trimmed.
    public func text() -> String { lines().joined(separator: "\n") }

    /// Like `text()`, with every run of non-plain style marked as `[tag|text]`,
    /// e.g. `[reverse|Séances]`, so snapshot tests can check styles too.
    public func styledText() -> String {
        (0..<height).map { r in
            var line = ""
            var runStyle = Style.plain
            var run = ""
            func flush() {
                if runStyle == .plain { line += run } else { line += "[\(runStyle.tag)|\(run)]" }
                run = ""
            }
            for c in 0..<width where !self[r, c].isContinuation {
                let cell = self[r, c]
                if cell.style != runStyle { flush(); runStyle = cell.style }
                run += cell.text
            }
            if runStyle == .plain { run = trimTrailingSpaces(run) }
            flush()
            return trimTrailingSpaces(line)
        }.joined(separator: "\n")
    }

    // MARK: - Cell writing

    private func absolute(row: Int, col: Int) -> Position {
        Position(row: origin.row + row, col: origin.col + col)
    }

    /// Writes one glyph of width 1 or 2 at region coordinates, clipped; a wide glyph
    /// that does not fit entirely leaves a space in its visible half.
    private mutating func writeGlyph(_ text: String, width w: Int, style: Style, row: Int, col: Int) {
        let a = absolute(row: row, col: col)
        guard a.row >= clip.row, a.row < clip.bottom else { return }
        if w == 2 {
            let leftIn = a.col >= clip.col && a.col < clip.right
            let rightIn = a.col + 1 >= clip.col && a.col + 1 < clip.right
            if leftIn && rightIn {
                breakWide(row: a.row, col: a.col)
                breakWide(row: a.row, col: a.col + 1)
                cells[a.row * width + a.col] = Cell(text, style: style)
                cells[a.row * width + a.col + 1] = Cell("", style: style)
            } else if leftIn {
                setNarrow(Cell(" ", style: style), row: a.row, col: a.col)
            } else if rightIn {
                setNarrow(Cell(" ", style: style), row: a.row, col: a.col + 1)
            }
        } else if a.col >= clip.col && a.col < clip.right {
            setNarrow(Cell(text, style: style), row: a.row, col: a.col)
        }
    }

    private mutating func setNarrow(_ cell: Cell, row: Int, col: Int) {
        breakWide(row: row, col: col)
        cells[row * width + col] = cell
    }

    /// Before overwriting (row, col), turns the other half of a wide glyph there into a space.
    private mutating func breakWide(row: Int, col: Int) {
        let index = row * width + col
        if cells[index].isContinuation, col > 0 {
            cells[index - 1] = Cell(" ", style: cells[index - 1].style)
            cells[index] = Cell(" ", style: cells[index].style)
        } else if col + 1 < width, cells[index + 1].isContinuation {
            cells[index + 1] = Cell(" ", style: cells[index + 1].style)
        }
    }
}

func trimTrailingSpaces(_ s: String) -> String {
    var result = Substring(s)
    while result.last == " " { result = result.dropLast() }
    return String(result)
}

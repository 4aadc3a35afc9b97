/// The editing model of a one-line text field: grapheme-aware editing (an accent or an
/// emoji is one step), readline keys, horizontal scrolling when longer than its width.
public struct TextFieldState: Sendable, Hashable {
    /// The text as typed.
    public private(set) var text: String
    /// Cursor position, in grapheme clusters from the start (0…count).
    public private(set) var cursor: Int
    /// First visible grapheme when the text is wider than the field.
    public private(set) var scroll: Int = 0
    /// Shown dimmed when the text is empty.
    public var placeholder: String
    /// An inline error under the field (e.g. "Date attendue : AAAA-MM-JJ"), nil when valid.
    public var validationMessage: String?

    public init(text: String = "", placeholder: String = "", validationMessage: String? = nil) {
        self.text = text
        self.cursor = text.count
        self.placeholder = placeholder
        self.validationMessage = validationMessage
    }

    /// Replaces the whole text and puts the cursor at its end.
    public mutating func setText(_ newText: String) {
        text = newText
        cursor = newText.count
        scroll = 0
    }

    /// Inserts text at the cursor (control characters are dropped).
    public mutating func insert(_ typed: String) {
        let clean = typed.filter { ch in !ch.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F } }
        var chars = Array(text)
        chars.insert(contentsOf: clean, at: cursor)
        // Recount: a combining mark typed alone joins the previous grapheme.
        let before = String(chars[..<cursor]) + clean
        text = String(chars)
        cursor = before.count
    }

    /// Applies an editing key. Returns true if the key was for the field.
    @discardableResult
    public mutating func handle(_ key: Key) -> Bool {
        var chars = Array(text)
        switch key {
        case .character(let c): insert(String(c)); return true
        case .left, .ctrl("b"): cursor = max(0, cursor - 1)
        case .right, .ctrl("f"): cursor = min(chars.count, cursor + 1)
        case .home, .ctrl("a"): cursor = 0
        case .end, .ctrl("e"): cursor = chars.count
        case .backspace, .ctrl("h"):
            guard cursor > 0 else { return true }
            chars.remove(at: cursor - 1)
            cursor -= 1
        case .delete, .ctrl("d"):
            guard cursor < chars.count else { return true }
            chars.remove(at: cursor)
        case .ctrl("k"): chars.removeSubrange(cursor...)
        case .ctrl("u"):
            chars.removeSubrange(..<cursor)
            cursor = 0
        case .ctrl("w"):
            var start = cursor
            while start > 0 && chars[start - 1].isWhitespace { start -= 1 }
            while start > 0 && !chars[start - 1].isWhitespace { start -= 1 }
            chars.removeSubrange(start..<cursor)
            cursor = start
        default: return false
        }
        text = String(chars)
        return true
    }

    /// Scrolls so the cursor is visible in a field `width` columns wide (one column is
    /// kept for the cursor after the last character).
    public mutating func keepCursorVisible(width: Int) {
        let chars = Array(text)
        cursor = min(cursor, chars.count)
        if cursor < scroll { scroll = cursor }
        guard width > 0 else { scroll = cursor; return }
        func span(_ from: Int, _ to: Int) -> Int { chars[from..<to].reduce(0) { $0 + DisplayWidth.of($1) } }
        while scroll < cursor && span(scroll, cursor) + 1 > width { scroll += 1 }
        // Scroll back when there is room again (e.g. after deleting).
        while scroll > 0 && span(scroll - 1, chars.count) + 1 <= width { scroll -= 1 }
        if scroll > cursor { scroll = cursor }
    }
}

/// Draws a `TextFieldState`.
public enum TextField {
    /// Draws the field on the first row of `rect` and its validation message (if any) on
    /// the second. Returns where the terminal cursor should be, in the canvas' current
    /// coordinates, or nil if it falls outside.
    @discardableResult
    public static func draw(_ state: TextFieldState, into canvas: inout Canvas, in rect: Rect,
                            style: Style = .underline, placeholderStyle: Style = Style(dim: true, underline: true),
                            errorStyle: Style = Style(foreground: .red)) -> Position? {
        guard rect.width > 0, rect.height > 0 else { return nil }
        var s = state
        s.keepCursorVisible(width: rect.width)
        canvas.fill(Rect(row: rect.row, col: rect.col, width: rect.width, height: 1), style: style)
        if s.text.isEmpty {
            canvas.put(s.placeholder, row: rect.row, col: rect.col, style: placeholderStyle, maxWidth: rect.width, overflow: .ellipsis)
        } else {
            let visible = String(Array(s.text)[s.scroll...])
            canvas.put(visible, row: rect.row, col: rect.col, style: style, maxWidth: rect.width)
        }
        if rect.height >= 2, let message = s.validationMessage {
            canvas.put(message, row: rect.row + 1, col: rect.col, style: errorStyle, maxWidth: rect.width, overflow: .ellipsis)
        }
        let before = Array(s.text)[s.scroll..<s.cursor]
        let col = rect.col + before.reduce(0) { $0 + DisplayWidth.of($1) }
        return col < rect.right ? Position(row: rect.row, col: col) : nil
    }
}

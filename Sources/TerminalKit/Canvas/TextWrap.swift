/// Word wrapping by display width (accents count one column, wide glyphs two).
public enum TextWrap {
    /// Splits `text` into lines of at most `width` columns, breaking at spaces; a word
    /// longer than the width is cut. Newlines in `text` (LF, CR LF or CR) start new paragraphs.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        let paragraphs = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
        for paragraph in paragraphs {
            var line = ""
            var lineWidth = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                var rest = String(word)
                var restWidth = DisplayWidth.of(rest)
                if lineWidth > 0 && lineWidth + 1 + restWidth <= width {
                    line += " " + rest
                    lineWidth += 1 + restWidth
                    continue
                }
                if lineWidth > 0 { lines.append(line); line = ""; lineWidth = 0 }
                while restWidth > width {
                    let head = DisplayWidth.prefix(rest, width: width)
                    guard !head.isEmpty else { break }
                    lines.append(head)
                    rest = String(rest.dropFirst(head.count))
                    restWidth = DisplayWidth.of(rest)
                }
                line = rest
                lineWidth = restWidth
            }
            lines.append(line)
        }
        return lines
    }
}

/// Word wrapping by display width; see `TextWrap.wrap(_:width:)`.
public func wrap(_ text: String, width: Int) -> [String] {
    TextWrap.wrap(text, width: width)
}

import SafeText

/// Terminal display width of text, computed in pure Swift from Unicode scalar properties.
///
/// C `wcwidth` depends on the process locale (it returns -1 for "é" in the C locale),
/// so the canvas never calls it.
public enum DisplayWidth {
    /// Columns taken by one grapheme cluster: 0, 1 or 2; a control or bidi character
    /// takes the width of the visible form the canvas shows for it (`TerminalSafeText`),
    /// so widgets measure what is drawn.
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        // Such characters always stand alone in their cluster (or as CR LF).
        if TerminalSafeText.isUnsafe(first) { return TerminalSafeText.make(String(character)).count }
        // A variation selector 16 asks for emoji presentation: two columns.
        if scalars.contains(where: { $0.value == 0xFE0F }) && first.properties.isEmoji { return 2 }
        for scalar in scalars {
            let width = of(scalar)
            if width > 0 { return width }
        }
        return 0
    }

    /// Columns taken by a string: the sum over its grapheme clusters.
    public static func of(_ text: String) -> Int {
        var total = 0
        for character in text { total += of(character) }
        return total
    }

    /// Columns taken by one scalar on its own.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value == 0 { return 0 }
        if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
        if value < 0x7F { return 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control:
            return 0
        default:
            break
        }
        if (0x1160...0x11FF).contains(value) { return 0 }  // Hangul medial vowels and final consonants join the syllable.
        if value == 0x200B { return 0 }                     // zero width space
        if scalar.properties.isEmojiPresentation { return 2 }
        for range in wideRanges where range.contains(value) { return 2 }
        return 1
    }

    /// Cuts `text` to at most `width` columns, ending with "…" when something was cut.
    public static func truncate(_ text: String, to width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if of(text) <= width { return text }
        let room = width - of(ellipsis)
        guard room >= 0 else { return prefix(text, width: width) }
        return prefix(text, width: room) + ellipsis
    }

    /// The longest prefix of `text` that fits in `width` columns (never half a wide glyph).
    public static func prefix(_ text: String, width: Int) -> String {
        var used = 0
        var result = ""
        for character in text {
            let w = of(character)
            if used + w > width { break }
            used += w
            result.append(character)
        }
        return result
    }

    /// Pads `text` with spaces (or truncates it with "…") to exactly `width` columns.
    public static func pad(_ text: String, to width: Int, alignment: Alignment = .left) -> String {
        let cut = truncate(text, to: width)
        let missing = max(0, width - of(cut))
        switch alignment {
        case .left: return cut + String(repeating: " ", count: missing)
        case .right: return String(repeating: " ", count: missing) + cut
        case .center:
            let left = missing / 2
            return String(repeating: " ", count: left) + cut + String(repeating: " ", count: missing - left)
        }
    }

    // East Asian Wide and Fullwidth blocks (Unicode 15), coarse but covering real text.
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
        0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
        0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
        0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1B000...0x1B2FF, 0x1F200...0x1F2FF,
        0x1F300...0x1F64F, 0x1F680...0x1F6FF, 0x1F900...0x1F9FF, 0x1FA70...0x1FAFF,
        0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]
}

/// Horizontal alignment of text in a fixed width.
public enum Alignment: Sendable, Hashable {
    case left, right, center
}

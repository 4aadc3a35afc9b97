/// Makes user text safe to show on a terminal: every character a terminal would act on
/// instead of showing (C0 controls such as ESC, DEL, C1 controls such as CSI) and every
/// invisible character that reorders text (bidirectional overrides and isolates) is
/// replaced by a visible stand-in. Names, notes and titles come from imported
/// spreadsheets and colleagues' logs: raw, they could change the window title, clear the
/// screen or write the clipboard (OSC 52), or make a line read backwards.
///
/// One definition of "unsafe" serves every output: the interface's canvas, every line
/// the command line prints, CSV and Markdown cells (through `make`), and JSON (through
/// `jsonEscaped`, which keeps the value and only writes those characters as `\uXXXX`).
///
/// Replacements: ESC → `␛` and the other C0 controls → their Control Picture (U+2400 + n,
/// e.g. TAB → `␉`, CR → `␍`), DEL → `␡`, C1 controls and the invisible format characters
/// → `<U+009B>`, `<U+202E>`. Everything else (accents, `œ`, `’`, `«»`, emoji with their
/// joiners and variation selectors, combining marks) passes unchanged.
public enum TerminalSafeText {
    /// Whether line feeds in the text are kept (notes, multi-line output) or shown as `␊`.
    public enum LineBreaks: Sendable {
        /// Every line feed shown as `␊`: the text stays on one line (a name, a table cell).
        case shown
        /// Line feeds kept; a CR LF pair becomes one line feed, a lone CR is shown as `␍`.
        case kept
    }

    /// `text` with every unsafe character replaced by its visible form.
    public static func make(_ text: some StringProtocol, lineBreaks: LineBreaks = .shown) -> String {
        let scalars = text.unicodeScalars
        guard scalars.contains(where: isUnsafe) else { return String(text) }
        var result = String.UnicodeScalarView()
        var index = scalars.startIndex
        while index != scalars.endIndex {
            let scalar = scalars[index]
            index = scalars.index(after: index)
            if lineBreaks == .kept {
                if scalar == "\n" { result.append(scalar); continue }
                if scalar == "\r", index != scalars.endIndex, scalars[index] == "\n" { continue }  // CR LF → LF
            }
            if isUnsafe(scalar) {
                result.append(contentsOf: visible(scalar).unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Whether `scalar` must never reach a terminal as it is.
    @inline(__always)
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x20 || v == 0x7F { return true }           // C0 controls (ESC, CR, LF, TAB…), DEL
        if v < 0x80 { return false }                        // the rest of ASCII: the fast path
        if v <= 0x9F { return true }                        // C1 controls (CSI U+009B, OSC U+009D…)
        switch v {
        case 0x061C,                                        // Arabic letter mark
             0x200E, 0x200F,                                // left-to-right / right-to-left marks
             0x2028, 0x2029,                                // line / paragraph separators
             0x202A...0x202E,                               // bidi embeddings and overrides
             0x2066...0x2069:                               // bidi isolates
            return true
        default:
            return false
        }
    }

    /// The visible stand-in of an unsafe scalar.
    public static func visible(_ scalar: Unicode.Scalar) -> String {
        let v = scalar.value
        if v < 0x20 { return String(Unicode.Scalar(0x2400 + v)!) }  // ␀ … ␛ … ␟
        if v == 0x7F { return "␡" }
        return "<U+" + hex(v) + ">"
    }

    /// JSON text (as JSONEncoder or JSONSerialization wrote it) with every unsafe scalar
    /// written as a `\uXXXX` escape. Those scalars can only occur inside strings (the JSON
    /// structure is ASCII), so the document keeps its meaning and every value; only what
    /// a terminal would act on disappears from the bytes. The encoders already escape C0
    /// controls; C1 controls, DEL and the bidi characters they leave raw. Line feed, tab
    /// and CR are JSON's own whitespace between values (pretty printing) and stay.
    public static func jsonEscaped(_ json: String) -> String {
        func escapes(_ scalar: Unicode.Scalar) -> Bool {
            isUnsafe(scalar) && scalar != "\n" && scalar != "\t" && scalar != "\r"
        }
        let scalars = json.unicodeScalars
        guard scalars.contains(where: escapes) else { return json }
        var result = String.UnicodeScalarView()
        for scalar in scalars {
            if escapes(scalar) {
                result.append(contentsOf: ("\\u" + hex(scalar.value)).unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Four (or more) upper-case hex digits.
    static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}

extension StringProtocol {
    /// This text with every character a terminal would act on shown visibly
    /// (`TerminalSafeText.make`): line feeds shown as `␊` unless `lineBreaks` is `.kept`.
    public func terminalSafe(lineBreaks: TerminalSafeText.LineBreaks = .shown) -> String {
        TerminalSafeText.make(self, lineBreaks: lineBreaks)
    }
}

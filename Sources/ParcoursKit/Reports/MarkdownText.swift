import SafeText

/// User text (a holder's name, a title, a commune, a destination) made inert in a
/// Markdown report: it reads the same once rendered, but cannot open HTML (`<script>`),
/// break a table (`|`, a line break), or turn into emphasis, code or a link.
enum MarkdownText {
    /// `text` on one line, controls shown visibly (`TerminalSafeText`), HTML's `& < >`
    /// as entities and Markdown's punctuation backslash-escaped (CommonMark: any ASCII
    /// punctuation may be escaped, and then stands for itself).
    static func escape(_ text: String) -> String {
        let oneLine = text.split(omittingEmptySubsequences: false) { $0.isNewline }.joined(separator: " ")
        var out = ""
        out.reserveCapacity(oneLine.utf8.count)
        for character in TerminalSafeText.make(oneLine) {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\\", "`", "*", "_", "[", "]", "|", "~", "#":
                out += "\\" + String(character)
            default:
                out.append(character)
            }
        }
        return out
    }
}

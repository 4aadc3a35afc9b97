import Foundation

/// The few rules of RFC 5545 an iCalendar file needs, written by hand (no Swift
/// iCalendar library is available here; docs/decisions.md): content lines ended by CRLF,
/// folded at 75 octets without cutting a UTF-8 character, TEXT values escaped.
public struct ICalendarText {
    private var lines: [String] = []

    public init() {}

    /// Adds a content line `NAME;PARAM=…:value` (the value already in its form: escape TEXT
    /// with `escape`).
    public mutating func line(_ name: String, _ value: String, parameters: [(String, String)] = []) {
        let params = parameters.map { ";\($0.0)=\($0.1)" }.joined()
        lines.append(name + params + ":" + value)
    }

    /// A TEXT value: backslash, semicolon, comma and line breaks escaped (RFC 5545 §3.3.11),
    /// other control characters (which TEXT may not hold) dropped.
    public static func escape(_ text: String) -> String {
        var out = ""
        var previousCR = false
        for scalar in text.unicodeScalars {
            defer { previousCR = scalar == "\r" }
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n": if !previousCR { out += "\\n" }
            case "\r": out += "\\n"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// One content line folded: no physical line over 75 octets (the leading space of a
    /// continuation counts), never in the middle of a UTF-8 character.
    public static func fold(_ line: String) -> String {
        var physical: [String] = []
        var current = "", octets = 0, limit = 75
        for character in line {
            let size = String(character).utf8.count
            if octets + size > limit {
                physical.append(current)
                current = " "
                octets = 1
                limit = 75
            }
            current.append(character)
            octets += size
        }
        physical.append(current)
        return physical.joined(separator: "\r\n")
    }

    /// The whole text, every line folded and ended by CRLF.
    public var text: String { lines.map { Self.fold($0) + "\r\n" }.joined() }
}

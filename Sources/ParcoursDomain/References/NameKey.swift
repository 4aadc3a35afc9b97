import Foundation

/// How names are compared: case, accents and apostrophe variants do not matter,
/// and runs of spaces count as one ("may'idees" finds "May’Idées").
public enum NameKey {
    public static func of(_ text: String) -> String {
        var s = text.replacingOccurrences(of: "œ", with: "oe").replacingOccurrences(of: "Œ", with: "oe")
            .replacingOccurrences(of: "æ", with: "ae").replacingOccurrences(of: "Æ", with: "ae")
        for apostrophe in ["’", "‘", "ʼ", "`", "´", "′"] {
            s = s.replacingOccurrences(of: apostrophe, with: "'")
        }
        s = s.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil).lowercased()
        return s.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

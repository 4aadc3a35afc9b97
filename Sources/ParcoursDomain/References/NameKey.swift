import Foundation

/// How names are compared: case, accents and apostrophe variants do not matter,
/// and runs of spaces count as one ("may'idees" finds "May’Idées").
public enum NameKey {
    public static func of(_ text: String) -> String {
        fast(text) ?? folded(text)
    }

    /// The key through Foundation's folding: right for any text, but slow (screens sort
    /// every holder of a cohort by it), so `of` reads most names without it.
    static func folded(_ text: String) -> String {
        var s = text.replacingOccurrences(of: "œ", with: "oe").replacingOccurrences(of: "Œ", with: "oe")
            .replacingOccurrences(of: "æ", with: "ae").replacingOccurrences(of: "Æ", with: "ae")
        for apostrophe in ["’", "‘", "ʼ", "`", "´", "′"] {
            s = s.replacingOccurrences(of: apostrophe, with: "'")
        }
        s = s.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil).lowercased()
        return s.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The key of a text made only of ASCII and the Latin letters of French names
    /// (U+00A0–U+017F, the curly apostrophes), scalar by scalar: nil for anything else
    /// (combining accents, other scripts), which `folded` reads. Each scalar's key is
    /// what `folded` gives it alone, so both ways agree (tested on every such scalar).
    static func fast(_ text: String) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var space = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            let piece: [UInt8]
            if value < 0x80 {
                let byte = UInt8(value)
                if byte == 0x20 || (0x09...0x0D).contains(byte) {
                    space = !out.isEmpty
                    continue
                }
                if space { out.append(0x20); space = false }
                switch byte {
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): out.append(byte + 32)
                case UInt8(ascii: "`"): out.append(UInt8(ascii: "'"))
                default: out.append(byte)
                }
                continue
            } else if let known = latin[scalar] {
                piece = known
            } else {
                return nil
            }
            // A scalar whose key is empty is a space (no-break space…).
            if piece.isEmpty { space = !out.isEmpty; continue }
            if space { out.append(0x20); space = false }
            out.append(contentsOf: piece)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The key of each scalar `fast` reads beyond ASCII, as `folded` gives it.
    static let latin: [Unicode.Scalar: [UInt8]] = {
        var table: [Unicode.Scalar: [UInt8]] = [:]
        let extra: [UInt32] = [0x2018, 0x2019, 0x02BC, 0x2032]
        for value in Array(0xA0...0x17F) + extra {
            guard let scalar = Unicode.Scalar(value) else { continue }
            table[scalar] = Array(folded(String(Character(scalar))).utf8)
        }
        return table
    }()
}

import Foundation

/// How the bytes of a spreadsheet export were written. French Excel saves "CSV (séparateur:
/// point-virgule)" in Windows-1252, LibreOffice and Google Sheets in UTF-8 (with or without
/// a byte-order mark): all three arrive at facilitators, and the file says nothing about it.
public enum SpreadsheetEncoding: String, Sendable, Hashable {
    case utf8
    case utf8WithBOM = "utf8-bom"
    case windows1252

    /// Decodes `data`: a UTF-8 BOM wins; otherwise valid UTF-8 is UTF-8 (Windows-1252 text
    /// with accents is almost never valid UTF-8); anything else is read as Windows-1252,
    /// which maps every byte, so decoding never fails.
    public static func decode(_ data: Data) -> (text: String, encoding: SpreadsheetEncoding) {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return (String(decoding: bytes.dropFirst(3), as: UTF8.self), .utf8WithBOM)
        }
        if let text = String(data: data, encoding: .utf8) {
            return (text, .utf8)
        }
        return (windows1252(bytes), .windows1252)
    }

    /// Windows-1252 is Latin-1 except 0x80–0x9F (€, œ, ’, “ ” …); written out here rather
    /// than trusting the platform's converter, which differs between Foundation builds.
    static func windows1252(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            if (0x80...0x9F).contains(byte), let mapped = high[Int(byte - 0x80)] {
                scalars.append(mapped)
            } else {
                scalars.append(Unicode.Scalar(byte))
            }
        }
        return String(scalars)
    }

    private static let high: [Unicode.Scalar?] = [
        "\u{20AC}", nil, "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
        "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", nil, "\u{017D}", nil,
        nil, "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
        "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", nil, "\u{017E}", "\u{0178}",
    ]
}

import Foundation
import ParcoursKit

/// How the bytes of a spreadsheet export were written. French Excel saves "CSV (séparateur:
/// point-virgule)" in Windows-1252, LibreOffice and Google Sheets in UTF-8 (with or without
/// a byte-order mark): all three arrive at facilitators, and the file says nothing about it.
public enum SpreadsheetEncoding: String, Sendable, Hashable {
    case utf8
    case utf8WithBOM = "utf8-bom"
    case windows1252

    /// Bytes that are text in neither encoding, found at `offset`.
    struct Refusal: Error, Hashable {
        enum Kind: Hashable {
            /// The file is UTF-8 (a BOM, or more valid accented letters than bad bytes)
            /// damaged at `offset`.
            case damagedUTF8
            /// Not UTF-8, and a byte Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D).
            case neither
            /// A NUL byte: not a text file (UTF-16, a workbook saved as .xlsx…).
            case notText
        }
        var kind: Kind
        var offset: Int
        var byte: UInt8
    }

    /// Decodes `data`, or says where it stops being text. A UTF-8 BOM means UTF-8; valid
    /// UTF-8 is UTF-8 (Windows-1252 text with accents is almost never valid UTF-8).
    /// Otherwise: when the bytes that are not UTF-8 are fewer than the accented letters
    /// that are (a few damaged bytes in a UTF-8 file), the file is damaged UTF-8 and is
    /// refused at its first bad byte — read as Windows-1252, which maps almost every byte,
    /// its accents would silently become "Ã©". Else it is Windows-1252 (French Excel's
    /// "CSV (séparateur: point-virgule)") when every byte is one of its characters.
    static func decode(_ data: Data) throws(Refusal) -> (text: String, encoding: SpreadsheetEncoding) {
        let bytes = [UInt8](data)
        if let nul = bytes.firstIndex(of: 0) { throw Refusal(kind: .notText, offset: nul, byte: 0) }
        let bom = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        let body = bom ? Array(bytes.dropFirst(3)) : bytes
        let check = utf8Check(body)
        guard let firstBad = check.firstBad else {
            return (String(decoding: body, as: UTF8.self), bom ? .utf8WithBOM : .utf8)
        }
        let start = bom ? 3 : 0
        if bom || (check.accented > 0 && check.accented >= check.bad) {
            throw Refusal(kind: .damagedUTF8, offset: start + firstBad, byte: body[firstBad])
        }
        if let undefined = body.firstIndex(where: { (0x80...0x9F).contains($0) && high[Int($0 - 0x80)] == nil }) {
            throw Refusal(kind: .neither, offset: start + undefined, byte: body[undefined])
        }
        return (windows1252(body), .windows1252)
    }

    /// How many valid multi-byte UTF-8 characters and invalid sequences `bytes` hold, and
    /// where the first invalid one starts.
    static func utf8Check(_ bytes: [UInt8]) -> (accented: Int, bad: Int, firstBad: Int?) {
        var accented = 0, bad = 0, offset = 0
        var firstBad: Int?
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                if encoded.count > 1 { accented += 1 }
                offset += encoded.count
            case .error(let length):
                if firstBad == nil { firstBad = offset }
                bad += 1
                offset += length
            case .emptyInput:
                return (accented, bad, firstBad)
            }
        }
    }

    /// Windows-1252 is Latin-1 except 0x80–0x9F (€, œ, ’, “ ” …); written out here rather
    /// than trusting the platform's converter, which differs between Foundation builds.
    /// `bytes` must hold none of the five bytes it leaves undefined (`decode` checks).
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

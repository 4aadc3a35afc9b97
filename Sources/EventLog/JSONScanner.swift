/// A small validating JSON scanner: it finds where values start and end without
/// building them, so a record's payload can be checksummed as the exact bytes on disk.
/// Also what the fast payload decoder reads payloads with (hence `package`): a value is
/// turned into text or numbers only when asked for.
package struct JSONScanner {
    package struct Failure: Error, Equatable {
        let offset: Int
        let message: String
    }

    /// Deep enough for any real payload, shallow enough that hostile input cannot
    /// exhaust the stack.
    static let maximumDepth = 256

    let bytes: UnsafeBufferPointer<UInt8>
    private(set) var position: Int
    let end: Int

    package init(_ bytes: UnsafeBufferPointer<UInt8>, start: Int = 0, end: Int? = nil) {
        self.bytes = bytes
        self.position = start
        self.end = end ?? bytes.count
    }

    /// The top-level object's members as key → byte range of the value, in order.
    /// Fails on anything that is not exactly one JSON object (plus whitespace).
    package mutating func scanTopLevelObject() throws(Failure) -> [(key: Range<Int>, value: Range<Int>)] {
        skipWhitespace()
        guard peek() == UInt8(ascii: "{") else { throw fail("expected a JSON object") }
        position += 1
        var members: [(key: Range<Int>, value: Range<Int>)] = []
        members.reserveCapacity(12)
        skipWhitespace()
        if peek() == UInt8(ascii: "}") {
            position += 1
        } else {
            while true {
                skipWhitespace()
                guard peek() == UInt8(ascii: "\"") else { throw fail("expected a key") }
                let keyStart = position
                try scanString()
                let key = keyStart..<position
                skipWhitespace()
                guard peek() == UInt8(ascii: ":") else { throw fail("expected ':'") }
                position += 1
                skipWhitespace()
                let valueStart = position
                try scanValue(depth: 1)
                members.append((key, valueStart..<position))
                skipWhitespace()
                let next = peek()
                position += 1
                if next == UInt8(ascii: ",") { continue }
                if next == UInt8(ascii: "}") { break }
                position -= 1
                throw fail("expected ',' or '}'")
            }
        }
        skipWhitespace()
        guard position == end else { throw fail("unexpected bytes after the object") }
        return members
    }

    /// The top-level array's items as byte ranges, in order. Fails on anything that is
    /// not exactly one JSON array (plus whitespace).
    package mutating func scanTopLevelArray() throws(Failure) -> [Range<Int>] {
        skipWhitespace()
        guard peek() == UInt8(ascii: "[") else { throw fail("expected a JSON array") }
        position += 1
        var items: [Range<Int>] = []
        skipWhitespace()
        if peek() == UInt8(ascii: "]") {
            position += 1
        } else {
            while true {
                skipWhitespace()
                let start = position
                try scanValue(depth: 1)
                items.append(start..<position)
                skipWhitespace()
                let next = peek()
                position += 1
                if next == UInt8(ascii: ",") { continue }
                if next == UInt8(ascii: "]") { break }
                position -= 1
                throw fail("expected ',' or ']'")
            }
        }
        skipWhitespace()
        guard position == end else { throw fail("unexpected bytes after the array") }
        return items
    }

    /// Checks that the whole range is exactly one JSON value with nothing around it.
    mutating func scanSingleValue() throws(Failure) {
        try scanValue(depth: 0)
        guard position == end else { throw fail("unexpected bytes after the value") }
    }

    private func peek() -> UInt8? {
        position < end ? bytes[position] : nil
    }

    private func fail(_ message: String) -> Failure {
        Failure(offset: position, message: message)
    }

    private mutating func skipWhitespace() {
        while position < end {
            switch bytes[position] {
            case 0x20, 0x09, 0x0D, 0x0A: position += 1
            default: return
            }
        }
    }

    mutating func scanValue(depth: Int) throws(Failure) {
        guard depth <= Self.maximumDepth else { throw fail("nested too deeply") }
        guard let byte = peek() else { throw fail("unexpected end of line") }
        switch byte {
        case UInt8(ascii: "{"):
            position += 1
            skipWhitespace()
            if peek() == UInt8(ascii: "}") { position += 1; return }
            while true {
                skipWhitespace()
                guard peek() == UInt8(ascii: "\"") else { throw fail("expected a key") }
                try scanString()
                skipWhitespace()
                guard peek() == UInt8(ascii: ":") else { throw fail("expected ':'") }
                position += 1
                skipWhitespace()
                try scanValue(depth: depth + 1)
                skipWhitespace()
                let next = peek()
                if next == UInt8(ascii: ",") { position += 1; continue }
                if next == UInt8(ascii: "}") { position += 1; return }
                throw fail("expected ',' or '}'")
            }
        case UInt8(ascii: "["):
            position += 1
            skipWhitespace()
            if peek() == UInt8(ascii: "]") { position += 1; return }
            while true {
                skipWhitespace()
                try scanValue(depth: depth + 1)
                skipWhitespace()
                let next = peek()
                if next == UInt8(ascii: ",") { position += 1; continue }
                if next == UInt8(ascii: "]") { position += 1; return }
                throw fail("expected ',' or ']'")
            }
        case UInt8(ascii: "\""):
            try scanString()
        case UInt8(ascii: "t"): try scanLiteral("true")
        case UInt8(ascii: "f"): try scanLiteral("false")
        case UInt8(ascii: "n"): try scanLiteral("null")
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            try scanNumber()
        default:
            throw fail("unexpected character")
        }
    }

    private mutating func scanLiteral(_ literal: StaticString) throws(Failure) {
        let count = literal.utf8CodeUnitCount
        guard end - position >= count else { throw fail("unexpected end of line") }
        let base = literal.utf8Start
        for index in 0..<count where bytes[position + index] != base[index] {
            throw fail("invalid literal")
        }
        position += count
    }

    private mutating func scanDigits() throws(Failure) {
        let start = position
        while let byte = peek(), byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") { position += 1 }
        if position == start { throw fail("expected a digit") }
    }

    private mutating func scanNumber() throws(Failure) {
        if peek() == UInt8(ascii: "-") { position += 1 }
        if peek() == UInt8(ascii: "0") {
            position += 1
        } else {
            try scanDigits()
        }
        if peek() == UInt8(ascii: ".") {
            position += 1
            try scanDigits()
        }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            position += 1
            if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { position += 1 }
            try scanDigits()
        }
    }

    /// Scans a string, checking escapes, control characters and UTF-8 validity.
    mutating func scanString() throws(Failure) {
        position += 1  // opening quote
        skipPlainASCII()
        while true {
            guard let byte = peek() else { throw fail("unterminated string") }
            switch byte {
            case UInt8(ascii: "\""):
                position += 1
                return
            case UInt8(ascii: "\\"):
                position += 1
                guard let escaped = peek() else { throw fail("unterminated string") }
                switch escaped {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"),
                     UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                    position += 1
                case UInt8(ascii: "u"):
                    position += 1
                    guard end - position >= 4 else { throw fail("short \\u escape") }
                    for _ in 0..<4 {
                        guard Self.isHexDigit(bytes[position]) else { throw fail("invalid \\u escape") }
                        position += 1
                    }
                default:
                    throw fail("invalid escape")
                }
            case 0x00..<0x20:
                throw fail("control character in string")
            case 0x80...0xFF:
                try scanUTF8Sequence()
            default:
                position += 1
            }
        }
    }

    /// Skips eight bytes at a time while none of them needs a look (a quote, a
    /// backslash, a control character or a byte of a multi-byte sequence): most of a
    /// line is ids and plain words, and this is the scanner's hottest loop.
    private mutating func skipPlainASCII() {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        guard let base = bytes.baseAddress else { return }
        while end - position >= 8 {
            let word = UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self)
            let quote = word ^ (ones &* UInt64(UInt8(ascii: "\"")))
            let backslash = word ^ (ones &* UInt64(UInt8(ascii: "\\")))
            // A byte is zero in `quote` or `backslash`, or below 0x20, or has its high bit.
            let zeroQuote = (quote &- ones) & ~quote
            let zeroBackslash = (backslash &- ones) & ~backslash
            let control = (word &- ones &* 0x20) & ~word
            if (zeroQuote | zeroBackslash | control | word) & highs != 0 { return }
            position += 8
        }
    }

    /// One well-formed UTF-8 sequence (no overlongs, no surrogates, ≤ U+10FFFF).
    private mutating func scanUTF8Sequence() throws(Failure) {
        let first = bytes[position]
        var length: Int
        var lower: UInt8 = 0x80
        var upper: UInt8 = 0xBF
        switch first {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; lower = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; upper = 0x9F
        case 0xF0: length = 4; lower = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; upper = 0x8F
        default: throw fail("invalid UTF-8")
        }
        guard end - position >= length else { throw fail("invalid UTF-8") }
        let second = bytes[position + 1]
        guard second >= lower, second <= upper else { throw fail("invalid UTF-8") }
        for index in 2..<max(length, 2) where bytes[position + index] & 0xC0 != 0x80 {
            throw fail("invalid UTF-8")
        }
        position += length
    }

    static func isHexDigit(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "f"),
             UInt8(ascii: "A")...UInt8(ascii: "F"): return true
        default: return false
        }
    }
}

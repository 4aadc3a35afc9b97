import EventLog
import Foundation
import ParcoursDomain

/// One JSON value of a payload, as the range of its bytes (already checked by
/// `JSONScanner`): it becomes text, a number or members only when the decoder asks,
/// and only in the strict forms the fast path reads — anything else is nil, and the
/// caller falls back to `JSONDecoder`.
struct PayloadValue {
    let bytes: UnsafeBufferPointer<UInt8>
    let range: Range<Int>

    private var first: UInt8 { bytes[range.lowerBound] }

    var isNull: Bool { first == UInt8(ascii: "n") }

    var bool: Bool? {
        switch first {
        case UInt8(ascii: "t"): true
        case UInt8(ascii: "f"): false
        default: nil
        }
    }

    /// Plain integers only (`-12`, `0`, `180`); a fraction or an exponent is nil.
    var int: Int? {
        var index = range.lowerBound
        let negative = bytes[index] == UInt8(ascii: "-")
        if negative { index += 1 }
        guard index < range.upperBound, range.upperBound - index <= 18 else { return nil }
        var value = 0
        for position in index..<range.upperBound {
            let digit = bytes[position] &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            value = value * 10 + Int(digit)
        }
        return negative ? -value : value
    }

    /// The bytes between the quotes of a string, when this is one without escapes.
    private var plainText: UnsafeBufferPointer<UInt8>? {
        guard first == UInt8(ascii: "\""), range.count >= 2 else { return nil }
        let inner = UnsafeBufferPointer(rebasing: bytes[(range.lowerBound + 1)..<(range.upperBound - 1)])
        return inner.contains(UInt8(ascii: "\\")) ? nil : inner
    }

    /// A string's text: straight from its bytes (the scanner has checked their UTF-8)
    /// or, with escapes, unescaped here.
    var string: String? {
        if let inner = plainText { return String(decoding: inner, as: UTF8.self) }
        guard first == UInt8(ascii: "\"") else { return nil }
        return Self.unescape(UnsafeBufferPointer(rebasing: bytes[(range.lowerBound + 1)..<(range.upperBound - 1)]))
    }

    /// A "YYYY-MM-DD" string as a day, read from its bytes.
    var day: Day? { plainText.flatMap(Day.init(isoUTF8:)) }

    /// A string naming a case of `T` (a stage, a status, a mark).
    func named<T: RawRepresentable>(_ type: T.Type) -> T? where T.RawValue == String {
        string.flatMap(T.init(rawValue:))
    }

    /// `JSONEncoder`'s `.iso8601`: `YYYY-MM-DDTHH:MM:SSZ`, whole seconds, UTC. Any other
    /// layout is nil.
    var isoDate: Date? {
        guard let text = plainText, text.count == 20, text[10] == UInt8(ascii: "T"), text[13] == UInt8(ascii: ":"),
              text[16] == UInt8(ascii: ":"), text[19] == UInt8(ascii: "Z"),
              let day = Day(isoUTF8: UnsafeBufferPointer(rebasing: text[0..<10])) else { return nil }
        func number(_ at: Int) -> Int? {
            let tens = text[at] &- UInt8(ascii: "0"), units = text[at + 1] &- UInt8(ascii: "0")
            guard tens < 10, units < 10 else { return nil }
            return Int(tens) * 10 + Int(units)
        }
        guard let hour = number(11), hour < 24, let minute = number(14), minute < 60,
              let second = number(17), second < 60 else { return nil }
        let seconds = Self.epoch.days(to: day) * 86_400 + hour * 3600 + minute * 60 + second
        return Date(timeIntervalSince1970: Double(seconds))
    }

    private static let epoch = Day(year: 1970, month: 1, day: 1)!

    /// An object's members, each to be read once.
    var members: PayloadFields? {
        guard first == UInt8(ascii: "{") else { return nil }
        var scanner = JSONScanner(bytes, start: range.lowerBound, end: range.upperBound)
        guard let members = try? scanner.scanTopLevelObject() else { return nil }
        return PayloadFields(bytes: bytes, members: members)
    }

    /// An array's items.
    var items: [PayloadValue]? {
        guard first == UInt8(ascii: "[") else { return nil }
        var scanner = JSONScanner(bytes, start: range.lowerBound, end: range.upperBound)
        guard let items = try? scanner.scanTopLevelArray() else { return nil }
        return items.map { PayloadValue(bytes: bytes, range: $0) }
    }

    /// The text of a string with escapes (already checked by the scanner), or nil for a
    /// lone surrogate, which is not text.
    private static func unescape(_ raw: UnsafeBufferPointer<UInt8>) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var i = 0
        func hex4(_ at: Int) -> UInt32? {
            guard at + 4 <= raw.count else { return nil }
            var value: UInt32 = 0
            for k in 0..<4 {
                let c = raw[at + k]
                let digit: UInt32
                switch c {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(c - UInt8(ascii: "0"))
                case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(c - UInt8(ascii: "a") + 10)
                case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(c - UInt8(ascii: "A") + 10)
                default: return nil
                }
                value = value << 4 | digit
            }
            return value
        }
        while i < raw.count {
            let c = raw[i]
            guard c == UInt8(ascii: "\\") else { out.append(c); i += 1; continue }
            guard i + 1 < raw.count else { return nil }
            let e = raw[i + 1]
            i += 2
            switch e {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                guard var scalar = hex4(i) else { return nil }
                i += 4
                if (0xD800..<0xDC00).contains(scalar) {
                    guard i + 6 <= raw.count, raw[i] == UInt8(ascii: "\\"), raw[i + 1] == UInt8(ascii: "u"),
                          let low = hex4(i + 2), (0xDC00..<0xE000).contains(low) else { return nil }
                    i += 6
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                }
                guard let unicode = Unicode.Scalar(scalar) else { return nil }
                out.append(contentsOf: Array(String(Character(unicode)).utf8))
            default: return nil
            }
        }
        return String(validating: out, as: UTF8.self)
    }
}

/// The members of one payload object, each to be read once: what is left unread is a
/// key the fast path does not know (or one written twice), which might mean something
/// to `JSONDecoder`, so the caller falls back.
struct PayloadFields {
    let bytes: UnsafeBufferPointer<UInt8>
    private let members: [(key: Range<Int>, value: Range<Int>)]
    private var used = 0

    init(bytes: UnsafeBufferPointer<UInt8>, members: [(key: Range<Int>, value: Range<Int>)]) {
        self.bytes = bytes
        self.members = members
    }

    /// A payload's top-level object, or nil when the bytes are not exactly one object.
    static func object(_ bytes: UnsafeBufferPointer<UInt8>) -> PayloadFields? {
        var scanner = JSONScanner(bytes)
        guard let members = try? scanner.scanTopLevelObject() else { return nil }
        return PayloadFields(bytes: bytes, members: members)
    }

    var allUsed: Bool { used == members.count }

    /// The value of `key`, compared on its bytes (a key with escapes never matches).
    mutating func value(_ key: StaticString) -> PayloadValue? {
        let count = key.utf8CodeUnitCount
        for member in members where member.key.count == count + 2 {
            if memcmp(bytes.baseAddress! + member.key.lowerBound + 1, key.utf8Start, count) == 0 {
                used += 1
                return PayloadValue(bytes: bytes, range: member.value)
            }
        }
        return nil
    }

    mutating func string(_ key: StaticString) -> String? { value(key)?.string }

    mutating func day(_ key: StaticString) -> Day? { value(key)?.day }

    mutating func named<T: RawRepresentable>(_ key: StaticString, _ type: T.Type) -> T? where T.RawValue == String {
        value(key)?.named(type)
    }

    mutating func bool(_ key: StaticString) -> Bool? { value(key)?.bool }

    /// An array whose every item reads; nil when missing, null or unreadable.
    mutating func array<T>(_ key: StaticString, _ read: (PayloadValue) -> T?) -> [T]? {
        guard let items = value(key)?.items else { return nil }
        var out: [T] = []
        out.reserveCapacity(items.count)
        for item in items {
            guard let value = read(item) else { return nil }
            out.append(value)
        }
        return out
    }

    /// A missing or false `revert` reads as false, as the domain's decoder does.
    mutating func optionalBool(_ key: StaticString) -> Bool? {
        guard let value = value(key) else { return false }
        return value.isNull ? false : value.bool
    }

    /// Outer nil: unreadable. Inner nil: absent or null.
    mutating func optional<T>(_ key: StaticString, _ read: (PayloadValue) -> T?) -> T?? {
        guard let value = value(key), !value.isNull else { return .some(nil) }
        return read(value).map { .some($0) }
    }
}

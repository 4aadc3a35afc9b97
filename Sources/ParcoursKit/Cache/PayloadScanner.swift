/// A strict reader for the small JSON objects the hottest payloads are: it builds only
/// strings, booleans, nulls, plain integers, arrays and objects, and gives up (returns nil) on anything
/// else, so the caller falls back to `JSONDecoder`. Keys are kept as written.
struct PayloadScanner {
    indirect enum Value: Equatable {
        case string(String)
        case bool(Bool)
        case null
        case int(Int)
        case array([Value])
        case object([(key: String, value: Value)])

        static func == (a: Value, b: Value) -> Bool {
            switch (a, b) {
            case (.string(let x), .string(let y)): x == y
            case (.bool(let x), .bool(let y)): x == y
            case (.null, .null): true
            case (.int(let x), .int(let y)): x == y
            case (.array(let x), .array(let y)): x == y
            case (.object(let x), .object(let y)): x.map(\.key) == y.map(\.key) && x.map(\.value) == y.map(\.value)
            default: false
            }
        }
    }

    private let bytes: UnsafeRawBufferPointer
    private var position = 0

    private init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    /// The payload's top-level object, or nil when it is not exactly one object made of
    /// strings, booleans, nulls, plain integers, arrays and objects.
    static func object(_ bytes: UnsafeRawBufferPointer) -> [(key: String, value: Value)]? {
        var scanner = PayloadScanner(bytes)
        scanner.skipSpace()
        guard case .object(let members)? = scanner.value(depth: 0) else { return nil }
        scanner.skipSpace()
        return scanner.position == bytes.count ? members : nil
    }

    private mutating func skipSpace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09, 0x0A, 0x0D: position += 1
            default: return
            }
        }
    }

    private mutating func value(depth: Int) -> Value? {
        guard position < bytes.count, depth < 8 else { return nil }
        switch bytes[position] {
        case UInt8(ascii: "\""): return string().map(Value.string)
        case UInt8(ascii: "{"): return object(depth: depth)
        case UInt8(ascii: "t"): return literal("true", .bool(true))
        case UInt8(ascii: "f"): return literal("false", .bool(false))
        case UInt8(ascii: "n"): return literal("null", .null)
        case UInt8(ascii: "["): return array(depth: depth)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return integer()
        default: return nil
        }
    }

    private mutating func literal(_ word: StaticString, _ value: Value) -> Value? {
        let count = word.utf8CodeUnitCount
        guard position + count <= bytes.count else { return nil }
        for i in 0..<count where bytes[position + i] != word.utf8Start[i] { return nil }
        position += count
        return value
    }

    /// Plain integers only (`-12`, `0`, `180`); a fraction or an exponent goes to the fallback.
    private mutating func integer() -> Value? {
        var negative = false
        if bytes[position] == UInt8(ascii: "-") { negative = true; position += 1 }
        let start = position
        var value = 0
        while position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) {
            let (times, o1) = value.multipliedReportingOverflow(by: 10)
            let (plus, o2) = times.addingReportingOverflow(Int(bytes[position] - UInt8(ascii: "0")))
            if o1 || o2 { return nil }
            value = plus
            position += 1
        }
        let digits = position - start
        guard digits > 0, digits == 1 || bytes[start] != UInt8(ascii: "0") else { return nil }
        if position < bytes.count, [UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E")].contains(bytes[position]) {
            return nil
        }
        return .int(negative ? -value : value)
    }

    private mutating func array(depth: Int) -> Value? {
        position += 1
        var items: [Value] = []
        skipSpace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
            position += 1
            return .array(items)
        }
        while true {
            skipSpace()
            guard let item = value(depth: depth + 1) else { return nil }
            items.append(item)
            skipSpace()
            guard position < bytes.count else { return nil }
            let next = bytes[position]
            position += 1
            if next == UInt8(ascii: ",") { continue }
            if next == UInt8(ascii: "]") { return .array(items) }
            return nil
        }
    }

    private mutating func object(depth: Int) -> Value? {
        position += 1
        var members: [(key: String, value: Value)] = []
        members.reserveCapacity(8)
        skipSpace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
            position += 1
            return .object(members)
        }
        while true {
            skipSpace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\""), let key = string() else { return nil }
            // A repeated key: JSON leaves its meaning open, so leave it to the fallback.
            if members.contains(where: { $0.key == key }) { return nil }
            skipSpace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else { return nil }
            position += 1
            skipSpace()
            guard let value = value(depth: depth + 1) else { return nil }
            members.append((key, value))
            skipSpace()
            guard position < bytes.count else { return nil }
            let next = bytes[position]
            position += 1
            if next == UInt8(ascii: ",") { continue }
            if next == UInt8(ascii: "}") { return .object(members) }
            return nil
        }
    }

    /// A string without escapes is copied straight from its bytes (validated as UTF-8);
    /// one with escapes is unescaped here.
    private mutating func string() -> String? {
        position += 1
        let start = position
        var plain = true
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") { break }
            if byte < 0x20 { return nil }
            if byte == UInt8(ascii: "\\") { plain = false; position += 2; continue }
            position += 1
        }
        guard position < bytes.count else { return nil }
        let end = position
        position += 1
        let raw = UnsafeRawBufferPointer(rebasing: bytes[start..<end])
        if plain { return String(validating: raw, as: UTF8.self) }
        return Self.unescape(raw)
    }

    private static func unescape(_ raw: UnsafeRawBufferPointer) -> String? {
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
                // A lone surrogate is not text: leave it to the fallback.
                guard let unicode = Unicode.Scalar(scalar) else { return nil }
                out.append(contentsOf: Array(String(Character(unicode)).utf8))
            default: return nil
            }
        }
        return String(validating: out, as: UTF8.self)
    }
}

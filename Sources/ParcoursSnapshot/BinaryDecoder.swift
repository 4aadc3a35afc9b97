import Foundation

/// Reads what `BinaryEncoder` wrote. Any inconsistency throws: the snapshot is then
/// ignored and rebuilt from the logs.
struct BinaryDecoder {
    struct Damaged: Error, CustomStringConvertible {
        let description: String
    }

    static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws -> T {
        try bytes.withUnsafeBufferPointer { buffer in
            let source = BinarySource(buffer)
            let keyCount = try source.varint()
            guard keyCount < 10_000_000 else { throw Damaged(description: "key table") }
            source.keys.reserveCapacity(Int(keyCount))
            for _ in 0..<keyCount {
                let length = Int(try source.varint())
                source.keys.append(try source.text(length))
            }
            return try source.decodeValue(T.self)
        }
    }
}

/// The bytes being read and the key table; a cursor moves through values.
final class BinarySource {
    let buffer: UnsafeBufferPointer<UInt8>
    var position = 0
    var keys: [String] = []

    init(_ buffer: UnsafeBufferPointer<UInt8>) { self.buffer = buffer }

    func fail(_ what: String) -> BinaryDecoder.Damaged {
        BinaryDecoder.Damaged(description: "\(what) at byte \(position)")
    }

    func byte() throws -> UInt8 {
        guard position < buffer.count else { throw fail("unexpected end") }
        defer { position += 1 }
        return buffer[position]
    }

    func varint() throws -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let b = try byte()
            value |= UInt64(b & 0x7F) << shift
            if b < 0x80 { return value }
            shift += 7
            if shift > 63 { throw fail("varint too long") }
        }
    }

    func fixed32() throws -> Int {
        guard position + 4 <= buffer.count else { throw fail("unexpected end") }
        var value: UInt32 = 0
        for i in 0..<4 { value |= UInt32(buffer[position + i]) << (8 * UInt32(i)) }
        position += 4
        return Int(value)
    }

    func text(_ length: Int) throws -> String {
        guard length >= 0, position + length <= buffer.count else { throw fail("string past the end") }
        let raw = UnsafeBufferPointer(rebasing: buffer[position..<position + length])
        position += length
        guard let s = String(validating: raw, as: UTF8.self) else { throw fail("invalid UTF-8") }
        return s
    }

    /// Moves past one value.
    func skip() throws {
        switch try byte() {
        case BinaryTag.null.rawValue, BinaryTag.no.rawValue, BinaryTag.yes.rawValue: return
        case BinaryTag.int.rawValue, BinaryTag.uint.rawValue: _ = try varint()
        case BinaryTag.double.rawValue: position += 8
        case BinaryTag.string.rawValue: position += Int(try varint())
        case BinaryTag.keyed.rawValue, BinaryTag.unkeyed.rawValue: position += try fixed32()
        default: throw fail("unknown tag")
        }
        guard position <= buffer.count else { throw fail("value past the end") }
    }

    func expect(_ tag: BinaryTag) throws {
        guard try byte() == tag.rawValue else { throw fail("expected \(tag)") }
    }

    func isNull() -> Bool { position < buffer.count && buffer[position] == BinaryTag.null.rawValue }

    func string() throws -> String {
        try expect(.string)
        return try text(Int(try varint()))
    }

    func int() throws -> Int64 {
        try expect(.int)
        let z = try varint()
        return Int64(bitPattern: (z >> 1) ^ (0 &- (z & 1)))
    }

    func uint() throws -> UInt64 {
        try expect(.uint)
        return try varint()
    }

    func double() throws -> Double {
        try expect(.double)
        guard position + 8 <= buffer.count else { throw fail("unexpected end") }
        var bits: UInt64 = 0
        for i in 0..<8 { bits |= UInt64(buffer[position + i]) << (8 * UInt64(i)) }
        position += 8
        return Double(bitPattern: bits)
    }

    func bool() throws -> Bool {
        switch try byte() {
        case BinaryTag.yes.rawValue: return true
        case BinaryTag.no.rawValue: return false
        default: throw fail("expected a boolean")
        }
    }

    func exact<T: BinaryInteger, S: BinaryInteger>(_ value: S) throws -> T {
        guard let v = T(exactly: value) else { throw fail("number out of range") }
        return v
    }

    func decodeValue<T: Decodable>(_ type: T.Type) throws -> T {
        if T.self == String.self { return try string() as! T }
        if T.self == Int.self { return Int(try int()) as! T }
        if T.self == Bool.self { return try bool() as! T }
        if T.self == Double.self { return try double() as! T }
        if T.self == Date.self { return Date(timeIntervalSinceReferenceDate: try double()) as! T }
        if T.self == Data.self {
            try expect(.string)
            let length = Int(try varint())
            guard position + length <= buffer.count else { throw fail("data past the end") }
            defer { position += length }
            return Data(UnsafeBufferPointer(rebasing: buffer[position..<position + length])) as! T
        }
        let start = position
        let decoder = BinaryValueDecoder(source: self, start: start)
        let value = try T(from: decoder)
        // Whatever the value read, the cursor ends after it.
        position = start
        try skip()
        return value
    }
}

/// The `Decoder` for one value starting at `start`.
final class BinaryValueDecoder: Decoder {
    let source: BinarySource
    let start: Int
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] = [:]
    private var keyed: KeyedIndex?

    init(source: BinarySource, start: Int) {
        self.source = source
        self.start = start
    }

    /// Key ids and value offsets of a keyed container, read once per value.
    final class KeyedIndex {
        var ids: [Int] = []
        var offsets: [Int] = []
        var hint = 0
    }

    private func index() throws -> KeyedIndex {
        if let keyed { return keyed }
        source.position = start
        try source.expect(.keyed)
        let length = try source.fixed32()
        let end = source.position + length
        guard end <= source.buffer.count else { throw source.fail("container past the end") }
        let index = KeyedIndex()
        while source.position < end {
            let id = Int(try source.varint())
            guard id < source.keys.count else { throw source.fail("unknown key") }
            index.ids.append(id)
            index.offsets.append(source.position)
            try source.skip()
        }
        guard source.position == end else { throw source.fail("container length") }
        keyed = index
        return index
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(Keyed<Key>(decoder: self, index: try index()))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        source.position = start
        try source.expect(.unkeyed)
        let length = try source.fixed32()
        let end = source.position + length
        let count = try source.fixed32()
        guard end <= source.buffer.count else { throw source.fail("container past the end") }
        return Unkeyed(source: source, position: source.position, count: count)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        Single(source: source, start: start)
    }

    struct Keyed<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let decoder: BinaryValueDecoder
        let index: KeyedIndex
        var codingPath: [any CodingKey] { [] }
        var source: BinarySource { decoder.source }

        var allKeys: [Key] { index.ids.compactMap { Key(stringValue: source.keys[$0]) } }

        /// Finds a key, looking first where the last one was found plus one (fields are
        /// read in the order they were written).
        private func offset(_ key: Key) -> Int? {
            let name = key.stringValue
            let count = index.ids.count
            var i = index.hint
            for _ in 0..<count {
                if i >= count { i = 0 }
                if source.keys[index.ids[i]] == name {
                    index.hint = i + 1
                    return index.offsets[i]
                }
                i += 1
            }
            return nil
        }

        private func at(_ key: Key) throws -> Int {
            guard let offset = offset(key) else {
                throw DecodingError.keyNotFound(key, .init(codingPath: [], debugDescription: "missing in snapshot"))
            }
            source.position = offset
            return offset
        }

        func contains(_ key: Key) -> Bool { offset(key) != nil }

        func decodeNil(forKey key: Key) throws -> Bool {
            _ = try at(key)
            return source.isNull()
        }

        func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { _ = try at(key); return try source.bool() }
        func decode(_ type: String.Type, forKey key: Key) throws -> String { _ = try at(key); return try source.string() }
        func decode(_ type: Double.Type, forKey key: Key) throws -> Double { _ = try at(key); return try source.double() }
        func decode(_ type: Float.Type, forKey key: Key) throws -> Float { _ = try at(key); return Float(try source.double()) }
        func decode(_ type: Int.Type, forKey key: Key) throws -> Int { _ = try at(key); return try source.exact(try source.int()) }
        func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { _ = try at(key); return try source.exact(try source.int()) }
        func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { _ = try at(key); return try source.exact(try source.int()) }
        func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { _ = try at(key); return try source.exact(try source.int()) }
        func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { _ = try at(key); return try source.int() }
        func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { _ = try at(key); return try source.exact(try source.uint()) }
        func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { _ = try at(key); return try source.exact(try source.uint()) }
        func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { _ = try at(key); return try source.exact(try source.uint()) }
        func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { _ = try at(key); return try source.exact(try source.uint()) }
        func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { _ = try at(key); return try source.uint() }
        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
            _ = try at(key)
            return try source.decodeValue(T.self)
        }

        func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
            guard let offset = offset(key) else { return nil }
            source.position = offset
            if source.isNull() { return nil }
            return try source.decodeValue(T.self)
        }

        func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type,
                                                   forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
            let offset = try at(key)
            return try BinaryValueDecoder(source: source, start: offset).container(keyedBy: type)
        }

        func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
            let offset = try at(key)
            return try BinaryValueDecoder(source: source, start: offset).unkeyedContainer()
        }

        // A payload written flat beside its entity reads the entity from the same object.
        func superDecoder() throws -> any Decoder { decoder }
        func superDecoder(forKey key: Key) throws -> any Decoder { decoder }
    }

    struct Unkeyed: UnkeyedDecodingContainer {
        let source: BinarySource
        var position: Int
        let total: Int
        var currentIndex = 0
        var codingPath: [any CodingKey] { [] }
        var count: Int? { total }
        var isAtEnd: Bool { currentIndex >= total }

        init(source: BinarySource, position: Int, count: Int) {
            self.source = source
            self.position = position
            self.total = count
        }

        private mutating func next<T>(_ read: () throws -> T) throws -> T {
            guard !isAtEnd else { throw source.fail("past the end of a list") }
            source.position = position
            let value = try read()
            position = source.position
            currentIndex += 1
            return value
        }

        mutating func decodeNil() throws -> Bool {
            guard !isAtEnd else { throw source.fail("past the end of a list") }
            source.position = position
            if source.isNull() {
                position += 1
                currentIndex += 1
                return true
            }
            return false
        }

        mutating func decode(_ type: Bool.Type) throws -> Bool { try next { [source] in try source.bool() } }
        mutating func decode(_ type: String.Type) throws -> String { try next { [source] in try source.string() } }
        mutating func decode(_ type: Double.Type) throws -> Double { try next { [source] in try source.double() } }
        mutating func decode(_ type: Int.Type) throws -> Int { try next { [source] in try source.exact(try source.int()) } }
        mutating func decode(_ type: Int64.Type) throws -> Int64 { try next { [source] in try source.int() } }
        mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try next { [source] in try source.exact(try source.uint()) } }
        mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try next { [source] in try source.exact(try source.uint()) } }
        mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try next { [source] in try source.uint() } }
        mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try next { [source] in try source.decodeValue(T.self) } }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
            let start = position
            try next { [source] in try source.skip() }
            return try BinaryValueDecoder(source: source, start: start).container(keyedBy: type)
        }

        mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
            let start = position
            try next { [source] in try source.skip() }
            return try BinaryValueDecoder(source: source, start: start).unkeyedContainer()
        }

        mutating func superDecoder() throws -> any Decoder {
            let start = position
            try next { [source] in try source.skip() }
            return BinaryValueDecoder(source: source, start: start)
        }
    }

    struct Single: SingleValueDecodingContainer {
        let source: BinarySource
        let start: Int
        var codingPath: [any CodingKey] { [] }

        private func read<T>(_ body: () throws -> T) throws -> T {
            source.position = start
            return try body()
        }

        func decodeNil() -> Bool { source.position = start; return source.isNull() }
        func decode(_ type: Bool.Type) throws -> Bool { try read { try source.bool() } }
        func decode(_ type: String.Type) throws -> String { try read { try source.string() } }
        func decode(_ type: Double.Type) throws -> Double { try read { try source.double() } }
        func decode(_ type: Float.Type) throws -> Float { try read { Float(try source.double()) } }
        func decode(_ type: Int.Type) throws -> Int { try read { try source.exact(try source.int()) } }
        func decode(_ type: Int8.Type) throws -> Int8 { try read { try source.exact(try source.int()) } }
        func decode(_ type: Int16.Type) throws -> Int16 { try read { try source.exact(try source.int()) } }
        func decode(_ type: Int32.Type) throws -> Int32 { try read { try source.exact(try source.int()) } }
        func decode(_ type: Int64.Type) throws -> Int64 { try read { try source.int() } }
        func decode(_ type: UInt.Type) throws -> UInt { try read { try source.exact(try source.uint()) } }
        func decode(_ type: UInt8.Type) throws -> UInt8 { try read { try source.exact(try source.uint()) } }
        func decode(_ type: UInt16.Type) throws -> UInt16 { try read { try source.exact(try source.uint()) } }
        func decode(_ type: UInt32.Type) throws -> UInt32 { try read { try source.exact(try source.uint()) } }
        func decode(_ type: UInt64.Type) throws -> UInt64 { try read { try source.uint() } }
        func decode<T: Decodable>(_ type: T.Type) throws -> T { try read { try source.decodeValue(T.self) } }
    }
}

import Foundation

/// A compact binary form for `Codable` values, for the snapshot cache only (never synced,
/// never read by another version: the snapshot carries a format version and is rebuilt
/// from the logs when anything does not match). Every container carries its byte length,
/// so a reader skips a value in one step; keys are numbers into a table written first.
///
/// Value tags: 0 nil, 1 false, 2 true, 3 integer (zigzag varint), 4 unsigned (varint),
/// 5 double (8 bytes), 6 string (varint length + UTF-8), 7 keyed container, 8 unkeyed
/// container (each: 4-byte length, then entries / count + values).
enum BinaryTag: UInt8 {
    case null = 0, no, yes, int, uint, double, string, keyed, unkeyed
}

struct BinaryEncoder {
    /// The encoded bytes of `value`, with the key table in front.
    static func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        let sink = BinarySink()
        try sink.encodeValue(value)
        var out: [UInt8] = []
        out.reserveCapacity(sink.bytes.count + sink.keyList.count * 12 + 16)
        BinarySink.varint(UInt64(sink.keyList.count), into: &out)
        for key in sink.keyList {
            let utf8 = Array(key.utf8)
            BinarySink.varint(UInt64(utf8.count), into: &out)
            out += utf8
        }
        out += sink.bytes
        return out
    }
}

/// Where the encoder writes, shared by every nested container.
final class BinarySink {
    var bytes: [UInt8] = []
    var keys: [String: Int] = [:]
    var keyList: [String] = []

    init() { bytes.reserveCapacity(1 << 20) }

    static func varint(_ value: UInt64, into out: inout [UInt8]) {
        var v = value
        while v >= 0x80 {
            out.append(UInt8(v & 0x7F) | 0x80)
            v >>= 7
        }
        out.append(UInt8(v))
    }

    func varint(_ value: UInt64) { Self.varint(value, into: &bytes) }

    func key(_ key: some CodingKey) {
        let name = key.stringValue
        if let id = keys[name] {
            varint(UInt64(id))
        } else {
            let id = keyList.count
            keys[name] = id
            keyList.append(name)
            varint(UInt64(id))
        }
    }

    func int(_ value: Int64) {
        bytes.append(BinaryTag.int.rawValue)
        varint(UInt64(bitPattern: (value << 1) ^ (value >> 63)))
    }

    func uint(_ value: UInt64) {
        bytes.append(BinaryTag.uint.rawValue)
        varint(value)
    }

    func string(_ value: String) {
        bytes.append(BinaryTag.string.rawValue)
        var value = value
        value.withUTF8 { utf8 in
            varint(UInt64(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    func double(_ value: Double) {
        bytes.append(BinaryTag.double.rawValue)
        withUnsafeBytes(of: value.bitPattern.littleEndian) { bytes.append(contentsOf: $0) }
    }

    func bool(_ value: Bool) { bytes.append(value ? BinaryTag.yes.rawValue : BinaryTag.no.rawValue) }

    func null() { bytes.append(BinaryTag.null.rawValue) }

    /// Encodes one value; a container it opens is closed (its length patched) after.
    func encodeValue<T: Encodable>(_ value: T) throws {
        switch value {
        case let v as String: string(v)
        case let v as Int: int(Int64(v))
        case let v as Bool: bool(v)
        case let v as Double: double(v)
        case let v as Date: double(v.timeIntervalSinceReferenceDate)
        case let v as Data:
            bytes.append(BinaryTag.string.rawValue)
            varint(UInt64(v.count))
            bytes.append(contentsOf: v)
        default:
            let encoder = BinaryValueEncoder(sink: self)
            try value.encode(to: encoder)
            encoder.close()
        }
    }
}

/// The `Encoder` for one value. A keyed container asked for twice (a payload written flat
/// beside its entity) continues the same object.
final class BinaryValueEncoder: Encoder {
    let sink: BinarySink
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] = [:]
    private var open: (start: Int, tag: BinaryTag)?
    private var count = 0

    init(sink: BinarySink) { self.sink = sink }

    private func begin(_ tag: BinaryTag) {
        if open != nil { return }
        sink.bytes.append(tag.rawValue)
        open = (sink.bytes.count, tag)
        sink.bytes += [0, 0, 0, 0]
        if tag == .unkeyed { sink.bytes += [0, 0, 0, 0] }
    }

    fileprivate func added() { count += 1 }

    func close() {
        guard let (start, tag) = open else { return }
        let length = UInt32(sink.bytes.count - start - 4)
        withUnsafeBytes(of: length.littleEndian) { raw in
            for i in 0..<4 { sink.bytes[start + i] = raw[i] }
        }
        if tag == .unkeyed {
            withUnsafeBytes(of: UInt32(count).littleEndian) { raw in
                for i in 0..<4 { sink.bytes[start + 4 + i] = raw[i] }
            }
        }
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        begin(.keyed)
        return KeyedEncodingContainer(Keyed<Key>(encoder: self))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        begin(.unkeyed)
        return Unkeyed(encoder: self)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { Single(encoder: self) }

    struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let encoder: BinaryValueEncoder
        var codingPath: [any CodingKey] { [] }
        var sink: BinarySink { encoder.sink }

        mutating func encodeNil(forKey key: Key) throws { sink.key(key); sink.null() }
        mutating func encode(_ value: Bool, forKey key: Key) throws { sink.key(key); sink.bool(value) }
        mutating func encode(_ value: String, forKey key: Key) throws { sink.key(key); sink.string(value) }
        mutating func encode(_ value: Double, forKey key: Key) throws { sink.key(key); sink.double(value) }
        mutating func encode(_ value: Float, forKey key: Key) throws { sink.key(key); sink.double(Double(value)) }
        mutating func encode(_ value: Int, forKey key: Key) throws { sink.key(key); sink.int(Int64(value)) }
        mutating func encode(_ value: Int8, forKey key: Key) throws { sink.key(key); sink.int(Int64(value)) }
        mutating func encode(_ value: Int16, forKey key: Key) throws { sink.key(key); sink.int(Int64(value)) }
        mutating func encode(_ value: Int32, forKey key: Key) throws { sink.key(key); sink.int(Int64(value)) }
        mutating func encode(_ value: Int64, forKey key: Key) throws { sink.key(key); sink.int(value) }
        mutating func encode(_ value: UInt, forKey key: Key) throws { sink.key(key); sink.uint(UInt64(value)) }
        mutating func encode(_ value: UInt8, forKey key: Key) throws { sink.key(key); sink.uint(UInt64(value)) }
        mutating func encode(_ value: UInt16, forKey key: Key) throws { sink.key(key); sink.uint(UInt64(value)) }
        mutating func encode(_ value: UInt32, forKey key: Key) throws { sink.key(key); sink.uint(UInt64(value)) }
        mutating func encode(_ value: UInt64, forKey key: Key) throws { sink.key(key); sink.uint(value) }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { sink.key(key); try sink.encodeValue(value) }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type,
                                                            forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            fatalError("nested containers are not used by the snapshot's types")
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            fatalError("nested containers are not used by the snapshot's types")
        }

        mutating func superEncoder() -> any Encoder { encoder }
        mutating func superEncoder(forKey key: Key) -> any Encoder { encoder }
    }

    struct Unkeyed: UnkeyedEncodingContainer {
        let encoder: BinaryValueEncoder
        var codingPath: [any CodingKey] { [] }
        var count: Int { encoder.count }
        var sink: BinarySink { encoder.sink }

        mutating func encodeNil() throws { encoder.added(); sink.null() }
        mutating func encode(_ value: Bool) throws { encoder.added(); sink.bool(value) }
        mutating func encode(_ value: String) throws { encoder.added(); sink.string(value) }
        mutating func encode(_ value: Double) throws { encoder.added(); sink.double(value) }
        mutating func encode(_ value: Int) throws { encoder.added(); sink.int(Int64(value)) }
        mutating func encode(_ value: Int64) throws { encoder.added(); sink.int(value) }
        mutating func encode(_ value: UInt8) throws { encoder.added(); sink.uint(UInt64(value)) }
        mutating func encode(_ value: UInt32) throws { encoder.added(); sink.uint(UInt64(value)) }
        mutating func encode(_ value: UInt64) throws { encoder.added(); sink.uint(value) }
        mutating func encode<T: Encodable>(_ value: T) throws { encoder.added(); try sink.encodeValue(value) }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            fatalError("nested containers are not used by the snapshot's types")
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            fatalError("nested containers are not used by the snapshot's types")
        }

        mutating func superEncoder() -> any Encoder { encoder }
    }

    struct Single: SingleValueEncodingContainer {
        let encoder: BinaryValueEncoder
        var codingPath: [any CodingKey] { [] }
        var sink: BinarySink { encoder.sink }

        mutating func encodeNil() throws { sink.null() }
        mutating func encode(_ value: Bool) throws { sink.bool(value) }
        mutating func encode(_ value: String) throws { sink.string(value) }
        mutating func encode(_ value: Double) throws { sink.double(value) }
        mutating func encode(_ value: Float) throws { sink.double(Double(value)) }
        mutating func encode(_ value: Int) throws { sink.int(Int64(value)) }
        mutating func encode(_ value: Int8) throws { sink.int(Int64(value)) }
        mutating func encode(_ value: Int16) throws { sink.int(Int64(value)) }
        mutating func encode(_ value: Int32) throws { sink.int(Int64(value)) }
        mutating func encode(_ value: Int64) throws { sink.int(value) }
        mutating func encode(_ value: UInt) throws { sink.uint(UInt64(value)) }
        mutating func encode(_ value: UInt8) throws { sink.uint(UInt64(value)) }
        mutating func encode(_ value: UInt16) throws { sink.uint(UInt64(value)) }
        mutating func encode(_ value: UInt32) throws { sink.uint(UInt64(value)) }
        mutating func encode(_ value: UInt64) throws { sink.uint(value) }
        mutating func encode<T: Encodable>(_ value: T) throws { try sink.encodeValue(value) }
    }
}

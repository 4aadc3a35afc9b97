import Foundation

/// Reads what `SnapshotWriter` wrote. Anything out of place (a number past the end, an
/// unknown string number, a value no case has) throws: the snapshot is then ignored and
/// the logs folded again, never half-read.
struct SnapshotReader {
    struct Damaged: Error {}

    private var bytes: UnsafeRawBufferPointer
    private var position = 0
    private var strings: [String] = []

    /// Reads the string table, which starts at `table`; the values are before it.
    init(_ all: UnsafeRawBufferPointer, table: Int) throws {
        guard table >= 0, table <= all.count else { throw Damaged() }
        bytes = all
        position = table
        let count = try self.count()
        strings.reserveCapacity(count)
        for _ in 0..<count {
            let length = try self.count()
            let text = UnsafeRawBufferPointer(rebasing: all[position..<(position + length)])
            guard let string = String(validating: text.bindMemory(to: UInt8.self), as: UTF8.self) else { throw Damaged() }
            strings.append(string)
            position += length
        }
        guard position == all.count else { throw Damaged() }
        // The values: everything before the table.
        bytes = UnsafeRawBufferPointer(rebasing: all[..<table])
        position = 0
    }

    var atEnd: Bool { position == bytes.count }

    /// A reader of the values in `range` only, with the same string table: the sections
    /// of a body are read on different threads.
    func section(_ range: Range<Int>) throws -> SnapshotReader {
        guard range.lowerBound >= 0, range.upperBound <= bytes.count else { throw Damaged() }
        var reader = self
        reader.bytes = UnsafeRawBufferPointer(rebasing: bytes[range])
        reader.position = 0
        return reader
    }

    mutating func int() throws -> Int {
        // Most numbers (string numbers, counts, case numbers) fit in one byte.
        if position < bytes.count, bytes[position] < 0x80 {
            let byte = Int(bytes[position])
            position += 1
            return (byte >> 1) ^ -(byte & 1)
        }
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard position < bytes.count, shift < 64 else { throw Damaged() }
            let byte = bytes[position]
            position += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { break }
            shift += 7
        }
        // Zigzag back, on the unsigned bits (a signed shift would garble the largest values).
        return Int(Int64(bitPattern: (value >> 1) ^ (0 &- (value & 1))))
    }

    mutating func count() throws -> Int {
        let n = try int()
        // Every item takes at least one byte: a larger count is damage, not a huge array.
        guard n >= 0, n <= bytes.count - position else { throw Damaged() }
        return n
    }

    mutating func bool() throws -> Bool {
        guard position < bytes.count, bytes[position] <= 1 else { throw Damaged() }
        position += 1
        return bytes[position - 1] == 1
    }

    mutating func string() throws -> String {
        let n = try int()
        guard n >= 0, n < strings.count else { throw Damaged() }
        return strings[n]
    }

    /// A case of an enumeration (a stage, a status…), by its number among `cases`.
    mutating func ordinal<T>(_ cases: [T]) throws -> T {
        let n = try int()
        guard n >= 0, n < cases.count else { throw Damaged() }
        return cases[n]
    }

    mutating func optional<T>(_ read: (inout SnapshotReader) throws -> T) throws -> T? {
        try bool() ? read(&self) : nil
    }

    mutating func array<T>(_ read: (inout SnapshotReader) throws -> T) throws -> [T] {
        let n = try count()
        var values: [T] = []
        values.reserveCapacity(n)
        for _ in 0..<n { values.append(try read(&self)) }
        return values
    }

    mutating func date() throws -> Date {
        Date(timeIntervalSinceReferenceDate: Double(bitPattern: try word(UInt64.self)))
    }

    private mutating func word<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
        let size = MemoryLayout<T>.size
        guard bytes.count - position >= size else { throw Damaged() }
        let value = T(littleEndian: bytes.loadUnaligned(fromByteOffset: position, as: T.self))
        position += size
        return value
    }

    mutating func words<T: FixedWidthInteger>(_ type: T.Type) throws -> [T] {
        let n = try int()
        guard n >= 0, n <= (bytes.count - position) / MemoryLayout<T>.size else { throw Damaged() }
        var values = [T](repeating: 0, count: n)
        values.withUnsafeMutableBytes { out in
            out.copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[position..<(position + n * MemoryLayout<T>.size)]))
        }
        position += n * MemoryLayout<T>.size
        // Stored little-endian; this is a no-op on the machines Parcours runs on.
        if UInt16(littleEndian: 1) != 1 { values = values.map { T(littleEndian: $0) } }
        return values
    }

    mutating func blob() throws -> [UInt8] {
        let n = try count()
        defer { position += n }
        return Array(UnsafeRawBufferPointer(rebasing: bytes[position..<(position + n)]))
    }
}

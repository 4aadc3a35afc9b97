import Foundation

/// Writes the snapshot's compact binary layout: integers as variable-length bytes, each
/// distinct string once in a table after the values (a field holds its number), dates
/// as their 8 bytes. Written by hand, not through `Codable`: restoring a million marks
/// through keyed containers took as long as folding the logs again. The bytes go to
/// `sink` a megabyte at a time, so writing a large snapshot adds little to memory.
struct SnapshotWriter {
    private var bytes: [UInt8] = []
    private var numbers: [String: Int] = [:]
    private var strings: [String] = []
    private let sink: (UnsafeRawBufferPointer) -> Void
    private(set) var written = 0

    /// How many bytes of values are written so far (flushed or not): where the next value starts.
    var position: Int { written + bytes.count }

    static let flushBytes = 1 << 20

    init(sink: @escaping (UnsafeRawBufferPointer) -> Void) {
        self.sink = sink
        bytes.reserveCapacity(Self.flushBytes + 4_096)
    }

    private mutating func flushIfFull() {
        if bytes.count >= Self.flushBytes { flush() }
    }

    private mutating func flush() {
        bytes.withUnsafeBytes(sink)
        written += bytes.count
        bytes.removeAll(keepingCapacity: true)
    }

    mutating func int(_ value: Int) {
        // Zigzag, so small negative numbers stay small too.
        var v = UInt64(bitPattern: Int64((value << 1) ^ (value >> 63)))
        while v >= 0x80 {
            bytes.append(UInt8(v & 0x7F) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
        flushIfFull()
    }

    mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    /// A case of an enumeration, as its number among `cases` (all of them).
    mutating func ordinal<T: Equatable>(_ value: T, in cases: [T]) {
        // `cases` is the enumeration's `allCases`: every value is there.
        guard let index = cases.firstIndex(of: value) else { preconditionFailure("\(value) is not among the cases given") }
        int(index)
    }

    mutating func string(_ value: String) {
        if let known = numbers[value] {
            int(known)
        } else {
            numbers[value] = strings.count
            int(strings.count)
            strings.append(value)
        }
    }

    mutating func optional<T>(_ value: T?, _ write: (inout SnapshotWriter, T) -> Void) {
        guard let value else { bytes.append(0); return }
        bytes.append(1)
        write(&self, value)
    }

    mutating func array<T>(_ values: [T], _ write: (inout SnapshotWriter, T) -> Void) {
        int(values.count)
        for value in values { write(&self, value) }
    }

    mutating func date(_ value: Date) {
        withUnsafeBytes(of: value.timeIntervalSinceReferenceDate.bitPattern.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// Raw little-endian words (the journal index's columns), copied as they are.
    mutating func words<T: FixedWidthInteger>(_ values: [T]) {
        int(values.count)
        for value in values {
            withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
            if bytes.count >= Self.flushBytes { flush() }
        }
    }

    mutating func blob(_ data: [UInt8]) {
        int(data.count)
        bytes.append(contentsOf: data)
        flushIfFull()
    }

    /// Writes what is left of the values, then the string table; returns the length of
    /// the values (where the table starts).
    mutating func finish() -> Int {
        flush()
        let values = written
        int(strings.count)
        for string in strings {
            let utf8 = Array(string.utf8)
            int(utf8.count)
            bytes.append(contentsOf: utf8)
            flushIfFull()
        }
        flush()
        numbers = [:]
        strings = []
        return values
    }
}

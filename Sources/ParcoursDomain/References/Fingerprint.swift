import Foundation

/// A stable 128-bit fingerprint of an id or a conflict subject: two 64-bit hashes of its
/// bytes, the same in every process and version (Swift's own hashing is seeded per
/// process), so tables sorted by it can be stored and searched as they are. At a million
/// keys the chance that two share one is about 10^-27.
package struct Fingerprint: Hashable, Comparable, Sendable {
    package var high: UInt64
    package var low: UInt64

    package init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    /// Of a conflict subject: its kind, its entity, and its holder when it has one.
    package init(_ subject: ConflictSubject) {
        var hash = Hash()
        hash.add(subject.kind.rawValue)
        hash.add(subject.entity)
        if let holder = subject.holder {
            hash.add(1)
            hash.add(holder)
        }
        if let field = subject.field {
            hash.add(2)
            hash.add(field)
        }
        self.init(hash)
    }

    /// Of an id.
    package init(id: String) {
        var hash = Hash()
        hash.add(id)
        self.init(hash)
    }

    private init(_ hash: Hash) {
        high = Self.mix(hash.a)
        low = Self.mix(hash.b)
    }

    /// FNV-1a over the bytes, from two different starting values (each mixed at the end:
    /// the last bytes of an id otherwise barely reach the high bits).
    private struct Hash {
        var a: UInt64 = 0xCBF2_9CE4_8422_2325
        var b: UInt64 = 0x8422_2325_CBF2_9CE4

        mutating func add(_ byte: UInt8) {
            a = (a ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            b = (b ^ UInt64(byte)) &* 0x0000_0001_0000_0193 &+ 0x9E37_79B9_7F4A_7C15
        }

        /// A text and a zero byte after it (no text holds one), so "ab"+"c" ≠ "a"+"bc".
        /// Texts Swift holds equal ("é" composed or not) give the same bytes: ids are
        /// ASCII, anything else is hashed in its composed form.
        mutating func add(_ text: String) {
            if text.utf8.allSatisfy({ $0 < 0x80 }) {
                for byte in text.utf8 { add(byte) }
            } else {
                for byte in text.precomposedStringWithCanonicalMapping.utf8 { add(byte) }
            }
            add(0)
        }
    }

    /// The finaliser of SplitMix64.
    private static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    package static func < (a: Fingerprint, b: Fingerprint) -> Bool { (a.high, a.low) < (b.high, b.low) }

    /// Where `key` is in fingerprint columns sorted by (high, low), by bisection; nil
    /// when it is not there.
    package static func row(of key: Fingerprint, high: [UInt64], low: [UInt64]) -> Int? {
        var lower = 0, upper = high.count
        while lower < upper {
            let middle = (lower + upper) / 2
            if (high[middle], low[middle]) < (key.high, key.low) { lower = middle + 1 } else { upper = middle }
        }
        guard lower < high.count, high[lower] == key.high, low[lower] == key.low else { return nil }
        return lower
    }

    /// Whether columns read back are of one length and strictly sorted (no key twice).
    package static func areSorted(high: [UInt64], low: [UInt64]) -> Bool {
        guard high.count == low.count else { return false }
        return !high.indices.dropFirst().contains { (high[$0 - 1], low[$0 - 1]) >= (high[$0], low[$0]) }
    }
}

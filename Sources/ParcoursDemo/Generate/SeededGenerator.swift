/// SplitMix64: a small, fast, seedable generator, so the same seed gives the same data
/// on every machine (the standard library's generator cannot be seeded).
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Ten lowercase hexadecimal characters, like `Workspace.newID()`.
    public mutating func id() -> String {
        let value = next() & ((1 << 40) - 1)
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 10 - hex.count) + hex
    }

    /// True with probability `p`.
    public mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &self) < p }

    public mutating func pick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &self)] }
}

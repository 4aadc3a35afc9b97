import CCRC32C

/// CRC-32C (Castagnoli, reflected polynomial 0x82F63B78), the checksum LevelDB and
/// Kafka use for records. Computed by the processor's CRC-32C instruction when it has
/// one (a small C target: Swift cannot enable a processor feature for one function),
/// else eight bytes at a time from tables. Every record read is checked, and the
/// snapshot checks every byte of the logs it was folded from, so this must be fast.
public enum CRC32C {
    /// The CRC-32C of `bytes`.
    public static func checksum<Bytes: Sequence>(_ bytes: Bytes) -> UInt32 where Bytes.Element == UInt8 {
        if let crc = bytes.withContiguousStorageIfAvailable({ checksum($0) }) { return crc }
        return checksum(Array(bytes))
    }

    /// The CRC-32C of a slice of a byte buffer, without copying it.
    public static func checksum(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var running = Running()
        running.add(bytes)
        return running.value
    }

    /// A CRC-32C fed in parts: the checksum of everything added so far.
    public struct Running: Sendable, Equatable, Codable {
        /// The register before the final inversion.
        private var register: UInt32 = 0xFFFF_FFFF

        public init() {}

        /// Continues from the checksum of what came before.
        public init(resuming value: UInt32) {
            register = value ^ 0xFFFF_FFFF
        }

        public mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) {
            guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
            register = parcours_crc32c_update(register, base, bytes.count)
        }

        public mutating func add(_ bytes: UnsafeRawBufferPointer) {
            add(bytes.bindMemory(to: UInt8.self))
        }

        public var value: UInt32 { register ^ 0xFFFF_FFFF }
    }

    /// The portable (table) computation, whatever the processor: for tests.
    static func portableChecksum(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return 0 }
        return parcours_crc32c_update_portable(0xFFFF_FFFF, base, bytes.count) ^ 0xFFFF_FFFF
    }

    /// Whether the processor's instruction is used.
    public static var usesProcessorInstruction: Bool { parcours_crc32c_hardware() != 0 }
}

import Foundation
import Testing
@testable import EventLog

@Suite struct CRC32CTests {
    @Test func knownVectors() {
        // The check value of CRC-32C and the iSCSI test vectors of RFC 3720 §B.4.
        #expect(CRC32C.checksum(Array("123456789".utf8)) == 0xE306_9283)
        #expect(CRC32C.checksum([UInt8]()) == 0)
        #expect(CRC32C.checksum([UInt8](repeating: 0, count: 32)) == 0x8A91_36AA)
        #expect(CRC32C.checksum([UInt8](repeating: 0xFF, count: 32)) == 0x62A8_AB43)
        #expect(CRC32C.checksum((0..<32).map { UInt8($0) }) == 0x46DD_794E)
        #expect(CRC32C.checksum((0..<32).map { UInt8(31 - $0) }) == 0x113F_DB5C)
    }

    @Test func bufferAndSequenceAgree() {
        let bytes = Array("« Élan » — œuvre’s payload".utf8)
        let viaBuffer = bytes.withUnsafeBufferPointer { CRC32C.checksum($0) }
        #expect(viaBuffer == CRC32C.checksum(bytes))
        #expect(CRC32C.checksum(Data(bytes)) == CRC32C.checksum(bytes))
    }

    /// Fed in parts, the checksum is the whole's, wherever the parts are cut.
    @Test func runningAgreesWithWhole() {
        let bytes = (0..<200).map { UInt8(truncatingIfNeeded: $0 &* 37) }
        for cut in [0, 1, 7, 8, 9, 100, 199, 200] {
            var running = CRC32C.Running()
            bytes[..<cut].withUnsafeBufferPointer { running.add($0) }
            bytes[cut...].withUnsafeBufferPointer { running.add($0) }
            #expect(running.value == CRC32C.checksum(bytes), "cut at \(cut)")
        }
    }

    /// Eight bytes at a time must agree with the definition, bit by bit, at every length
    /// and start (the unaligned loads and the tail loop).
    @Test func slicedAgreesWithBitwiseDefinition() {
        func bitwise(_ bytes: ArraySlice<UInt8>) -> UInt32 {
            var crc: UInt32 = 0xFFFF_FFFF
            for byte in bytes {
                crc ^= UInt32(byte)
                for _ in 0..<8 { crc = (crc & 1) != 0 ? (crc >> 1) ^ 0x82F6_3B78 : crc >> 1 }
            }
            return crc ^ 0xFFFF_FFFF
        }
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<96).map { _ in UInt8.random(in: 0...255, using: &generator) }
        for start in 0..<9 {
            for end in start...bytes.count {
                let slice = bytes[start..<end]
                let sliced = slice.withUnsafeBufferPointer { CRC32C.checksum($0) }
                let portable = slice.withUnsafeBufferPointer { CRC32C.portableChecksum($0) }
                #expect(sliced == bitwise(slice), "bytes \(start)..<\(end)")
                #expect(portable == bitwise(slice), "portable, bytes \(start)..<\(end)")
            }
        }
    }
}

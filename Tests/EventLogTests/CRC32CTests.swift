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
}

import Foundation

/// The first bytes of a log file as they were at some moment: how many, and their
/// CRC-32C. Whether the file still begins with exactly those bytes is checked without
/// keeping them (an erasure remembers what it left, `LogRewrite.Outcome`).
public struct FilePrefix: Sendable, Codable, Equatable {
    public var length: Int
    public var crc: UInt32

    public init(length: Int, crc: UInt32) {
        self.length = length
        self.crc = crc
    }

    /// The whole lines of `bytes` (a torn last line is left out: completed later, its
    /// record would start before the end).
    public init(wholeLinesOf bytes: [UInt8]) {
        let whole = (bytes.lastIndex(of: 0x0A) ?? -1) + 1
        length = whole
        crc = bytes.withUnsafeBufferPointer { CRC32C.checksum(UnsafeBufferPointer(rebasing: $0[..<whole])) }
    }

    /// Whether the file at `path` still begins with these bytes.
    public func holds(_ path: String) -> Bool {
        LogPrefixCheck.prefixCRC(path, length: length) == crc
    }
}

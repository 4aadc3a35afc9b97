import Foundation

/// A record a caller wants appended; the log fills in id, writer, sequence, clock,
/// time and author.
public struct PendingRecord: Sendable, Equatable {
    public let type: String
    /// One JSON value (normally an object) on one line, no surrounding whitespace.
    public let payload: Data

    public init(type: String, payload: Data) {
        self.type = type
        self.payload = payload
    }
}

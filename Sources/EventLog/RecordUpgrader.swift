import Foundation

/// Maps a record of format version `fromVersion` to `fromVersion + 1` by editing its
/// raw fields. The reader chains upgraders until the record reaches
/// `EventLogFormat.version`; the upgrader must set the new `"v"`.
public struct RecordUpgrader: Sendable {
    public let fromVersion: Int
    public let upgrade: @Sendable (inout RecordFields) throws -> Void

    public init(fromVersion: Int, upgrade: @escaping @Sendable (inout RecordFields) throws -> Void) {
        self.fromVersion = fromVersion
        self.upgrade = upgrade
    }

    /// The upgraders this library ships. Version 1 is the first published format, so
    /// there is none yet; tests exercise the hook with a synthetic version 0.
    public static let builtIn: [RecordUpgrader] = []
}

import EventLog
import Foundation
import ParcoursKit
import ParcoursDomain

/// The outcome of the last sync of this installation, kept in `local/sync.json` (never
/// shared), for the interface's status line.
public struct SyncStatus: Codable, Sendable, Equatable {
    /// When the sync ended.
    public var time: Date
    public var succeeded: Bool
    /// Events of this writer sent.
    public var sent: Int
    /// Events received from others.
    public var received: Int
    /// How many writers the received events came from.
    public var writers: Int
    /// Why it failed, when it did.
    public var message: String?

    public init(time: Date, succeeded: Bool, sent: Int = 0, received: Int = 0, writers: Int = 0, message: String? = nil) {
        self.time = time
        self.succeeded = succeeded
        self.sent = sent
        self.received = received
        self.writers = writers
        self.message = message
    }

    static func file(_ directory: URL) -> URL { directory.appendingPathComponent("local/sync.json") }

    /// The last sync recorded in the data directory, if any.
    public static func load(directory: URL) -> SyncStatus? {
        guard let bytes = try? POSIXFile.read(file(directory).path) else { return nil }
        let data = Data(bytes)
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try? decoder.decode(SyncStatus.self, from: data)
    }

    func save(directory: URL) throws {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys]
        try encoder.encode(self).write(to: Self.file(directory), options: [.atomic])
        try? FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: Self.file(directory).path)
    }
}

extension SyncStatus {
    /// One line for a status bar or `parcours sync status`.
    public func text(_ language: Language) -> String {
        let fr = language == .fr
        let time = ConflictListing.timeText(self.time)
        if succeeded {
            return fr ? "Dernière synchronisation : \(time) (\(sent) envoyés, \(received) reçus)"
                      : "Last sync: \(time) (\(sent) sent, \(received) received)"
        }
        return fr ? "Dernière synchronisation échouée (\(time)) : \(message ?? "")"
                  : "Last sync failed (\(time)): \(message ?? "")"
    }
}

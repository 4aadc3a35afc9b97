import EventLog
import Foundation

/// Whom this installation has erased from its copies of the logs, and how long each
/// writer's file was right after (`local/erased.json`, never synced). A record beyond
/// that length arrived later: when it sorts before an erasure, the erasure was applied to
/// the files before it was there, and it may still name whom it erased.
struct ErasedFromLogs: Codable, Equatable {
    var people: Set<String> = []
    /// Writer → bytes of its file after the last erasure applied; nil when not known
    /// (written by an earlier version: every record counts as arrived since).
    var lengths: [String: Int]?

    static func path(_ directory: URL) -> String { directory.path + "/local/erased.json" }

    static func load(_ directory: URL) -> ErasedFromLogs {
        guard let bytes = try? POSIXFile.read(path(directory)) else { return ErasedFromLogs() }
        let data = Data(bytes)
        if let kept = try? JSONDecoder().decode(ErasedFromLogs.self, from: data) { return kept }
        // The earlier form: the people alone.
        if let people = try? JSONDecoder().decode([String].self, from: data) { return ErasedFromLogs(people: Set(people)) }
        return ErasedFromLogs()
    }

    func save(_ directory: URL) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        guard let data = try? encoder.encode(self) else { return }
        try? PrivateFile.write(data, to: URL(fileURLWithPath: Self.path(directory)))
    }

    /// Whether the record at `offset` in `writer`'s file was not there when the files
    /// were last rewritten for an erasure.
    func arrivedSince(writer: String, offset: Int) -> Bool {
        guard let lengths else { return true }
        return offset >= lengths[writer] ?? 0
    }
}

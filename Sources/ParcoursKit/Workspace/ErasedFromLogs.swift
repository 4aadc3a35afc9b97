import EventLog
import Foundation

/// Whom this installation has erased from its copies of the logs, and what the files
/// held right after (`local/erased.json`, never synced; written under the append lock,
/// by the rewrite itself). A record that was not there then, and sorts before the last
/// record folded then, arrived later (a sync, a copy) from a writer who did not know of
/// the erasure: it may still name whom the erasure erased.
struct ErasedFromLogs: Codable, Equatable {
    var people: Set<String> = []
    /// Writer → the whole lines its file held after the last rewrite for an erasure; nil
    /// when not known (written by an earlier version: every record counts as arrived).
    var files: [String: FilePrefix]?
    /// The last record folded at that rewrite: every erasure applied sorts at or before
    /// it, and a record written after it by someone who knew of them sorts after it.
    var upTo: MergeKey?
    /// Drawn at each save: another process's save is told from this one's by content.
    var generation = ""

    static func path(_ directory: URL) -> String { directory.path + "/local/erased.json" }

    /// The file's bytes, to tell whether another process saved it since (nil: none yet).
    static func stamp(_ directory: URL) -> Data? {
        (try? POSIXFile.read(path(directory))).map { Data($0) }
    }

    static func load(_ directory: URL) -> ErasedFromLogs {
        guard let data = stamp(directory) else { return ErasedFromLogs() }
        if let kept = try? JSONDecoder().decode(ErasedFromLogs.self, from: data) { return kept }
        // The earlier form: the people alone.
        if let people = try? JSONDecoder().decode([String].self, from: data) { return ErasedFromLogs(people: Set(people)) }
        return ErasedFromLogs()
    }

    mutating func save(_ directory: URL) {
        generation = String(UInt64.random(in: 0...UInt64.max), radix: 16)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        guard let data = try? encoder.encode(self) else { return }
        try? PrivateFile.write(data, to: URL(fileURLWithPath: Self.path(directory)))
    }

    /// Forgets what a file held when it no longer begins with it (replaced by an older
    /// copy, rewritten by a merge): every record in it then counts as arrived since.
    /// For a fold from the start; a snapshot or checkpoint restored has checked its bytes.
    mutating func distrustChangedFiles(in directory: URL) {
        guard let known = files else { return }
        for (writer, prefix) in known where !prefix.holds(directory.path + "/events/\(writer).jsonl") {
            files?[writer] = nil
        }
    }

    /// Whether the record at `offset` in `writer`'s file, sorting at `key`, arrived after
    /// the files were last rewritten for an erasure and sorts before what was folded then.
    func arrivedSince(writer: String, offset: Int, key: MergeKey) -> Bool {
        guard let files else { return true }
        if let upTo, !(key < upTo) { return false }
        guard let file = files[writer] else { return true }
        return offset >= file.length
    }
}

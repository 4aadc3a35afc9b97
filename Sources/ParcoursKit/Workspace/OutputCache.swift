import EventLog
import Foundation
import ParcoursDomain
import ParcoursSnapshot

/// What a read-only command printed, kept beside the snapshot it was computed from
/// (`cache/outputs/`, never synced, readable by the owner only). Asked again while the
/// logs hold exactly what that snapshot holds — same bytes, nothing appended, no new
/// file — the command prints it without opening the workspace: a whole network's report
/// at 10^6 events takes seconds to compute and milliseconds to print again. The request
/// names everything else the output depends on (arguments, language, today).
///
/// Outputs may name people: every file is removed when someone is erased, and those of
/// an older snapshot when a new output is kept.
public enum OutputCache {
    static let folder = "cache/outputs"

    /// A kept output, with what an open would have reported beside it.
    public struct Hit {
        public let output: Data
        /// The problems the snapshot's part of the logs holds (an open reports them again).
        public let problems: [LogProblem]
        public let storageNotice: StorageNotice?
    }

    /// The output kept for `request`, when the snapshot it was computed from still holds
    /// exactly what the logs hold; nil otherwise (then the command opens the workspace).
    public static func lookUp(_ request: String, in directory: URL, readOnly: Bool) -> Hit? {
        let path = file(for: request, in: directory)
        guard FileManager.default.fileExists(atPath: path),
              let current = SnapshotCache.current(directory),
              let data = FileManager.default.contents(atPath: path),
              let (label, end) = label(data), label.identity == current.identity, label.request == request
        else { return nil }
        // As an open would (and only now: on a miss the open says it).
        let notice = DataDirectory.secure(directory, readOnly: readOnly)
        // A slice of what was read: no copy.
        return Hit(output: data[(end + 1)...], problems: current.problems, storageNotice: notice)
    }

    /// Keeps `output` for `request` under the snapshot of the workspace's state (saved
    /// first when it is behind); the outputs of other snapshots go. Only a cache:
    /// failing to write changes nothing else.
    public static func keep(_ output: Data, for request: String, from workspace: Workspace) {
        guard workspace.useCache, !workspace.readOnly else { return }
        workspace.saveSnapshotIfBehind()
        guard let identity = workspace.snapshotIdentity else { return }
        let directory = workspace.directory
        let folderPath = directory.path + "/" + folder
        try? FileManager.default.createDirectory(atPath: folderPath, withIntermediateDirectories: true,
                                                 attributes: [.posixPermissions: 0o700])
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folderPath)) ?? [] {
            let path = folderPath + "/" + name
            guard let handle = FileHandle(forReadingAtPath: path) else { continue }
            let start = (try? handle.read(upToCount: 4_096)) ?? Data()
            try? handle.close()
            if label(start)?.label.identity != identity { unlink(path) }
        }
        guard var label = try? JSONEncoder().encode(Label(identity: identity, request: request)) else { return }
        label.append(UInt8(ascii: "\n"))
        let path = file(for: request, in: directory)
        let temporary = path + ".\(getpid()).tmp"
        // The label, then the output as it is (no copy of a report that may be megabytes).
        guard FileManager.default.createFile(atPath: temporary, contents: label, attributes: [.posixPermissions: 0o600]),
              let handle = FileHandle(forWritingAtPath: temporary) else { return }
        let written = (try? handle.seekToEnd()) != nil && (try? handle.write(contentsOf: output)) != nil
        try? handle.close()
        if !written || rename(temporary, path) != 0 { unlink(temporary); return }
        // An erasure in another process may have removed the kept outputs between this
        // process's open and now: an output computed before it names whom it erased.
        // The erasure removes them again once the logs are rewritten, so either it
        // removes this file or the logs no longer match the snapshot here.
        if SnapshotCache.current(directory)?.identity != identity { unlink(path) }
    }

    /// Removes every kept output (someone was erased: an output may name them).
    public static func discard(in directory: URL) {
        try? FileManager.default.removeItem(atPath: directory.path + "/" + folder)
    }

    /// What a kept output was computed from, on its first line.
    private struct Label: Codable {
        var identity: String
        var request: String
    }

    /// A kept file's label, and where its first line ends (the output follows).
    private static func label(_ data: Data) -> (label: Label, end: Data.Index)? {
        guard let end = data.firstIndex(of: UInt8(ascii: "\n")),
              let label = try? JSONDecoder().decode(Label.self, from: data[..<end]) else { return nil }
        return (label, end)
    }

    /// One file per request: the checksum of the request names it (the label inside
    /// tells two requests with the same checksum apart).
    private static func file(for request: String, in directory: URL) -> String {
        directory.path + "/" + folder + "/" + String(CRC32C.checksum(Array(request.utf8)), radix: 16) + ".out"
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import EventLog
import Foundation
import ParcoursDomain

/// Shares a data directory through git: each installation commits only appends to its
/// own log, so merges never conflict in practice; when git still reports one, every
/// line of both sides is kept. See README "Sharing a data directory".
public enum Sync {
    /// The branch every installation shares.
    static let branch = "main"

    /// The committed `.gitignore`: per-installation files and sync-tool leftovers stay out.
    static let ignoreLines = [
        "# Parcours: per-installation files, never shared",
        "/local/", "/cache/", "/setaside/",
        "# conflict copies left by folder-sync tools",
        "*.sync-conflict-*", "*conflicted copy*", "*_conflict-*",
    ]

    /// Whether the data directory is a shared (git) one.
    public static func isConfigured(directory: URL) -> Bool {
        FileManager.default.fileExists(atPath: directory.appendingPathComponent(".git").path)
    }

    /// Makes the workspace's data directory a git repository with `remote` as origin and
    /// runs a first sync: joins a remote that already holds data (its logs are merged in),
    /// or publishes this directory's logs to an empty one. Running it again is harmless.
    public static func initialize(workspace: Workspace, remote: String,
                                  environment: [String: String] = ProcessInfo.processInfo.environment) throws -> SyncReport {
        if workspace.readOnly { throw SyncError.readOnly }
        let git = try Git(directory: workspace.directory, author: workspace.author, writer: workspace.writerID,
                          environment: environment)
        return try withLock(workspace.directory) {
            if !isConfigured(directory: workspace.directory) {
                try git.run(["init", "--quiet"])
                try git.run(["symbolic-ref", "HEAD", "refs/heads/\(branch)"])
            }
            let remotes = try git.lines(["remote"])
            if remotes.contains("origin") {
                try git.run(["remote", "set-url", "origin", remote])
            } else {
                try git.run(["remote", "add", "origin", remote])
            }
            return try record(workspace) { try exchange(workspace, git, environment) }
        }
    }

    /// Commits this writer's new events, fetches and merges what others sent, pushes,
    /// and folds what arrived into the workspace. Records the outcome in `local/sync.json`.
    public static func run(workspace: Workspace,
                           environment: [String: String] = ProcessInfo.processInfo.environment) throws -> SyncReport {
        if workspace.readOnly { throw SyncError.readOnly }
        guard isConfigured(directory: workspace.directory) else {
            throw SyncError.notConfigured(workspace.directory.path)
        }
        let git = try Git(directory: workspace.directory, author: workspace.author, writer: workspace.writerID,
                          environment: environment)
        return try withLock(workspace.directory) {
            try record(workspace) { try exchange(workspace, git, environment) }
        }
    }

    // MARK: Steps

    private static func record(_ workspace: Workspace, _ body: () throws -> SyncReport) throws -> SyncReport {
        do {
            let report = try body()
            try? SyncStatus(time: Date(), succeeded: true, sent: report.sent, received: report.received,
                            writers: report.writers).save(directory: workspace.directory)
            return report
        } catch {
            let message = (error as? LocalizedError)?.errorDescription ?? String(describing: error)
            try? SyncStatus(time: Date(), succeeded: false, message: message).save(directory: workspace.directory)
            throw error
        }
    }

    private static func exchange(_ workspace: Workspace, _ git: Git, _ environment: [String: String]) throws -> SyncReport {
        var report = SyncReport()
        try workspace.refresh()
        let before = workspace.eventsByWriter
        let conflictsBefore = Set(workspace.state.conflicts)

        try recover(git, &report)
        try writeIgnoreFile(workspace.directory)
        report.sent = try commit(workspace, git, &report)
        testHook("after-commit", environment)

        try git.run(["fetch", "--quiet", "origin"])
        testHook("after-fetch", environment)
        try merge(git, &report)
        testHook("after-merge", environment)
        try push(git, &report)

        try workspace.refresh()
        // Records are numbered per writer without gaps: what each other writer has more.
        var arrived: [String: Int] = [:]
        for (writer, count) in workspace.eventsByWriter where writer != workspace.writerID && count > before[writer, default: 0] {
            arrived[writer] = count - before[writer, default: 0]
        }
        report.received = arrived.values.reduce(0, +)
        report.writers = arrived.count
        report.conflictCopies = workspace.problems.compactMap {
            if case .conflictCopyIgnored(let file) = $0 { return file } else { return nil }
        }
        report.newConflicts = Set(workspace.state.conflicts).subtracting(conflictsBefore).count
        return report
    }

    /// Repairs what an interrupted sync may have left: a stale index lock (we hold the
    /// sync lock, so no other sync runs git here) and a merge that was not committed.
    private static func recover(_ git: Git, _ report: inout SyncReport) throws {
        let gitDir = git.directory.appendingPathComponent(".git")
        let indexLock = gitDir.appendingPathComponent("index.lock").path
        if FileManager.default.fileExists(atPath: indexLock) { try FileManager.default.removeItem(atPath: indexLock) }
        if FileManager.default.fileExists(atPath: gitDir.appendingPathComponent("MERGE_HEAD").path) {
            try resolveByUnion(git, &report)
        }
    }

    /// Stages this writer's log, the ignore file and logs dropped in by hand; a tracked
    /// log of another writer is staged only when it extends the shared version.
    private static func commit(_ workspace: Workspace, _ git: Git, _ report: inout SyncReport) throws -> Int {
        let own = "events/\(workspace.writerID).jsonl"
        let hasHead = try git.run(["rev-parse", "--verify", "--quiet", "HEAD"], check: false).succeeded
        let sentBefore = hasHead ? lineCount(try git.run(["show", "HEAD:\(own)"], check: false)) : 0

        var paths = [".gitignore"]
        if FileManager.default.fileExists(atPath: workspace.directory.appendingPathComponent(own).path) { paths.append(own) }
        paths += try git.lines(["ls-files", "--others", "--exclude-standard", "--", "events"])
            .filter { $0.hasSuffix(".jsonl") && $0 != own }
        for file in try git.lines(["diff", "--name-only", "--", "events"]) where file != own {
            let head = try git.run(["show", "HEAD:\(file)"]).output
            let url = workspace.directory.appendingPathComponent(file)
            let working = (try? Data(contentsOf: url)) ?? Data()
            if working.starts(with: head) {
                paths.append(file)
            } else {
                // Not an append to the shared version (a copy cut short, an edit): keep
                // the bytes aside, never delete them, and restore the shared version.
                let aside = try setAside(url, in: workspace.directory)
                try git.run(["checkout", "HEAD", "--", file])
                report.setAside.append(aside)
            }
        }
        try git.run(["add", "--"] + paths)
        let merging = FileManager.default.fileExists(atPath: git.directory.appendingPathComponent(".git/MERGE_HEAD").path)
        let staged = !(try git.run(["diff", "--cached", "--quiet"], check: false).succeeded)
        guard staged || merging || !hasHead else { return 0 }
        let sent = lineCount(try git.run(["show", ":\(own)"], check: false)) - sentBefore
        try git.run(["commit", "--quiet", "--no-verify", "--allow-empty", "-m",
                     "parcours: \(max(0, sent)) events from writer \(workspace.writerID) (\(workspace.author))"])
        return max(0, sent)
    }

    private static func merge(_ git: Git, _ report: inout SyncReport) throws {
        let remoteRef = "refs/remotes/origin/\(branch)"
        guard try git.run(["rev-parse", "--verify", "--quiet", remoteRef], check: false).succeeded else { return }
        let result = try git.run(["merge", "--quiet", "--no-edit", "--allow-unrelated-histories",
                                  "-m", "parcours: merge shared logs", remoteRef], check: false)
        if result.succeeded { return }
        let unmerged = try git.lines(["diff", "--name-only", "--diff-filter=U"])
        guard !unmerged.isEmpty else {
            throw SyncError.gitFailed(command: "merge", message: result.errorText.isEmpty ? result.text : result.errorText)
        }
        try resolveByUnion(git, &report)
    }

    /// Keeps every line of every side of each file git could not merge, then concludes the merge.
    private static func resolveByUnion(_ git: Git, _ report: inout SyncReport) throws {
        for file in try git.lines(["diff", "--name-only", "--diff-filter=U"]) {
            // Stage 2 is ours, 3 theirs, 1 the common base; a side that deleted the file has none.
            let versions = try [2, 3, 1].compactMap { stage -> Data? in
                let shown = try git.run(["show", ":\(stage):\(file)"], check: false)
                return shown.succeeded ? shown.output : nil
            }
            let url = git.directory.appendingPathComponent(file)
            try LineUnion.merge(versions).write(to: url, options: [.atomic])
            try? FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: url.path)
            try git.run(["add", "--", file])
            report.unionMerged.append(file)
        }
        try git.run(["commit", "--quiet", "--no-verify", "--no-edit"])
    }

    /// Pushes; when someone pushed in between, fetches, merges and tries again.
    private static func push(_ git: Git, _ report: inout SyncReport) throws {
        var last = ""
        for attempt in 0..<4 {
            if attempt > 0 {
                try git.run(["fetch", "--quiet", "origin"])
                try merge(git, &report)
            }
            let result = try git.run(["push", "--quiet", "origin", "HEAD:refs/heads/\(branch)"], check: false)
            if result.succeeded { return }
            last = result.errorText
        }
        throw SyncError.pushRefused(last)
    }

    // MARK: Files

    static func writeIgnoreFile(_ directory: URL) throws {
        let url = directory.appendingPathComponent(".gitignore")
        let existing = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        let present = Set(existing.split(separator: "\n").map(String.init))
        let missing = ignoreLines.filter { !present.contains($0) }
        guard !missing.isEmpty else { return }
        let text = existing + (existing.isEmpty || existing.hasSuffix("\n") ? "" : "\n") + missing.joined(separator: "\n") + "\n"
        try Data(text.utf8).write(to: url, options: [.atomic])
    }

    private static func setAside(_ url: URL, in directory: URL) throws -> String {
        let folder = directory.appendingPathComponent("setaside", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        let stamp = ISO8601DateFormatter().string(from: Date()).replacingOccurrences(of: ":", with: "")
        let name = "\(url.deletingPathExtension().lastPathComponent)-\(stamp).replaced"
        try FileManager.default.copyItem(at: url, to: folder.appendingPathComponent(name))
        return "setaside/" + name
    }

    private static func lineCount(_ result: Git.Result) -> Int {
        result.succeeded ? result.output.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) } : 0
    }

    /// Lets the end-to-end tests interrupt a sync at a given step, as a crash or a kill would.
    private static func testHook(_ step: String, _ environment: [String: String]) {
        if environment["PARCOURS_SYNC_TEST_KILL"] == step { kill(getpid(), SIGKILL) }
    }

    /// One sync at a time per data directory (two terminals, the interface and a command).
    private static func withLock<T>(_ directory: URL, _ body: () throws -> T) throws -> T {
        let path = directory.appendingPathComponent("local/sync.lock").path
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw SyncError.busy(directory.path) }
        defer { close(fd) }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else { throw SyncError.busy(directory.path) }
        defer { flock(fd, LOCK_UN) }
        return try body()
    }
}

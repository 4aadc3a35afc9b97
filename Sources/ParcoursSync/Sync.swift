#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import EventLog
import Foundation
import ParcoursKit
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

        try recover(workspace, git, &report)
        try writeIgnoreFile(workspace.directory)
        try restoreOthers(workspace, git, &report)
        try commit(workspace, git)
        testHook("after-commit", environment)

        try git.run(["fetch", "--quiet", "origin"])
        testHook("after-fetch", environment)
        try setAsideUntrackedClashes(workspace, git, &report)
        try merge(workspace, git, &report)
        testHook("after-merge", environment)
        report.sent = try push(workspace, git, &report)

        // A merge may have rewritten a file (a union, or someone's union arriving).
        try workspace.refreshAfterRewrite()
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
    private static func recover(_ workspace: Workspace, _ git: Git, _ report: inout SyncReport) throws {
        let gitDir = git.directory.appendingPathComponent(".git")
        let indexLock = gitDir.appendingPathComponent("index.lock").path
        if FileManager.default.fileExists(atPath: indexLock) { try FileManager.default.removeItem(atPath: indexLock) }
        if FileManager.default.fileExists(atPath: gitDir.appendingPathComponent("MERGE_HEAD").path) {
            try resolveByUnion(workspace, git, &report)
        }
    }

    /// Another writer's log is only ever changed by that writer, and arrives through the
    /// merge: a local copy that differs from the shared version (a torn copy, an edit, a
    /// file dropped in by hand) is set aside — kept in `setaside/`, never deleted — and
    /// the shared version restored, so it is neither sent nor in the merge's way.
    private static func restoreOthers(_ workspace: Workspace, _ git: Git, _ report: inout SyncReport) throws {
        let own = Set(workspace.ownLogFiles)
        guard try git.run(["rev-parse", "--verify", "--quiet", "HEAD"], check: false).succeeded else { return }
        for file in try git.lines(["diff", "--name-only", "HEAD", "--", "events"]) where !own.contains(file) {
            let url = workspace.directory.appendingPathComponent(file)
            if FileManager.default.fileExists(atPath: url.path) {
                report.setAside.append(try setAside(url, in: workspace.directory))
            }
            try git.run(["checkout", "HEAD", "--", file])
        }
    }

    /// Stages this installation's own logs — exactly their whole lines, never a torn
    /// tail — and the ignore file, then commits. Refuses, changing nothing, when what was
    /// already shared of an own log is no longer byte for byte in it, or when a line not
    /// yet shared is damaged: sync never spreads damage.
    private static func commit(_ workspace: Workspace, _ git: Git) throws {
        let hasHead = try git.run(["rev-parse", "--verify", "--quiet", "HEAD"], check: false).succeeded
        var staged: [(file: String, bytes: Data)] = []
        for file in workspace.ownLogFiles {
            let url = workspace.directory.appendingPathComponent(file)
            guard let read = try? POSIXFile.read(url.path) else { continue }
            let whole = Data(read[..<(read.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0)])
            // What this installation committed is what it shared (or will, after a push
            // that failed). The remote may hold another version of this file only if a
            // second machine wrote as this writer: git then merges the two by union.
            var shared = 0
            for ref in hasHead ? ["HEAD"] : [] {
                let version = try git.run(["show", "\(ref):\(file)"], check: false)
                guard version.succeeded else { continue }
                if !whole.starts(with: version.output) {
                    throw SyncError.sharedLogChanged(file: file, line: firstDifferingLine(whole, version.output))
                }
                shared = max(shared, lineCount(version.output))
            }
            let problems = try LogVerifier.verify(file: file, in: workspace.directory)
            if let damage = problems.first(where: { ($0.line ?? 0) > shared }) {
                throw SyncError.ownLogDamaged(file: file, line: damage.line ?? 0, reason: damage.description)
            }
            staged.append((file, whole))
        }
        for (file, bytes) in staged {
            // The exact bytes vouched for, whatever the working file holds after them.
            let temporary = git.directory.appendingPathComponent(".git/parcours-stage.tmp")
            try bytes.write(to: temporary)
            defer { try? FileManager.default.removeItem(at: temporary) }
            let blob = try git.run(["hash-object", "-w", "--", temporary.path]).text
                .trimmingCharacters(in: .whitespacesAndNewlines)
            try git.run(["update-index", "--add", "--cacheinfo", "100644,\(blob),\(file)"])
        }
        try git.run(["add", "--", ".gitignore"])
        let merging = FileManager.default.fileExists(atPath: git.directory.appendingPathComponent(".git/MERGE_HEAD").path)
        let changed = !(try git.run(["diff", "--cached", "--quiet"], check: false).succeeded)
        guard changed || merging || !hasHead else { return }
        try git.run(["commit", "--quiet", "--no-verify", "--allow-empty", "-m",
                     "parcours: events from writer \(workspace.writerID) (\(workspace.author))"])
    }

    /// Logs of other writers that are here but not tracked (dropped in by hand) and that
    /// the remote also holds: set aside, so the merge brings the shared version.
    private static func setAsideUntrackedClashes(_ workspace: Workspace, _ git: Git, _ report: inout SyncReport) throws {
        let remoteRef = "refs/remotes/origin/\(branch)"
        guard try git.run(["rev-parse", "--verify", "--quiet", remoteRef], check: false).succeeded else { return }
        let remoteFiles = Set(try git.lines(["ls-tree", "-r", "--name-only", remoteRef, "--", "events"]))
        let own = Set(workspace.ownLogFiles)
        for file in try git.lines(["ls-files", "--others", "--exclude-standard", "--", "events"])
        where remoteFiles.contains(file) && !own.contains(file) {
            let url = workspace.directory.appendingPathComponent(file)
            report.setAside.append(try setAside(url, in: workspace.directory))
            try FileManager.default.removeItem(at: url)
        }
    }

    private static func merge(_ workspace: Workspace, _ git: Git, _ report: inout SyncReport) throws {
        let remoteRef = "refs/remotes/origin/\(branch)"
        guard try git.run(["rev-parse", "--verify", "--quiet", remoteRef], check: false).succeeded else { return }
        let result = try git.run(["merge", "--quiet", "--no-edit", "--allow-unrelated-histories",
                                  "-m", "parcours: merge shared logs", remoteRef], check: false)
        if result.succeeded { return }
        let unmerged = try git.lines(["diff", "--name-only", "--diff-filter=U"])
        guard !unmerged.isEmpty else {
            throw SyncError.gitFailed(command: "merge", message: result.errorText.isEmpty ? result.text : result.errorText)
        }
        try resolveByUnion(workspace, git, &report)
    }

    /// Resolves each log file git could not merge by the union of its records (every
    /// valid record of every side, each once), sets aside the lines that are not valid
    /// records, then concludes the merge.
    private static func resolveByUnion(_ workspace: Workspace, _ git: Git, _ report: inout SyncReport) throws {
        for file in try git.lines(["diff", "--name-only", "--diff-filter=U"]) {
            // Stage 2 is ours, 3 theirs, 1 the common base; a side that deleted the file has none.
            let versions = try [2, 3, 1].compactMap { stage -> Data? in
                let shown = try git.run(["show", ":\(stage):\(file)"], check: false)
                return shown.succeeded ? shown.output : nil
            }
            let url = git.directory.appendingPathComponent(file)
            let name = url.lastPathComponent
            let outcome: RecordUnion.Outcome
            if file.hasPrefix("events/"), name.hasSuffix(".jsonl") {
                outcome = RecordUnion.merge(versions, writer: String(name.dropLast(6)))
            } else {
                outcome = RecordUnion.Outcome(merged: RecordUnion.lines(versions), damaged: [])
            }
            if !outcome.damaged.isEmpty {
                let lines = outcome.damaged.reduce(into: Data()) { $0.append($1); $0.append(0x0A) }
                report.setAside.append(try setAside(lines, base: String(name.dropLast(6)), kind: "damaged",
                                                    in: workspace.directory))
            }
            try outcome.merged.write(to: url, options: [.atomic])
            try? FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: url.path)
            try git.run(["add", "--", file])
            report.unionMerged.append(file)
        }
        try git.run(["commit", "--quiet", "--no-verify", "--no-edit"])
    }

    /// Pushes; when someone pushed in between, fetches, merges and tries again. Returns
    /// how many of this installation's records the remote did not have before: counted
    /// against the remote, so records committed by a sync whose push failed are counted
    /// by the sync that sends them.
    private static func push(_ workspace: Workspace, _ git: Git, _ report: inout SyncReport) throws -> Int {
        let remoteRef = "refs/remotes/origin/\(branch)"
        func remoteCounts() throws -> Int {
            var total = 0
            for file in workspace.ownLogFiles {
                let shown = try git.run(["show", "\(remoteRef):\(file)"], check: false)
                total += lineCount(shown)
            }
            return total
        }
        var last = ""
        for attempt in 0..<4 {
            if attempt > 0 {
                try git.run(["fetch", "--quiet", "origin"])
                try setAsideUntrackedClashes(workspace, git, &report)
                try merge(workspace, git, &report)
            }
            let remoteBefore = try remoteCounts()
            let result = try git.run(["push", "--quiet", "origin", "HEAD:refs/heads/\(branch)"], check: false)
            if result.succeeded {
                var sent = 0
                for file in workspace.ownLogFiles {
                    sent += lineCount(try git.run(["show", "HEAD:\(file)"], check: false))
                }
                // The remote-tracking ref follows the push: the next sync counts from here.
                try git.run(["fetch", "--quiet", "origin"], check: false)
                return max(0, sent - remoteBefore)
            }
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
        try setAside(try Data(contentsOf: url), base: url.deletingPathExtension().lastPathComponent, kind: "replaced",
                     in: directory)
    }

    /// Keeps `bytes` in `setaside/` (never deleted), under a name that says when.
    private static func setAside(_ bytes: Data, base: String, kind: String, in directory: URL) throws -> String {
        let folder = directory.appendingPathComponent("setaside", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        let stamp = ISO8601DateFormatter().string(from: Date()).replacingOccurrences(of: ":", with: "")
        var target = "\(base)-\(stamp).\(kind)"
        var attempt = 1
        while FileManager.default.fileExists(atPath: folder.appendingPathComponent(target).path) {
            attempt += 1
            target = "\(base)-\(stamp)-\(attempt).\(kind)"
        }
        let url = folder.appendingPathComponent(target)
        guard FileManager.default.createFile(atPath: url.path, contents: bytes, attributes: [.posixPermissions: 0o600]) else {
            throw CocoaError(.fileWriteUnknown)
        }
        return "setaside/" + target
    }

    /// The 1-based line of `working` where it first differs from `shared`.
    private static func firstDifferingLine(_ working: Data, _ shared: Data) -> Int {
        var line = 1
        for (a, b) in zip(working, shared) {
            if a != b { return line }
            if a == 0x0A { line += 1 }
        }
        return line
    }

    private static func lineCount(_ data: Data) -> Int {
        data.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
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

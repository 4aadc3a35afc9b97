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
        report.sent = try integrateAndPush(workspace, git, &report, environment)

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
        let rewrite = workspace.erasureRewrite
        for file in try git.lines(["diff", "--name-only", "HEAD", "--", "events"]) where !own.contains(file) {
            let url = workspace.directory.appendingPathComponent(file)
            // The shared version with erased people's data rewritten away, exactly: an
            // erasure, which every installation shares (anything else is not).
            if rewrite != nil, let working = try? POSIXFile.read(url.path) {
                let shared = try git.run(["show", "HEAD:\(file)"], check: false)
                if shared.succeeded, Data(working) == erased(shared.output, file: file, rewrite) {
                    try git.run(["add", "--", file])
                    continue
                }
            }
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
    private static func commit(_ workspace: Workspace, _ git: Git, stagingAllLogs: Bool = false) throws {
        let hasHead = try git.run(["rev-parse", "--verify", "--quiet", "HEAD"], check: false).succeeded
        if stagingAllLogs {
            // Every log as the record union made it (and the erasure rewrote it).
            let own = Set(workspace.ownLogFiles)
            for file in try git.lines(["ls-files", "--others", "--modified", "--exclude-standard", "--", "events"])
            where file.hasSuffix(".jsonl") && !own.contains(file) {
                try git.run(["add", "--", file])
            }
        }
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
                // Shared bytes may differ only by an erasure, rewritten exactly.
                let expected = erased(version.output, file: file, workspace.erasureRewrite)
                if !whole.starts(with: version.output), !whole.starts(with: expected) {
                    throw SyncError.sharedLogChanged(file: file, line: firstDifferingLine(whole, expected))
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
        if FileManager.default.fileExists(atPath: git.directory.appendingPathComponent(erasedMarker).path) {
            try git.run(["add", "--", erasedMarker])
        }
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
    /// Brings in what the remote holds, commits what that changed here (an erasure
    /// arriving rewrites this installation's copies of the logs), replaces the shared
    /// history when someone is erased whom it still holds, and pushes; when someone
    /// pushed in between, fetches and does it again. Returns how many of this
    /// installation's records the remote did not have before: counted against the remote,
    /// so records committed by a sync whose push failed are counted by the one that sends them.
    private static func integrateAndPush(_ workspace: Workspace, _ git: Git, _ report: inout SyncReport,
                                         _ environment: [String: String]) throws -> Int {
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
            if attempt > 0 { try git.run(["fetch", "--quiet", "origin"]) }
            let mode = try integrate(workspace, git, &report)
            if attempt == 0 { testHook("after-merge", environment) }
            try workspace.refreshAfterRewrite()
            if mode == .unioned {
                try commit(workspace, git, stagingAllLogs: true)
            } else {
                try restoreOthers(workspace, git, &report)
                try commit(workspace, git)
            }
            let remoteBefore = try remoteCounts()
            var arguments = ["push", "--quiet", "origin", "HEAD:refs/heads/\(branch)"]
            if try replaceHistoryIfErased(workspace, git) {
                // Only over the remote head this sync saw: a colleague's push in between
                // is fetched and integrated first.
                let seen = try git.run(["rev-parse", "--verify", "--quiet", remoteRef], check: false)
                let lease = seen.succeeded ? seen.text.trimmingCharacters(in: .whitespacesAndNewlines) : ""
                arguments.insert("--force-with-lease=refs/heads/\(branch):\(lease)", at: 2)
                report.historyReplaced = true
            }
            let result = try git.run(arguments, check: false)
            if result.succeeded {
                var sent = 0
                for file in workspace.ownLogFiles {
                    sent += lineCount(try git.run(["show", "HEAD:\(file)"], check: false))
                }
                // The remote-tracking ref follows the push: the next sync counts from here.
                try git.run(["fetch", "--quiet", "origin"], check: false)
                if report.historyReplaced || report.historyAdopted { try forgetOldHistory(git) }
                return max(0, sent - remoteBefore)
            }
            last = result.errorText
        }
        throw SyncError.pushRefused(last)
    }

    // MARK: Erasure

    /// The tracked file listing the people (ids) erased before the shared history was
    /// last replaced: a history that lists fewer still holds what they were.
    static let erasedMarker = ".parcours-erased"

    private static func erasedIDs(_ git: Git, _ ref: String) throws -> Set<String> {
        let shown = try git.run(["show", "\(ref):\(erasedMarker)"], check: false)
        guard shown.succeeded else { return [] }
        return Set(shown.text.split(separator: "\n").map(String.init).filter { !$0.isEmpty })
    }

    /// The erasure rewrite of a shared version of a log file (as it is when nobody is erased).
    private static func erased(_ data: Data, file: String, _ rewrite: LogRewrite.Transform?) -> Data {
        guard let rewrite, file.hasPrefix("events/"), file.hasSuffix(".jsonl") else { return data }
        let writer = String((file as NSString).lastPathComponent.dropLast(6))
        return Data(LogRewrite.rewrite(Array(data), writer: writer, transform: rewrite).bytes)
    }

    /// How what the remote holds was brought in.
    enum Integration { case merged, adopted, unioned }

    /// Brings what the remote holds:
    /// - a merge, in the ordinary case;
    /// - when the remote's history was replaced after an erasure this installation has
    ///   not seen, that history adopted as it is (merging the old one in would bring the
    ///   erased data back), this installation's own records kept on top;
    /// - when this installation erased someone the remote's history still holds, the
    ///   remote's files taken into the working files record by record, without its
    ///   history (this history is about to be replaced).
    private static func integrate(_ workspace: Workspace, _ git: Git, _ report: inout SyncReport) throws -> Integration {
        try setAsideUntrackedClashes(workspace, git, &report)
        let remoteRef = "refs/remotes/origin/\(branch)"
        let hasRemote = try git.run(["rev-parse", "--verify", "--quiet", remoteRef], check: false).succeeded
        let hasHead = try git.run(["rev-parse", "--verify", "--quiet", "HEAD"], check: false).succeeded
        guard hasRemote, hasHead else {
            try merge(workspace, git, &report)
            return .merged
        }
        let related = try git.run(["merge-base", "HEAD", remoteRef], check: false).succeeded
        let theirs = try erasedIDs(git, remoteRef)
        let known = try erasedIDs(git, "HEAD").union(workspace.state.erasures.keys)
        if !related, !theirs.subtracting(try erasedIDs(git, "HEAD")).isEmpty {
            try adopt(workspace, git, remoteRef)
            report.historyAdopted = true
            return .adopted
        }
        if !known.isSubset(of: theirs) {
            try takeFiles(of: remoteRef, workspace, git)
            return .unioned
        }
        try merge(workspace, git, &report)
        return .merged
    }

    private static func adopt(_ workspace: Workspace, _ git: Git, _ remoteRef: String) throws {
        var own: [(URL, Data)] = []
        for file in workspace.ownLogFiles {
            let url = workspace.directory.appendingPathComponent(file)
            if let bytes = try? POSIXFile.read(url.path) { own.append((url, Data(bytes))) }
        }
        try git.run(["reset", "--quiet", "--hard", remoteRef])
        for (url, ours) in own {
            let theirs = (try? POSIXFile.read(url.path)).map { Data($0) } ?? Data()
            let union = RecordUnion.merge([ours, theirs], writer: String(url.lastPathComponent.dropLast(6)))
            try POSIXFile.replace(url.path, with: Array(union.merged))
        }
    }

    /// Every log file of `ref` joined into the working file, record by record.
    private static func takeFiles(of ref: String, _ workspace: Workspace, _ git: Git) throws {
        for file in try git.lines(["ls-tree", "-r", "--name-only", ref, "--", "events"]) where file.hasSuffix(".jsonl") {
            let theirs = try git.run(["show", "\(ref):\(file)"]).output
            let url = workspace.directory.appendingPathComponent(file)
            let ours = (try? POSIXFile.read(url.path)).map { Data($0) } ?? Data()
            guard ours != theirs else { continue }
            let union = RecordUnion.merge([ours, theirs], writer: String(url.lastPathComponent.dropLast(6)))
            try POSIXFile.replace(url.path, with: Array(union.merged))
        }
    }

    /// When someone is erased whom the shared history still holds, replaces that history
    /// by one commit of the current (rewritten) files, listing the erased in the marker.
    /// Returns whether it did (the push must then replace the remote's history).
    private static func replaceHistoryIfErased(_ workspace: Workspace, _ git: Git) throws -> Bool {
        let erased = workspace.state.erasures.keys
        let remoteRef = "refs/remotes/origin/\(branch)"
        let hasRemote = try git.run(["rev-parse", "--verify", "--quiet", remoteRef], check: false).succeeded
        // Replaced until the remote's history lists everyone erased here.
        guard !erased.isEmpty, !erased.isSubset(of: try erasedIDs(git, hasRemote ? remoteRef : "HEAD")) else { return false }
        let marker = git.directory.appendingPathComponent(erasedMarker)
        try Data((erased.sorted().joined(separator: "\n") + "\n").utf8).write(to: marker)
        try git.run(["add", "--", erasedMarker])
        let tree = try git.run(["write-tree"]).text.trimmingCharacters(in: .whitespacesAndNewlines)
        let root = try git.run(["commit-tree", tree, "-m",
                                "parcours: shared history replaced after an erasure (what it held is gone)"])
            .text.trimmingCharacters(in: .whitespacesAndNewlines)
        try git.run(["reset", "--quiet", "--soft", root])
        return true
    }

    /// Drops this repository's copies of the replaced history: its reflogs and every
    /// object no longer reachable.
    private static func forgetOldHistory(_ git: Git) throws {
        try git.run(["reflog", "expire", "--expire=now", "--all"], check: false)
        try? FileManager.default.removeItem(at: git.directory.appendingPathComponent(".git/ORIG_HEAD"))
        try git.run(["gc", "--quiet", "--prune=now"], check: false)
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

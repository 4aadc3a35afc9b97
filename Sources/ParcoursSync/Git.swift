import Foundation
import ParcoursKit

/// Runs the `git` command in a data directory, never prompting (no terminal, stdin from
/// /dev/null) and with a fixed committer identity, so it works on a machine with no
/// git configuration.
struct Git {
    struct Result {
        let status: Int32
        let output: Data
        let errorText: String
        var text: String { String(decoding: output, as: UTF8.self) }
        var succeeded: Bool { status == 0 }
    }

    let executable: URL
    let directory: URL
    let author: String
    let writer: String
    let environment: [String: String]

    init(directory: URL, author: String, writer: String,
         environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        guard let executable = Git.find(environment) else { throw SyncError.gitMissing }
        self.executable = executable
        self.directory = directory
        self.author = author
        self.writer = writer
        var env = environment
        env["GIT_TERMINAL_PROMPT"] = "0"
        env["LC_ALL"] = "C"
        if env["GIT_SSH_COMMAND"] == nil { env["GIT_SSH_COMMAND"] = "ssh -o BatchMode=yes" }
        self.environment = env
    }

    /// `git` on the PATH.
    static func find(_ environment: [String: String]) -> URL? {
        let path = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for dir in path.split(separator: ":") where !dir.isEmpty {
            let url = URL(fileURLWithPath: String(dir)).appendingPathComponent("git")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return nil
    }

    /// Runs `git ARGS` in the data directory; `check` turns a non-zero exit into an error.
    @discardableResult
    func run(_ arguments: [String], check: Bool = true) throws -> Result {
        let process = Process()
        process.executableURL = executable
        let name = author.replacingOccurrences(of: "\n", with: " ")
        process.arguments = [
            "-c", "user.name=\(name.isEmpty ? "Parcours" : name)",
            "-c", "user.email=\(writer.isEmpty ? "parcours" : writer)@parcours.invalid",
            "-c", "commit.gpgsign=false", "-c", "core.hooksPath=/dev/null",
            "-c", "init.defaultBranch=main", "-c", "merge.conflictstyle=merge",
            "-C", directory.path,
        ] + arguments
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Drain stderr on another thread so neither pipe can fill and block git.
        let errorData = ErrorBuffer()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errorData.set(err.fileHandleForReading.readDataToEndOfFile())
            group.leave()
        }
        let output = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        let result = Result(status: process.terminationStatus, output: output,
                            errorText: String(decoding: errorData.get(), as: UTF8.self))
        if check, !result.succeeded {
            throw SyncError.gitFailed(command: arguments.first ?? "", message: result.errorText.isEmpty ? result.text : result.errorText)
        }
        return result
    }

    /// Non-empty output lines.
    func lines(_ arguments: [String]) throws -> [String] {
        try run(arguments).text.split(separator: "\n").map(String.init).filter { !$0.isEmpty }
    }
}

/// Holds what the stderr reader collected until the process ends.
private final class ErrorBuffer: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    func set(_ value: Data) { lock.withLock { data = value } }
    func get() -> Data { lock.withLock { data } }
}

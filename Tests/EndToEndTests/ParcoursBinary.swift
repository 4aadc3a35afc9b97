import Foundation
import Testing

/// Runs the built `parcours` binary the way a user would, in a private data directory.
struct ParcoursBinary {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
        /// The command did not finish within its time limit and was killed.
        var timedOut = false
    }

    /// The binary sits beside the test bundle in the build products directory.
    static let url: URL = {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent(),
            Bundle.main.bundleURL.deletingLastPathComponent(),
            URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent(".build/debug"),
        ]
        for dir in candidates {
            let url = dir.appendingPathComponent("parcours")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        fatalError("parcours binary not found near \(candidates.map(\.path)); run `make test`, which builds it first")
    }()

    let data: URL
    var environment: [String: String]

    init(author: String = "Camille", language: String = "en") {
        data = FileManager.default.temporaryDirectory
            .appendingPathComponent("parcours-e2e-\(UUID().uuidString.prefix(8))", isDirectory: true)
        environment = [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "HOME": FileManager.default.temporaryDirectory.path,
            "LANG": "C.UTF-8",
            "PARCOURS_AUTHOR": author,
            "PARCOURS_LANG": language,
        ]
    }

    /// Runs `parcours ARGS --data <private dir>` and collects its output.
    @discardableResult
    func run(_ arguments: [String], dataFlag: Bool = true, input: String? = nil, timeLimit: Double = 300) throws -> Result {
        let process = Process()
        process.executableURL = Self.url
        process.arguments = arguments + (dataFlag ? ["--data", data.path] : [])
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // A command that hangs is killed, so the test fails instead of never ending.
        let watchdog = Watchdog(process)
        DispatchQueue.global().asyncAfter(deadline: .now() + timeLimit) { watchdog.fire() }
        // Read before waiting so a large output cannot fill the pipe and block the child.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self),
                      timedOut: watchdog.fired)
    }

    /// Runs a command that must succeed, and returns its standard output.
    @discardableResult
    func ok(_ arguments: String...) throws -> String {
        let result = try run(arguments)
        guard result.status == 0 else {
            throw Failure("parcours \(arguments.joined(separator: " ")) exited \(result.status): \(result.stderr)")
        }
        return result.stdout
    }

    /// Parses the JSON a command prints.
    func json(_ arguments: String...) throws -> Any {
        let result = try run(arguments)
        guard result.status == 0 else {
            throw Failure("parcours \(arguments.joined(separator: " ")) exited \(result.status): \(result.stderr)")
        }
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8), options: [.fragmentsAllowed])
    }

    /// Every byte of every file under the data directory, to prove a command changed nothing.
    func fingerprint() -> [String: Data] {
        var files: [String: Data] = [:]
        guard let walker = FileManager.default.enumerator(at: data, includingPropertiesForKeys: nil) else { return files }
        for case let url as URL in walker where !url.hasDirectoryPath {
            if url.path.contains("/local/") || url.path.contains("/cache/") { continue }
            files[url.path] = try? Data(contentsOf: url)
        }
        return files
    }

    func cleanUp() { try? FileManager.default.removeItem(at: data) }
}

/// Kills a process still running when its time is up.
final class Watchdog: @unchecked Sendable {
    private let lock = NSLock()
    private let process: Process
    private var didFire = false

    init(_ process: Process) { self.process = process }

    func fire() {
        lock.withLock {
            guard process.isRunning else { return }
            didFire = true
            kill(process.processIdentifier, SIGKILL)
        }
    }

    var fired: Bool { lock.withLock { didFire } }
}

struct Failure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Runs `arguments` through the binary: it must fail, say every text of `mentions` on
/// stderr, and leave every file of the data directory as it was (bad input changes nothing).
@discardableResult
func refused(_ p: ParcoursBinary, _ arguments: [String], mentions: [String],
             sourceLocation: SourceLocation = #_sourceLocation) throws -> ParcoursBinary.Result {
    let files = p.fingerprint()
    let result = try p.run(arguments)
    #expect(result.status != 0, "exit status of \(arguments.prefix(4))", sourceLocation: sourceLocation)
    for text in mentions {
        #expect(result.stderr.contains(text), "“\(text)” not in: \(result.stderr.prefix(500))", sourceLocation: sourceLocation)
    }
    #expect(p.fingerprint() == files, "files changed by \(arguments.prefix(4))", sourceLocation: sourceLocation)
    return result
}

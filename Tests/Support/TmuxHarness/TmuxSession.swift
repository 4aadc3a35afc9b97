import Foundation

/// A program running in a private, headless tmux server, for end-to-end tests.
///
/// The server has its own socket (`tmux -L <unique>`), no configuration, no tty
/// (`setsid`, stdin from /dev/null) and a small explicit environment. A shell wrapper
/// records `stty -g` before and after the program and its exit status, in files.
public final class TmuxSession: @unchecked Sendable {
    public let socket: String
    public let directory: URL
    private let environment: [String: String]
    private var closed = false

    /// Starts `command` (program and arguments) in a `width`×`height` pane.
    /// - Parameter environment: extra variables for the program (they win over the defaults).
    public init(command: [String], width: Int = 80, height: Int = 24,
                environment extra: [String: String] = [:]) throws {
        tmux = try Self.locateTmux()
        socket = "terminalkit-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))"
        directory = FileManager.default.temporaryDirectory.appendingPathComponent(socket)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let term = FileManager.default.fileExists(atPath: "/lib/terminfo/t/tmux-256color")
            || FileManager.default.fileExists(atPath: "/usr/share/terminfo/t/tmux-256color")
            ? "tmux-256color" : "xterm-256color"
        let home = ProcessInfo.processInfo.environment["HOME"] ?? directory.path
        environment = [
            "PATH": "/usr/local/bin:/usr/bin:/bin",
            "HOME": home,
            "LANG": "C.UTF-8",
            "TERM": term,
        ]
        var programEnvironment = environment
        programEnvironment.merge(extra) { _, new in new }
        let script = Self.wrapperScript(command: command, environment: programEnvironment, directory: directory)
        let scriptURL = directory.appendingPathComponent("run.sh")
        try script.write(to: scriptURL, atomically: true, encoding: .utf8)
        _ = try run(["/usr/bin/setsid", "-w", tmux, "-L", socket, "-f", "/dev/null", "-u",
                     "new-session", "-d", "-s", "main", "-x", String(width), "-y", String(height),
                     "/bin/sh " + Self.quote(scriptURL.path)], useTmuxPrefix: false)
        serverPID = Int32((try? run(["display-message", "-p", "#{pid}"]))?
            .trimmingCharacters(in: .whitespacesAndNewlines) ?? "")
    }

    /// The tmux server's pid, to make sure it is gone on close.
    private var serverPID: Int32?

    deinit { close() }

    private let tmux: String

    // MARK: - Driving

    /// Sends tmux key names: "Up", "Enter", "Escape", "C-c", "BTab", "q"…
    public func sendKeys(_ keys: String...) throws {
        _ = try run(["send-keys", "-t", target] + keys)
    }

    /// Types literal UTF-8 text (accents included).
    public func sendText(_ text: String) throws {
        _ = try run(["send-keys", "-t", target, "-l", text])
    }

    /// The visible screen as text; with `escapes`, with colour and attribute sequences.
    public func capture(escapes: Bool = false) throws -> String {
        try run(["capture-pane", "-p", "-t", target] + (escapes ? ["-e"] : []))
    }

    /// A tmux format evaluated for the pane, e.g. `#{pane_title}` (which an escape
    /// sequence written by the program would change).
    public func display(_ format: String) throws -> String {
        try run(["display-message", "-p", "-t", target, format]).trimmingCharacters(in: .newlines)
    }

    /// Resizes the window (the program gets SIGWINCH / KEY_RESIZE).
    public func resize(width: Int, height: Int) throws {
        _ = try run(["resize-window", "-t", target, "-x", String(width), "-y", String(height)])
    }

    /// Polls the screen until it contains `text`; returns that screen.
    /// - Throws: `TmuxError.timeout` with the last screen.
    @discardableResult
    public func waitFor(_ text: String, timeout: Duration = .seconds(20)) throws -> String {
        try waitUntil("\"\(text)\"", timeout: timeout) { $0.contains(text) }
    }

    /// Polls the screen until `condition` holds; returns that screen.
    @discardableResult
    public func waitUntil(_ description: String, timeout: Duration = .seconds(20),
                          _ condition: (String) -> Bool) throws -> String {
        let deadline = ContinuousClock.now + timeout
        var screen = ""
        while true {
            screen = (try? capture()) ?? screen
            if condition(screen) { return screen }
            if ContinuousClock.now >= deadline { throw TmuxError.timeout(waitingFor: description, screen: screen) }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    // MARK: - After the program

    /// The program's exit status (128 + n when killed by signal n), once it has ended.
    public var exitStatus: Int32? {
        guard let text = try? String(contentsOf: directory.appendingPathComponent("status"), encoding: .utf8) else { return nil }
        return Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Waits for the program to end; returns its exit status.
    public func waitForExit(timeout: Duration = .seconds(20)) throws -> Int32 {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if let status = exitStatus { return status }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw TmuxError.notExited(screen: (try? capture()) ?? "")
    }

    /// `stty -g` of the pane's terminal just before the program started.
    public var sttyBefore: String? { read("stty-before") }
    /// `stty -g` of the pane's terminal just after the program ended.
    public var sttyAfter: String? { read("stty-after") }

    /// Reads a file the program or wrapper wrote in the session directory.
    public func read(_ name: String) -> String? {
        (try? String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8))?
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Polls until a file in the session directory exists and is not empty.
    public func waitForFile(_ name: String, timeout: Duration = .seconds(20)) throws -> String {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if let text = read(name), !text.isEmpty { return text }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw TmuxError.timeout(waitingFor: "file \(name)", screen: (try? capture()) ?? "")
    }

    /// Kills the server and removes the session directory. Called on deinit too.
    public func close() {
        guard !closed else { return }
        closed = true
        _ = try? run(["kill-server"])
        // A server that ignores kill-server (e.g. started with SIGTERM blocked) is killed outright.
        if let pid = serverPID, pid > 0 {
            let deadline = ContinuousClock.now + .seconds(2)
            while kill(pid, 0) == 0 && ContinuousClock.now < deadline { Thread.sleep(forTimeInterval: 0.02) }
            if kill(pid, 0) == 0 { kill(pid, SIGKILL) }
        }
        try? FileManager.default.removeItem(at: directory)
        // A server that exits with its last pane leaves its socket file behind.
        try? FileManager.default.removeItem(atPath: "/tmp/tmux-\(getuid())/\(socket)")
    }

    // MARK: - Private

    private var target: String { "main:" }

    /// Keeps the pane open after the program ends (`sleep`) only until the status is
    /// written; the status file is renamed into place last, so reading it means done.
    static func wrapperScript(command: [String], environment: [String: String], directory: URL) -> String {
        let d = quote(directory.path)
        let exports = environment.sorted { $0.key < $1.key }
            .map { "export \($0.key)=\(quote($0.value))" }.joined(separator: "\n")
        return """
        \(exports)
        stty -g > \(d)/stty-before
        \(command.map(quote).joined(separator: " "))
        status=$?
        stty -g > \(d)/stty-after
        echo "$status" > \(d)/status.tmp
        mv \(d)/status.tmp \(d)/status

        """
    }

    static func quote(_ s: String) -> String {
        "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// The tmux executable in one of `directories`.
    /// - Throws: `TmuxError.tmuxMissing`, whose message says to run `make test` — the
    ///   end-to-end tests fail without tmux, they are never skipped.
    public static func locateTmux(in directories: [String] = ["/usr/bin", "/usr/local/bin", "/bin", "/opt/homebrew/bin"]) throws -> String {
        for dir in directories {
            let path = dir + "/tmux"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        throw TmuxError.tmuxMissing
    }

    private func run(_ arguments: [String], useTmuxPrefix: Bool = true) throws -> String {
        let executable = useTmuxPrefix ? tmux : arguments[0]
        let rest = useTmuxPrefix ? ["-L", socket] + arguments : Array(arguments.dropFirst())
        let outputFile = directory.appendingPathComponent("tmux-output-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: outputFile) }
        let result = try Spawn.run(executable, rest, environment: environment, outputFile: outputFile)
        guard result.status == 0 else {
            throw TmuxError.commandFailed(arguments: arguments, status: result.status, output: result.output)
        }
        return result.output
    }
}

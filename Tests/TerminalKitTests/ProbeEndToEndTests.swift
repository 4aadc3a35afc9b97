import Foundation
import Testing
import TmuxHarness

/// The real terminal-probe binary in a private headless tmux server.
@Suite struct ProbeEndToEndTests {
    /// terminal-probe sits next to the test bundle in the build products directory.
    static var probePath: String {
        get throws {
            let argv0 = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            var directory = argv0.deletingLastPathComponent()
            for _ in 0..<4 {
                let candidate = directory.appendingPathComponent("terminal-probe").path
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
                directory = directory.deletingLastPathComponent()
            }
            let fromSource = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
                .deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent(".build/debug/terminal-probe").path
            guard FileManager.default.isExecutableFile(atPath: fromSource) else {
                throw ProbeMissing(looked: argv0.path)
            }
            return fromSource
        }
    }

    struct ProbeMissing: Error, CustomStringConvertible {
        let looked: String
        var description: String { "terminal-probe was not built next to \(looked): run `swift build --build-tests` first." }
    }

    func startProbe(width: Int = 80, height: Int = 24, environment: [String: String] = [:]) throws -> TmuxSession {
        let session = try TmuxSession(command: [try Self.probePath], width: width, height: height, environment: environment)
        try session.waitFor("TerminalKit probe")
        return session
    }

    /// In a process of its own: opening a terminal sets the process' locale, which is not
    /// safe while this test process runs other tests on other threads.
    @Test(arguments: [("no-such-terminal-xyz", "The terminal type \"no-such-terminal-xyz\" is not known on this machine"),
                      ("", "No terminal type is set (TERM is empty)")])
    func anUnusableTerminalFailsCleanly(term: String, message: String) throws {
        var environment = ProcessInfo.processInfo.environment
        environment["TERM"] = term
        let output = FileManager.default.temporaryDirectory
            .appendingPathComponent("probe-term-\(UUID().uuidString).txt").path
        defer { try? FileManager.default.removeItem(atPath: output) }
        let result = try Spawn.run(try Self.probePath, [], environment: environment, outputFile: output)
        #expect(result.status == 1)
        #expect(result.output.contains("terminal-probe: " + message))
    }

    @Test func missingTmuxIsAnErrorSayingToRunMakeTest() throws {
        let error = #expect(throws: TmuxError.self) { try TmuxSession.locateTmux(in: ["/nonexistent"]) }
        #expect(error?.description.contains("run `make test`") == true)
        #expect(try TmuxSession.locateTmux().hasSuffix("/tmux"))
    }

    @Test func startsAndShowsItsTitleAndSize() throws {
        let session = try startProbe()
        defer { session.close() }
        let screen = try session.waitFor("Size: 80×24")
        #expect(screen.contains("┌ TerminalKit probe"))
        #expect(screen.contains("type here"))
    }

    @Test func ticksAndBackgroundMessagesReachUpdate() throws {
        let session = try startProbe()
        defer { session.close() }
        try session.waitFor("Inbox: message from a background thread")
        try session.waitUntil("three ticks") { screen in
            screen.split(separator: "\n").contains { line in
                guard let range = line.range(of: "Ticks: ") else { return false }
                return Int(line[range.upperBound...].prefix { $0.isNumber }).map { $0 >= 3 } ?? false
            }
        }
    }

    @Test func colorsUnlessNoColorIsSet() throws {
        // An SGR sequence setting the foreground to cyan (36), alone or with other attributes.
        let cyan = #/\x1B\[([0-9]+;)*36[;m]/#
        let colored = try startProbe()
        defer { colored.close() }
        #expect(try colored.capture(escapes: true).contains(cyan))
        let plain = try startProbe(environment: ["NO_COLOR": "1"])
        defer { plain.close() }
        let screen = try plain.capture(escapes: true)
        #expect(!screen.contains(cyan))
        #expect(screen.contains("\u{1B}[1m"))   // bold is kept
    }

    @Test func typedAccentedTextAppearsAndKeysAreNamed() throws {
        let session = try startProbe()
        defer { session.close() }
        try session.sendText("Étude d’opportunité « œuvre » 中文")
        try session.waitFor("Text: Étude d’opportunité « œuvre » 中文")
        // Ctrl-W deletes "中文", two Backspaces the space and "»".
        try session.sendKeys("C-w", "BSpace", "BSpace")
        let screen = try session.waitUntil("the last word and two characters deleted") {
            $0.contains("Text: Étude d’opportunité « œuvre ") && !$0.contains("»")
        }
        #expect(!screen.contains("中"))
        #expect(screen.contains("Last key: Backspace"))
        try session.sendKeys("C-r")
        try session.waitFor("Last key: Ctrl-R")
    }

    @Test func resizeRedrawsWithTheNewSizeAndTooSmallShowsTheNotice() throws {
        let session = try startProbe()
        defer { session.close() }
        try session.resize(width: 60, height: 20)
        let small = try session.waitFor("Size: 60×20")
        #expect(small.split(separator: "\n").first?.hasSuffix("┐") == true)
        #expect(small.split(separator: "\n").first.map { $0.count } == 60)
        try session.resize(width: 24, height: 6)
        try session.waitFor("needs at least")
        try session.resize(width: 80, height: 24)
        try session.waitFor("Size: 80×24")
    }

    @Test func qExitsWithZeroAndRestoresTheTerminal() throws {
        let session = try startProbe()
        defer { session.close() }
        try session.sendText("x")
        try session.waitFor("Text: x")
        try session.sendKeys("C-u")
        try session.waitFor("type here")
        try session.sendKeys("q")
        #expect(try session.waitForExit() == 0)
        #expect(session.sttyBefore != nil)
        #expect(session.sttyAfter == session.sttyBefore)
    }

    @Test func ctrlCExitsWith130AndRestoresTheTerminal() throws {
        let session = try startProbe()
        defer { session.close() }
        try session.sendKeys("C-c")
        #expect(try session.waitForExit() == 130)
        #expect(session.sttyBefore != nil)
        #expect(session.sttyAfter == session.sttyBefore)
    }

    @Test(arguments: [("TERM", Int32(15)), ("HUP", 1), ("INT", 2), ("ABRT", 6), ("SEGV", 11)])
    func signalRestoresTheTerminal(signal: String, number: Int32) throws {
        let pidFile = FileManager.default.temporaryDirectory.appendingPathComponent("probe-\(UUID().uuidString).pid")
        defer { try? FileManager.default.removeItem(at: pidFile) }
        let session = try startProbe(environment: ["PROBE_PID_FILE": pidFile.path])
        defer { session.close() }
        let pid = try #require(Int32(try waitForPid(pidFile)))
        #expect(kill(pid, number) == 0)
        #expect(try session.waitForExit() == 128 + number)  // it dies of the signal, after restoring
        #expect(session.sttyBefore != nil)
        #expect(session.sttyAfter == session.sttyBefore)
    }

    private func waitForPid(_ file: URL) throws -> String {
        let deadline = ContinuousClock.now + .seconds(20)
        while ContinuousClock.now < deadline {
            if let text = try? String(contentsOf: file, encoding: .utf8), text.hasSuffix("\n") {
                return text.trimmingCharacters(in: .whitespacesAndNewlines)
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw TmuxError.timeout(waitingFor: "the probe's pid file", screen: "")
    }
}

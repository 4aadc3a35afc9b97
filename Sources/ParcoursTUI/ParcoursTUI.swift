import Foundation
import ParcoursDomain
import ParcoursKit
import TerminalKit

/// The terminal interface's entry point.
public enum ParcoursInterface {
    /// Runs the interface until the user quits; the terminal is restored on every exit
    /// path (the backend also restores it on Ctrl-C, SIGTERM and crash signals).
    ///
    /// - Parameter loadDemo: what the welcome screen's "load the examples" does; by
    ///   default it reports that example data is unavailable.
    public static func run(workspace: Workspace, language: Language,
                           loadDemo: ((Workspace) throws -> Void)? = nil) throws {
        let load = loadDemo ?? { _ in throw DemoUnavailable(language: language) }
        let program = Program(workspace: workspace, language: language, loadDemo: load)
        // The size notice is drawn by `View` itself, so the loop needs no minimum size.
        let app = TerminalApp<Program, Never>(tickInterval: .milliseconds(500), language: language.labels)
        let terminal = try Terminal()
        program.send(.resize(terminal.size))
        _ = try app.run(program, on: terminal, update: { program, event in
            switch event {
            case .key(let key): program.send(.key(key))
            case .resize(let size): program.send(.resize(size))
            case .tick: program.send(.tick)
            case .message: break
            }
            return program.quit ? .quit : nil
        }, view: { program, _ in program.frame() })
    }

    /// Like `run(workspace:language:loadDemo:)`, but opens the workspace itself on another
    /// thread while the screen shows a progress bar: `open` builds the workspace and
    /// reports its progress through the function it is given, e.g.
    /// `{ report in try Workspace(directory: d, author: a, progress: report) }`.
    /// What `open` throws is rethrown once the terminal is restored.
    public static func run(language: Language,
                           loadDemo: ((Workspace) throws -> Void)? = nil,
                           opening open: @escaping @Sendable (_ report: @escaping @Sendable (OpeningProgress) -> Void) throws -> Workspace) throws {
        let load = loadDemo ?? { _ in throw DemoUnavailable(language: language) }
        let app = TerminalApp<Launch, OpeningMessage>(tickInterval: .milliseconds(500), language: language.labels)
        let terminal = try Terminal()
        let launch = Launch(language: language, size: terminal.size, loadDemo: load)
        let inbox = app.inbox
        let failure = OpeningFailure()
        Thread.detachNewThread {
            do {
                let workspace = try open { progress in inbox.post(.progress(progress)) }
                inbox.post(.opened(workspace))
            } catch {
                failure.error = error
                inbox.post(.failed(Program.describe(error, language)))
            }
        }
        _ = try app.run(launch, on: terminal, update: { launch, event in
            launch.send(event)
            return launch.done ? .quit : nil
        }, view: { launch, _ in launch.frame() })
        if let error = failure.error { throw error }
    }
}

/// The error the opening thread met, handed to the main thread once the loop ends.
private final class OpeningFailure: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: (any Error)?
    var error: (any Error)? {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}

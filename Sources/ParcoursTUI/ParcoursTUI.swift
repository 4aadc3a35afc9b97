import Foundation
import ParcoursDomain
import ParcoursKit
import TerminalKit

/// The terminal interface's entry point.
public enum ParcoursInterface {
    /// Runs the interface until the user quits, opening the workspace on another thread
    /// while the screen shows a progress bar: `open` builds the workspace and reports its
    /// progress through the function it is given, e.g.
    /// `{ report in try Workspace(directory: d, author: a, progress: report) }`.
    /// What `open` throws is rethrown once the terminal is restored (the backend also
    /// restores it on Ctrl-C, SIGTERM and crash signals).
    ///
    /// Once open, the workspace is used only on the interface's effect worker thread:
    /// commands, refreshes, sync and the demo run there, so the screen never freezes.
    ///
    /// - Parameter loadDemo: what the welcome screen's "load the examples" does; by
    ///   default it reports that example data is unavailable.
    public static func run(language: Language, loadDemo: DemoLoader? = nil,
                           opening open: @escaping @Sendable (_ report: @escaping @Sendable (OpeningProgress) -> Void) throws -> Workspace) throws {
        // The size notice is drawn by `View` itself, so the loop needs no minimum size.
        let app = TerminalApp<Launch, LaunchMessage>(tickInterval: .milliseconds(500), language: language.labels)
        let terminal = try Terminal()
        let inbox = app.inbox
        let launch = Launch(language: language, size: terminal.size, loadDemo: loadDemo, post: { inbox.post($0) })
        let failure = OpeningFailure()
        Thread.detachNewThread {
            do {
                let workspace = try open { progress in inbox.post(.progress(progress)) }
                inbox.post(.opened(workspace))
            } catch {
                failure.error = error
                inbox.post(.failed(ErrorText.describe(error, language)))
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

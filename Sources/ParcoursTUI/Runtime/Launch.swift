import ParcoursDomain
import ParcoursKit
import TerminalKit

/// What other threads tell the terminal loop: the opening thread how far it has got,
/// then the open workspace or why it could not be opened; the effect worker what the
/// effects led to.
enum LaunchMessage: Sendable {
    case progress(OpeningProgress)
    case opened(Workspace)
    case failed(String)
    /// An effect's outcome, for the running interface.
    case program(Msg)
}

/// The interface from the first frame: a progress bar while the workspace opens on
/// another thread, then the `Program` on it. Driven by the terminal loop and by tests
/// alike.
final class Launch {
    enum Phase {
        /// How far opening has got (nil before the first report).
        case opening(OpeningProgress?)
        case running(Program)
        /// Opening failed: the loop ends and the reason is thrown to the command line.
        case failed(String)
    }

    private(set) var phase: Phase = .opening(nil)
    private(set) var size: Size
    let language: Language
    let loadDemo: DemoLoader?
    /// Where the program's worker posts effects' outcomes (the loop's inbox); nil runs
    /// effects at once on the loop's thread.
    let post: (@Sendable (LaunchMessage) -> Void)?

    init(language: Language, size: Size, loadDemo: DemoLoader? = nil, post: (@Sendable (LaunchMessage) -> Void)? = nil) {
        self.language = language
        self.size = size
        self.loadDemo = loadDemo
        self.post = post
    }

    /// Whether the loop should end (the user quit, or opening failed).
    var done: Bool {
        switch phase {
        case .opening: false
        case .running(let program): program.quit
        case .failed: true
        }
    }

    func send(_ event: Event<LaunchMessage>) {
        switch (phase, event) {
        case (.running(let program), .key(let key)): program.send(.key(key))
        case (.running(let program), .resize(let size)): self.size = size; program.send(.resize(size))
        case (.running(let program), .tick): program.send(.tick)
        case (.running(let program), .message(.program(let msg))): program.send(msg)
        case (.opening, .message(.progress(let progress))): phase = .opening(progress)
        case (.opening, .message(.opened(let workspace))):
            let effects = WorkspaceEffects(workspace: workspace, language: language, loadDemo: loadDemo)
            let post = self.post.map { post in { @Sendable (msg: Msg) in post(.program(msg)) } }
            phase = .running(Program(handler: effects, language: language, size: size, post: post))
        case (.opening, .message(.failed(let reason))): phase = .failed(reason)
        case (_, .resize(let size)): self.size = size
        // Ctrl-C while opening leaves at once; nothing has been written yet.
        case (.opening, .key(.ctrl("c"))): phase = .failed("")
        default: break
        }
    }

    func frame() -> Frame {
        switch phase {
        case .running(let program): return program.frame()
        case .opening(let progress): return Frame(canvas: OpeningView.canvas(progress: progress, language: language, size: size))
        case .failed: return Frame(canvas: Canvas(size: size))
        }
    }
}

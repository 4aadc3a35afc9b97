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
    public static func run(workspace: Workspace, language: ParcoursDomain.Language,
                           loadDemo: ((Workspace) throws -> Void)? = nil) throws {
        let load = loadDemo ?? { _ in throw DemoUnavailable(language: language) }
        let program = Program(workspace: workspace, language: language, loadDemo: load)
        // The size notice is drawn by `View` itself, so the loop needs no minimum size.
        let app = TerminalApp<Program, Never>(tickInterval: .milliseconds(500), language: language.terminal)
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
}

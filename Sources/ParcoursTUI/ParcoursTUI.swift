import ParcoursDomain
import ParcoursKit
import TerminalKit

/// The terminal interface's entry point.
public enum ParcoursInterface {
    /// Runs the interface until the user quits; the terminal is restored on every exit path.
    public static func run(workspace: Workspace, language: ParcoursDomain.Language) throws {
        print("Parcours — \(workspace.directory.path) — \(workspace.eventCount) events")
    }
}

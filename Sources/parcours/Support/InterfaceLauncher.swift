import Foundation
import ParcoursKit
import ParcoursTUI

/// Opens the terminal interface on the workspace.
enum InterfaceLauncher {
    static func open(_ cli: CLI) throws {
        let workspace = try cli.workspace()
        try ParcoursInterface.run(workspace: workspace, language: cli.language,
                                  loadDemo: { try Demo.load(into: $0) })
    }
}

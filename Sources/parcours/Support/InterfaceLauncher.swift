import Foundation
import ParcoursDomain
import ParcoursKit
import ParcoursDemo
import ParcoursTUI

/// Opens the terminal interface; the workspace is opened behind a progress bar, so a
/// large log never leaves a blank screen.
enum InterfaceLauncher {
    static func open(_ cli: CLI) throws {
        let directory = cli.directory
        let author = Author.current()
        let readOnly = cli.global.readOnly
        let useCache = !cli.global.noCache && Workspace.cacheByDefault
        let language = cli.language
        let problems = ProblemBox()
        try ParcoursInterface.run(language: cli.language, loadDemo: { workspace, progress in try Demo.load(into: workspace, progress: progress) }) { report in
            let workspace = try Workspace(directory: directory, author: author, readOnly: readOnly,
                                          useCache: useCache, progress: report)
            problems.lines = (workspace.storageNotice.map { [Catalog.text($0, language)] } ?? [])
                + (LogProblemSummary.text(workspace.problems, language).map { [$0] } ?? [])
            return workspace
        }
        // What opening found is said again once the terminal is back (the status line said it).
        for line in problems.lines { cli.warn(line) }
    }
}

/// Carries what the opening thread found back to the main thread.
private final class ProblemBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [String] = []
    var lines: [String] {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}

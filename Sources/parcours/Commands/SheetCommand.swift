import ArgumentParser
import Foundation
import ParcoursDomain
import ParcoursKit

/// `parcours sheet`: a session's attendance sheet (feuille d'émargement), an HTML page to
/// print on A4 and have signed.
struct SheetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sheet",
        abstract: "Write a session's attendance sheet (feuille d'émargement): an HTML page to print on A4.",
        discussion: """
        One row per participant expected at the session, a box to sign (two for a full day:
        morning and afternoon), the programme's funders. No script, no external resource.
        Written 0600 with --out, else to the standard output.
        """)
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The session (title or id).") var session: String
    @Option(help: "Write to this file (0600) instead of the standard output.") var out: String?

    func run() throws {
        try CLI.run(global) { cli in
            let workspace = try cli.workspace()
            let target = try Resolver(workspace.state).session(session)
            let page = AttendanceSheet.html(state: workspace.state, session: target, language: cli.language)
            guard let out else {
                print(page, terminator: "")
                return
            }
            let url = URL(fileURLWithPath: out)
            try PrivateFile.createDirectory(url.deletingLastPathComponent())
            try PrivateFile.write(Data(page.utf8), to: url)
            let count = workspace.state.expectedHolders(session: target).count
            print(cli.language == .fr
                  ? "Feuille d’émargement de « \(target.title) » (\(count) participant·e(s)) écrite dans \(out) (lisible par vous seul·e) : ouvrez-la dans un navigateur et imprimez-la en A4."
                  : "Attendance sheet of “\(target.title)” (\(count) participant(s)) written to \(out) (readable by you only): open it in a browser and print it on A4.")
        }
    }
}

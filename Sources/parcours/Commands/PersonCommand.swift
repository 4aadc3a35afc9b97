import ArgumentParser
import Foundation
import ParcoursDomain
import ParcoursKit

/// `parcours person`: a person's rights (RGPD).
struct PersonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "person",
        abstract: "The people directory (facilitators, referents…) and a person's rights: a copy of everything held about them (RGPD art. 15).",
        subcommands: [Export.self, Add.self, Edit.self, Remove.self])

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Everything held about one person, history included: JSON or a Markdown page they can read.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The holder, or the person of the directory (name or id).") var holder: String
        @Option(help: "json (default) or markdown.") var format: String = "json"
        @Option(help: "Write to this file (0600) instead of the standard output.") var out: String?

        func run() throws {
            try CLI.run(global) { cli in
                guard ["json", "markdown"].contains(format) else {
                    throw InputError(value: format, option: "--format", expectedFR: "json ou markdown", expectedEN: "json or markdown")
                }
                let workspace = try cli.workspace()
                if let member = try PersonCommand.directoryPerson(holder, workspace.state) {
                    return try PersonCommand.export(member, workspace: workspace, format: format, out: out, cli: cli)
                }
                let person = try Resolver(workspace.state).holder(holder, allowingErased: true)
                let record = try PersonRecord.make(workspace, holder: person, language: cli.language)
                let bytes: Data
                if format == "json" {
                    bytes = Data(try JSONOutput.string(record).utf8) + Data("\n".utf8)
                } else {
                    bytes = Data(record.markdown(cli.language).utf8)
                }
                guard let out else {
                    if format == "json" { try cli.printJSON(record) } else { print(record.markdown(cli.language), terminator: "") }
                    return
                }
                let url = URL(fileURLWithPath: out)
                try PrivateFile.createDirectory(url.deletingLastPathComponent())
                try PrivateFile.write(bytes, to: url)
                print(cli.language == .fr ? "Copie des données de \(person.name) écrite dans \(out) (lisible par vous seul·e)."
                                          : "Copy of \(person.name)'s data written to \(out) (readable by you only).")
            }
        }
    }
}

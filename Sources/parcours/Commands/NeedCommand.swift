import ArgumentParser
import ParcoursDomain
import ParcoursKit

/// `parcours need`: what a project lacks to go on (domain.md F16).
struct NeedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "need",
        abstract: "A project's needs and blockers (premises, land, financing, legal or accounting expertise): open, then resolved.",
        subcommands: [Add.self, Resolve.self]
    )

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Open a need (one open need of each kind per project).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The project (or its holder, when they carry one).") var project: String
        @Argument(help: "local, foncier, financement, juridique, comptable or autre.") var kind: String
        @Option(help: "What is needed.") var description: String?
        @Option(help: "Since when, YYYY-MM-DD (today by default).") var date: String?

        func run() throws {
            try CLI.run(global) { cli in
                try cli.perform(.addNeed(project: project, kind: try Arguments.needKind(kind, "KIND"), description: description,
                                         date: try date.map { try Arguments.day($0, "--date") }))
            }
        }
    }

    struct Resolve: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Resolve the project's open need of that kind.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The project (or its holder).") var project: String
        @Argument(help: "local, foncier, financement, juridique, comptable or autre.") var kind: String
        @Option(help: "How it was resolved.") var note: String?
        @Option(help: "When, YYYY-MM-DD (today by default; not before it was opened).") var date: String?

        func run() throws {
            try CLI.run(global) { cli in
                try cli.perform(.resolveNeed(project: project, kind: try Arguments.needKind(kind, "KIND"), note: note,
                                             date: try date.map { try Arguments.day($0, "--date") }))
            }
        }
    }
}

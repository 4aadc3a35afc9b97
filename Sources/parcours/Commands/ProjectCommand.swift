import ArgumentParser
import ParcoursDomain

struct ProjectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "project",
        abstract: "Correct a project's title, description, sectors, commune, legal form (stage and status have their own commands); "
            + "record a change of legal form.",
        subcommands: [Edit.self, LegalForm.self]
    )

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Correct a project: only the fields given change; the journal and show keep what they were.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The project (title or id).") var project: String
        @Option(help: "The right title.") var title: String?
        @Option(help: "What the project is (\"\" clears it).") var description: String?
        @Option(name: .customLong("sector"), help: "A sector; repeatable; the sectors given replace the current ones (\"\" clears them).")
        var sectors: [String] = []
        @Option(help: "Its commune (\"\" clears it).") var commune: String?
        @Option(name: .customLong("legal-form"), help: "Its legal form, e.g. SCIC, association (\"\" clears it).")
        var legalForm: String?
        @Option(name: .customLong("already-created"), help: "yes or no: its structure existed when it came in.")
        var alreadyCreated: String?

        func run() throws {
            try CLI.run(global) { cli in
                let edit = ProjectEdit(title: title, description: description, sectors: sectors.isEmpty ? nil : sectors,
                                       commune: commune, legalForm: legalForm,
                                       alreadyCreated: try alreadyCreated.map { try Arguments.yesNo($0, "--already-created") })
                try cli.perform(.editProject(project: project, edit))
            }
        }
    }

    struct LegalForm: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "legal-form",
            abstract: "Record a change of legal form that happened (kept in its history); a misspelt form is corrected with `project edit --legal-form`.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The project (or its holder, when they carry one).") var project: String
        @Argument(help: "The new legal form, e.g. SCIC, association.") var form: String
        @Option(help: "When it changed, YYYY-MM-DD (today by default; not before its last change).") var date: String?

        func run() throws {
            try CLI.run(global) { cli in
                try cli.perform(.changeLegalForm(project: project, form: form, date: try date.map { try Arguments.day($0, "--date") }))
            }
        }
    }
}

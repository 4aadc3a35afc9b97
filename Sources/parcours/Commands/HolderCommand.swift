import ArgumentParser
import ParcoursDomain

struct HolderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "holder",
        abstract: "Register project holders (porteurs de projet) and their projects.",
        subcommands: [Add.self, Join.self]
    )

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Register a holder, and with --project their project in the same step.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The holder's name (a person, a collective or a structure).") var name: String
        @Option(help: "person (default), collective or structure.") var kind: String?
        @Option(help: "Their commune.") var commune: String?
        @Option(help: "E-mail address.") var email: String?
        @Option(help: "Phone number.") var phone: String?
        @Option(help: "The project's title: creates the project too.") var project: String?
        @Option(help: "The project's stage (idee by default).") var stage: String?
        @Option(name: .customLong("referred-by"), help: "Who sent them (prescripteur, created on first use).")
        var referredBy: String?
        @Option(name: .customLong("tag"), help: "A profile tag; repeatable.") var tags: [String] = []
        @Option(name: .customLong("sector"), help: "A sector tag of the project; repeatable.") var sectors: [String] = []
        @Option(help: "A cohort to enrol them in, in the same step.") var cohort: String?
        @Option(help: "With --cohort: candidat, retenu, inscrit (default) or en_cours.") var status: String?

        func run() throws {
            try CLI.run(global) { cli in
                let holderKind = try kind.map { try Arguments.holderKind($0, "--kind") } ?? .person
                let projectStage = try stage.map { try Arguments.stage($0, "--stage") }
                let participation = try status.map { try Arguments.participation($0, "--status") } ?? .inscrit
                try cli.perform(.addHolder(HolderDraft(
                    name: name, kind: holderKind, commune: commune, email: email, phone: phone, tags: tags,
                    referredByName: referredBy, projectTitle: project, stage: projectStage, sectors: sectors,
                    cohort: cohort, participation: participation)))
            }
        }
    }

    struct Join: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a holder to an existing project (co-holders).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The holder.") var holder: String
        @Argument(help: "The project.") var project: String

        func run() throws {
            try CLI.run(global) { cli in try cli.perform(.addHolderToProject(holder: holder, project: project)) }
        }
    }
}

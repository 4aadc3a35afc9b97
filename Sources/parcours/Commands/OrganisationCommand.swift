import ArgumentParser
import ParcoursDomain

struct OrganisationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "organisation",
        abstract: "Correct an organisation (operator, partner, funder, prescriber, venue); its contacts.",
        subcommands: [Edit.self, ContactCommand.self]
    )

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Correct an organisation's name or kind; the journal keeps what they were.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The organisation (name or id).") var organisation: String
        @Option(help: "The right name.") var name: String?
        @Option(help: "operator, partner, funder, prescriber, venue or other.") var kind: String?

        func run() throws {
            try CLI.run(global) { cli in
                try cli.perform(.editOrganisation(organisation: organisation, name: name,
                                                  kind: try kind.map { try Arguments.organisationKind($0, "--kind") }))
            }
        }
    }
}

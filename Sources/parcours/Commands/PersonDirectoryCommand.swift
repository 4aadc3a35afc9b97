import ArgumentParser
import ParcoursDomain

/// `parcours person add|edit|remove`: the people directory (facilitators, coordinators,
/// referents, speakers, witnesses).
extension PersonCommand {
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a person to the directory: a facilitator, coordinator, referent, speaker or witness.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Their name.") var name: String
        @Option(help: "The organisation they work for (created on first use).") var organisation: String?
        @Option(help: "Their job, e.g. \"chargée d'accompagnement\".") var role: String?
        @Option(help: "E-mail address.") var email: String?
        @Option(help: "Phone number.") var phone: String?

        func run() throws {
            try CLI.run(global) { cli in
                try cli.perform(.addPerson(PersonDraft(name: name, organisationName: organisation, role: role, email: email, phone: phone)))
            }
        }
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Correct a person of the directory: only the fields given change (\"\" clears one).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The person (name or id).") var person: String
        @Option(help: "The right name.") var name: String?
        @Option(help: "Their organisation (\"\" clears it).") var organisation: String?
        @Option(help: "Their job (\"\" clears it).") var role: String?
        @Option(help: "E-mail address (\"\" clears it).") var email: String?
        @Option(help: "Phone number (\"\" clears it).") var phone: String?

        func run() throws {
            try CLI.run(global) { cli in
                try cli.perform(.editPerson(person: person, PersonEdit(name: name, organisationName: organisation, role: role,
                                                                       email: email, phone: phone)))
            }
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Remove a person entered by mistake (refused while a session, a staff or a holder names them).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The person (name or id).") var person: String

        func run() throws {
            try CLI.run(global) { cli in try cli.perform(.removePerson(person: person)) }
        }
    }
}

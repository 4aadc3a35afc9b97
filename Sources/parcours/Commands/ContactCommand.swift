import ArgumentParser
import Foundation
import ParcoursDomain
import ParcoursKit

/// `parcours organisation contact …`: the people at an organisation (domain.md F27), with
/// their position and its dates. Staff change: a contact who leaves is ended, not removed.
struct ContactCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "contact",
        abstract: "The people at an organisation: add, correct, end (they left), remove (entered by mistake), erase.",
        subcommands: [Add.self, Edit.self, End.self, Remove.self, Erase.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a person at an organisation.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The organisation (name or id).") var organisation: String
        @Argument(help: "The person's name.") var name: String
        @Option(help: "Their position there, e.g. \"chargée de mission ESS\".") var role: String?
        @Option(help: "Their e-mail.") var email: String?
        @Option(help: "Their phone.") var phone: String?
        @Option(help: "Since when they hold the position, YYYY-MM-DD.") var from: String?
        @Option(help: "Until when, YYYY-MM-DD (when they already left).") var to: String?

        func run() throws {
            try CLI.run(global) { cli in
                let draft = ContactDraft(name: name, role: role, email: email, phone: phone,
                                         from: try from.map { try Arguments.day($0, "--from") },
                                         to: try to.map { try Arguments.day($0, "--to") })
                try cli.perform(.addContact(organisation: organisation, draft))
            }
        }
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Correct a contact: only what is given changes (\"\" clears a field).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The organisation (name or id).") var organisation: String
        @Argument(help: "The contact (name or id).") var contact: String
        @Option(help: "The right name.") var name: String?
        @Option(help: "Their position.") var role: String?
        @Option(help: "Their e-mail.") var email: String?
        @Option(help: "Their phone.") var phone: String?
        @Option(help: "Since when, YYYY-MM-DD (\"\" clears it).") var from: String?
        @Option(help: "Until when, YYYY-MM-DD (\"\" clears it: still there).") var to: String?

        func run() throws {
            try CLI.run(global) { cli in
                let edit = ContactEdit(name: name, role: role, email: email, phone: phone,
                                       from: try from.map { try Arguments.clearableDay($0, "--from") },
                                       to: try to.map { try Arguments.clearableDay($0, "--to") })
                try cli.perform(.editContact(organisation: organisation, contact: contact, edit))
            }
        }
    }

    struct End: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "A contact left the position: their end date (today unless given); they stay in the history.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The organisation (name or id).") var organisation: String
        @Argument(help: "The contact (name or id).") var contact: String
        @Option(help: "The day they left, YYYY-MM-DD (today by default).") var date: String?

        func run() throws {
            try CLI.run(global) { cli in
                let day = try date.map { try Arguments.day($0, "--date") } ?? cli.workspace().today
                try cli.perform(.editContact(organisation: organisation, contact: contact, ContactEdit(to: .some(day))))
            }
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Take back a contact entered by mistake (undo brings it back).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The organisation (name or id).") var organisation: String
        @Argument(help: "The contact (name or id).") var contact: String

        func run() throws {
            try CLI.run(global) { cli in try cli.perform(.removeContact(organisation: organisation, contact: contact)) }
        }
    }

    struct Erase: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Erase a contact for good (RGPD art. 17): name, position, e-mail and phone leave every file.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The organisation (name or id).") var organisation: String
        @Argument(help: "The contact (name or id).") var contact: String
        @Option(help: "Why (kept in the log: it must not quote the person).") var reason: String
        @Flag(help: "Confirm: an erasure cannot be undone.") var yes = false

        func run() throws {
            try CLI.run(global) { cli in
                guard yes else {
                    throw ValidationError(cli.language == .fr ? "Un effacement est définitif : ajoutez --yes pour confirmer."
                                                              : "An erasure is final: add --yes to confirm.")
                }
                try cli.perform(.eraseContact(organisation: organisation, contact: contact, reason: reason))
            }
        }
    }
}

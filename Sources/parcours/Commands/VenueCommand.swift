import ArgumentParser
import ParcoursDomain

/// `parcours venue add|edit|remove`: the venue directory (lieux d'accueil).
struct VenueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "venue",
        abstract: "The venues where sessions take place: name, commune, kind, who lends it.",
        subcommands: [Add.self, Edit.self, Remove.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a venue to the directory.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Its name, e.g. \"Salle des fêtes de Lamastre\".") var name: String
        @Option(help: "Its commune.") var commune: String?
        @Option(help: "salle, tiers_lieu, locaux, site, en_ligne or autre.") var kind: String?
        @Option(help: "The organisation that lends or rents it (created on first use).") var lender: String?

        func run() throws {
            try CLI.run(global) { cli in
                try cli.perform(.addVenue(VenueDraft(name: name, commune: commune,
                                                     kind: try kind.map { try Arguments.venueKind($0, "--kind") }, lenderName: lender)))
            }
        }
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Correct a venue: only the fields given change (\"\" clears one).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The venue (name or id).") var venue: String
        @Option(help: "The right name.") var name: String?
        @Option(help: "Its commune (\"\" clears it).") var commune: String?
        @Option(help: "Its kind (\"\" clears it).") var kind: String?
        @Option(help: "Who lends it (\"\" clears it).") var lender: String?

        func run() throws {
            try CLI.run(global) { cli in
                var edit = VenueEdit(name: name, commune: commune, lenderName: lender)
                if let kind {
                    edit.kind = .some(kind.trimmingCharacters(in: .whitespaces).isEmpty ? nil : try Arguments.venueKind(kind, "--kind"))
                }
                try cli.perform(.editVenue(venue: venue, edit))
            }
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove a venue entered by mistake (refused while a session takes place there).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The venue (name or id).") var venue: String

        func run() throws {
            try CLI.run(global) { cli in try cli.perform(.removeVenue(venue: venue)) }
        }
    }
}

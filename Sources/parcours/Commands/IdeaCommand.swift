import ArgumentParser
import ParcoursDomain
import ParcoursKit

/// `parcours idea`: ideas before their holders (a Fabrique's pistes): detected, studied,
/// then adopted by the holder found, whose project they become.
struct IdeaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "idea",
        abstract: "Ideas before holders: a need detected on a territory, studied, then adopted by the holder found.",
        discussion: """
        Statuses: detectee, retenue, en_etude, recherche_porteur, porteur_identifie, ecartee.
        porteur_identifie is reached by `idea adopt`: the idea becomes that holder's project
        and keeps its history. An idea is never a holder. `list ideas`, `show IDEA`.
        """,
        subcommands: [Add.self, Status.self, Adopt.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Record an idea detected on a territory.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The programme (the Fabrique) that works on it.") var programme: String
        @Argument(help: "The idea's title.") var title: String
        @Option(help: "Where the need came from (a local authority, a survey, an inhabitants' meeting…).") var source: String?
        @Option(help: "The need it answers, in words.") var need: String?
        @Option(help: "The commune concerned.") var commune: String?
        @Option(help: "When it was detected, YYYY-MM-DD (today by default; not later).") var date: String?

        func run() throws {
            try CLI.run(global) { cli in
                try cli.perform(.addIdea(programme: programme, IdeaDraft(
                    title: title, source: source, need: need, commune: commune,
                    date: try date.map { try Arguments.day($0, "--date") })))
            }
        }
    }

    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Move an idea: detectee, retenue, en_etude, recherche_porteur, ecartee (porteur_identifie: idea adopt).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The idea (title or id).") var idea: String
        @Argument(help: "The status (id or label).") var status: String
        @Option(help: "Why (shown in show and the journal).") var reason: String?
        @Option(help: "When it moved, YYYY-MM-DD (today by default; not before its last move).") var date: String?

        func run() throws {
            try CLI.run(global) { cli in
                try cli.perform(.setIdeaStatus(idea: idea, status: try Self.ideaStatus(status, "STATUS"), reason: reason,
                                               date: try date.map { try Arguments.day($0, "--date") }))
            }
        }

        static func ideaStatus(_ text: String, _ option: String) throws -> IdeaStatus {
            if let value = Vocabulary.match(text, in: IdeaStatus.self, labels: Catalog.label) { return value }
            let ids = IdeaStatus.allCases.map(\.rawValue).joined(separator: ", ")
            throw InputError(value: text, option: option, expectedFR: "un statut d’idée parmi \(ids)",
                             expectedEN: "an idea status among \(ids)")
        }
    }

    struct Adopt: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "A holder takes the idea up: it becomes their project, keeping the idea's history.",
            discussion: """
            The holder is one already recorded, or, with --new, the holder found now: recorded
            with --kind and --commune and adopting the idea in one action (undone together).
            """)
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The idea (title or id).") var idea: String
        @Argument(help: "The holder who takes it up (with --new: their name).") var holder: String
        @Flag(help: "Record the holder now, in the same action.") var new = false
        @Option(help: "With --new: person, collective or structure (person by default).") var kind: String?
        @Option(help: "With --new: the holder's commune.") var commune: String?
        @Option(help: "The project's stage (etude when the idea was studied, idee otherwise).") var stage: String?
        @Option(help: "A note on the adoption (shown in show and the journal).") var note: String?
        @Option(help: "When, YYYY-MM-DD (today by default; not before the idea's last move).") var date: String?

        func run() throws {
            try CLI.run(global) { cli in
                // --kind and --commune describe a holder recorded now: refused without --new.
                if !new, let (value, option) = kind.map({ ($0, "--kind") }) ?? commune.map({ ($0, "--commune") }) {
                    throw InputError(value: value, option: option,
                                     expectedFR: "seulement avec --new (le porteur enregistré en même temps)",
                                     expectedEN: "only with --new (the holder recorded at the same time)")
                }
                let stage = try stage.map { try Arguments.stage($0, "--stage") }
                let date = try date.map { try Arguments.day($0, "--date") }
                if new {
                    let draft = HolderDraft(name: holder, kind: try kind.map { try Arguments.holderKind($0, "--kind") } ?? .person,
                                            commune: commune)
                    try cli.perform(.adoptIdeaByNewHolder(idea: idea, holder: draft, stage: stage, note: note, date: date))
                } else {
                    try cli.perform(.adoptIdea(idea: idea, holder: holder, stage: stage, note: note, date: date))
                }
            }
        }
    }
}

import ArgumentParser
import ParcoursDomain

struct ProgrammeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "programme",
        abstract: "Create programmes (dispositifs) and their workshop templates.",
        subcommands: [Add.self, Workshop.self, Partner.self]
    )

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create a programme.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The programme's name, e.g. \"Lance-toi !\".") var name: String
        @Option(name: .customLong("operator"), help: "An operating organisation (created on first use); repeatable.")
        var operators: [String] = []
        @Option(name: .customLong("target-stage"), help: "A stage the programme works on; repeatable.")
        var targetStages: [String] = []
        @Option(name: .customLong("public"), help: "Who the programme is for.") var targetPublic: String?

        func run() throws {
            try CLI.run(global) { cli in
                let stages = try targetStages.map { try Arguments.stage($0, "--target-stage") }
                try cli.perform(.addProgramme(name: name, operatorNames: operators, targetStages: stages,
                                              targetPublic: targetPublic))
            }
        }
    }

    struct Workshop: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a workshop to a programme's template (in order).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The programme (name or id).") var programme: String
        @Argument(help: "The workshop's title.") var title: String
        @Option(parsing: .unconditional, help: "Duration: 3h, 3h30, 90m, 1j (a day is 7 h); at most 24h.") var duration: String?
        @Option(name: .customLong("by"), help: "The organisation that usually runs it.") var by: String?
        @Option(help: "What the workshop is for.") var objectives: String?
        @Option(help: "atelier (default), individuel (one meeting per holder), bilan, visite, reunion.") var kind: String?

        func run() throws {
            try CLI.run(global) { cli in
                let span = try duration.map { try Arguments.duration($0, "--duration") }
                let sessionKind = try kind.map { try Arguments.sessionKind($0, "--kind") } ?? .atelier
                try cli.perform(.addWorkshop(programme: programme, title: title, duration: span, byOrganisationName: by,
                                             objectives: objectives, kind: sessionKind))
            }
        }
    }

    struct Partner: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Name a partner of a programme and its role.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The programme (name or id).") var programme: String
        @Argument(help: "The partner organisation (created on first use).") var organisation: String
        @Option(help: "Its role, e.g. financeur, prescripteur, intervenant.") var role: String = "partner"

        func run() throws {
            try CLI.run(global) { cli in
                try cli.perform(.addPartner(programme: programme, organisationName: organisation, role: role))
            }
        }
    }
}

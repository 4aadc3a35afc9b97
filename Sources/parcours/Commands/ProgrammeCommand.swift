import ArgumentParser
import ParcoursDomain

struct ProgrammeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "programme",
        abstract: "Create programmes (dispositifs) and their workshop templates; correct them.",
        subcommands: [Add.self, Workshop.self, Partner.self, Edit.self, WorkshopEdit.self, WorkshopMove.self,
                      WorkshopRemove.self, CopyTemplate.self, Milestone.self]
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
        @Option(help: ArgumentHelp(Self.typeHelp)) var type: String?
        @Option(help: "An area it serves: a région, a département (07), an intercommunality or a commune; repeatable.")
        var territory: [String] = []

        static let typeHelp = "Its type: " + ProgrammeType.allCases.map(\.rawValue).joined(separator: ", ") + "."

        func run() throws {
            try CLI.run(global) { cli in
                let stages = try targetStages.map { try Arguments.stage($0, "--target-stage") }
                try cli.perform(.addProgramme(name: name, operatorNames: operators, targetStages: stages,
                                              targetPublic: targetPublic, type: type, territory: territory))
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
        @Option(help: ArgumentHelp("Its role: " + PartnerRole.allCases.map(\.rawValue).joined(separator: ", ") + "."))
        var role: String

        func run() throws {
            try CLI.run(global) { cli in
                try cli.perform(.addPartner(programme: programme, organisationName: organisation, role: role))
            }
        }
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Correct a programme: only what is given changes; the journal and show keep what it was.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The programme (name or id).") var programme: String
        @Option(help: "The right name.") var name: String?
        @Option(name: .customLong("public"), help: "Who the programme is for (\"\" clears it).") var targetPublic: String?
        @Option(name: .customLong("target-stage"), help: "A stage it works on; repeatable; replaces the current ones.")
        var targetStages: [String] = []
        @Flag(name: .customLong("no-target-stage"), help: "Clear the target stages.") var noTargetStage = false
        @Option(name: .customLong("operator"), help: "An operating organisation; repeatable; replaces the current ones.")
        var operators: [String] = []
        @Option(help: ArgumentHelp(Add.typeHelp + " \"\" clears it.")) var type: String?
        @Option(help: "An area it serves (région, département, intercommunality, commune); repeatable; replaces the current ones.")
        var territory: [String] = []
        @Flag(name: .customLong("no-territory"), help: "Clear the territory.") var noTerritory = false

        func run() throws {
            try CLI.run(global) { cli in
                if noTerritory, !territory.isEmpty {
                    throw ValidationError(cli.language == .fr ? "Choisissez --territory ou --no-territory, pas les deux."
                                                              : "Choose --territory or --no-territory, not both.")
                }
                let stages = try targetStages.map { try Arguments.stage($0, "--target-stage") }
                let edit = ProgrammeEdit(name: name, targetPublic: targetPublic,
                                         targetStages: noTargetStage ? [] : (stages.isEmpty ? nil : stages),
                                         operatorNames: operators.isEmpty ? nil : operators,
                                         type: type, territory: noTerritory ? [] : (territory.isEmpty ? nil : territory))
                try cli.perform(.editProgramme(programme: programme, edit))
            }
        }
    }

    struct WorkshopEdit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "workshop-edit",
            abstract: "Correct a workshop of a programme's template (cohorts' sessions already made keep theirs).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The programme (name or id).") var programme: String
        @Argument(help: "The workshop: its position (1, 2…) or its title.") var workshop: String
        @Option(help: "The right title.") var title: String?
        @Option(parsing: .unconditional, help: "Duration: 3h, 3h30, 90m, 1j; at most 24h.") var duration: String?
        @Option(name: .customLong("by"), help: "The organisation that usually runs it (\"\" clears it).") var by: String?
        @Option(help: "What it is for (\"\" clears it).") var objectives: String?
        @Option(help: "atelier, individuel, bilan, visite, reunion.") var kind: String?

        func run() throws {
            try CLI.run(global) { cli in
                let edit = ParcoursDomain.WorkshopEdit(
                    title: title, duration: try duration.map { try Arguments.duration($0, "--duration") },
                    byOrganisationName: by, objectives: objectives,
                    kind: try kind.map { try Arguments.sessionKind($0, "--kind") })
                try cli.perform(.editWorkshop(programme: programme, workshop: workshop, edit))
            }
        }
    }

    struct WorkshopMove: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "workshop-move",
            abstract: "Move a workshop of a programme's template to another position (the others close up).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The programme (name or id).") var programme: String
        @Argument(help: "The workshop: its position (1, 2…) or its title.") var workshop: String
        @Argument(help: "Its new position, from 1.") var position: String

        func run() throws {
            try CLI.run(global) { cli in
                try cli.perform(.moveWorkshop(programme: programme, workshop: workshop,
                                              position: try Arguments.position(position, "POSITION")))
            }
        }
    }

    struct WorkshopRemove: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "workshop-remove",
            abstract: "Remove a workshop from a programme's template (sessions already made from it stay).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The programme (name or id).") var programme: String
        @Argument(help: "The workshop: its position (1, 2…) or its title.") var workshop: String

        func run() throws {
            try CLI.run(global) { cli in try cli.perform(.removeWorkshop(programme: programme, workshop: workshop)) }
        }
    }

    struct CopyTemplate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "copy-template",
            abstract: "Copy a programme's workshop template to the end of another programme's.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The programme whose template is copied.") var from: String
        @Argument(help: "The programme that receives it.") var to: String

        func run() throws {
            try CLI.run(global) { cli in try cli.perform(.copyTemplate(from: from, to: to)) }
        }
    }

    struct Milestone: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a milestone of the programme's own to the standard list (its projects mark it with `milestone`).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The programme (name or id).") var programme: String
        @Argument(help: "The milestone's title.") var title: String

        func run() throws {
            try CLI.run(global) { cli in try cli.perform(.addProgrammeMilestone(programme: programme, title: title)) }
        }
    }
}

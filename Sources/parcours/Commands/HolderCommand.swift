import ArgumentParser
import ParcoursDomain

struct HolderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "holder",
        abstract: "Register project holders (porteurs de projet) and their projects; correct, remove or merge them.",
        subcommands: [Add.self, Join.self, Edit.self, Remove.self, Merge.self]
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
        @Option(help: "When they first came, YYYY-MM-DD (today by default): nothing about them can be dated earlier.")
        var date: String?

        func run() throws {
            try CLI.run(global) { cli in
                let holderKind = try kind.map { try Arguments.holderKind($0, "--kind") } ?? .person
                let projectStage = try stage.map { try Arguments.stage($0, "--stage") }
                let participation = try status.map { try Arguments.participation($0, "--status") } ?? .inscrit
                try cli.perform(.addHolder(HolderDraft(
                    name: name, kind: holderKind, commune: commune, email: email, phone: phone, tags: tags,
                    referredByName: referredBy, projectTitle: project, stage: projectStage, sectors: sectors,
                    cohort: cohort, participation: participation,
                    date: try date.map { try Arguments.day($0, "--date") })))
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

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Correct a holder: only the fields given change; the journal and show keep what they were.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The holder (name or id).") var holder: String
        @Option(help: "The right name.") var name: String?
        @Option(help: "person, collective or structure.") var kind: String?
        @Option(help: "Their commune (\"\" clears it).") var commune: String?
        @Option(help: "E-mail address (\"\" clears it).") var email: String?
        @Option(help: "Phone number (\"\" clears it).") var phone: String?
        @Option(name: .customLong("tag"), help: "A profile tag to add; repeatable.") var tags: [String] = []
        @Option(name: .customLong("untag"), help: "A profile tag to remove; repeatable.") var untags: [String] = []
        @Option(name: .customLong("referred-by"), help: "Who sent them (created on first use; \"\" clears it).")
        var referredBy: String?
        @Option(help: "Their referent, a person of the directory (added on first use; \"\" clears it).")
        var referent: String?

        func run() throws {
            try CLI.run(global) { cli in
                let edit = HolderEdit(name: name, kind: try kind.map { try Arguments.holderKind($0, "--kind") },
                                      commune: commune, email: email, phone: phone, addTags: tags, removeTags: untags,
                                      referredByName: referredBy, referentName: referent)
                try cli.perform(.editHolder(holder: holder, edit))
            }
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Take a holder entered by mistake out of every list, with the reason (undo puts them back).",
            discussion: """
            Refused while the holder has attendance marks, notes or participations: those are \
            history. With --with-history they are removed too, in the same action. To join two \
            records of one person, use `holder merge` instead.
            """)
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The holder (name or id).") var holder: String
        @Option(help: "Why (e.g. \"saisi par erreur\").") var reason: String
        @Flag(name: .customLong("with-history"), help: "Remove their marks, notes and participations too.")
        var withHistory = false

        func run() throws {
            try CLI.run(global) { cli in try cli.perform(.removeHolder(holder: holder, reason: reason, withHistory: withHistory)) }
        }
    }

    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Merge a duplicate into the holder to keep: every reference moves to KEEP, the duplicate is removed.",
            discussion: """
            Participations, attendance marks, notes, projects and individual meetings move to KEEP in \
            one action; fields KEEP lacks (commune, e-mail, phone, referrer) are taken from the \
            duplicate and tags are joined. Two marks at one session, or two participations in one \
            cohort, are listed and refused until settled (attend … --clear, participation … --remove).
            """)
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The holder to keep.") var keep: String
        @Argument(help: "The duplicate, merged into KEEP then removed.") var duplicate: String

        func run() throws {
            try CLI.run(global) { cli in try cli.perform(.mergeHolders(keep: keep, duplicate: duplicate)) }
        }
    }
}

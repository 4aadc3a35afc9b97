import ArgumentParser
import ParcoursDomain
import ParcoursKit

/// `parcours jury`: the jury of a review (bilan) session, and its evaluation of each holder.
struct JuryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jury",
        abstract: "The jury of a review session: its members, and its evaluation of each holder.",
        subcommands: [Member.self, Evaluate.self])

    struct Member: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a member to a review session's jury (--remove to take them off).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The review session (kind bilan).") var session: String
        @Argument(help: "The member's name.") var name: String
        @Option(help: "The organisation they come from (created on first use).") var organisation: String?
        @Flag(help: "Take the member off the jury.") var remove = false

        func run() throws {
            try CLI.run(global) { cli in
                if remove {
                    try cli.perform(.removeJuryMember(session: session, name: name))
                } else {
                    try cli.perform(.addJuryMember(session: session, name: name, organisationName: organisation))
                }
            }
        }
    }

    struct Evaluate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record the jury's evaluation of a holder: the project, the person's progress, the decision.",
            discussion: """
            Levels (--project, --progress), 1 to 4: insuffisant, a_conforter, satisfaisant,
            tres_satisfaisant. Decisions: poursuivre, orienter (--destination ORG), reorienter,
            arreter. Evaluating again replaces the earlier evaluation; --clear takes it away.
            """)
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The review session.") var session: String
        @Argument(help: "The holder.") var holder: String
        @Option(help: "The project's evolution: 1-4 or a level.") var project: String?
        @Option(help: "The person's progress: 1-4 or a level.") var progress: String?
        @Option(help: "poursuivre, orienter, reorienter or arreter.") var decision: String?
        @Option(help: "Where the holder is referred (with orienter).") var destination: String?
        @Option(help: "The jury's comment.") var comment: String?
        @Flag(help: "Take the evaluation away.") var clear = false

        func run() throws {
            try CLI.run(global) { cli in
                if clear {
                    try cli.perform(.clearJuryEvaluation(session: session, holder: holder))
                    return
                }
                func required(_ value: String?, _ option: String) throws -> String {
                    guard let value else {
                        throw InputError(value: "", option: option, expectedFR: "une valeur (obligatoire)", expectedEN: "a value (required)")
                    }
                    return value
                }
                let draft = JuryEvaluationDraft(
                    project: try Arguments.juryLevel(try required(project, "--project"), "--project"),
                    progress: try Arguments.juryLevel(try required(progress, "--progress"), "--progress"),
                    decision: try Arguments.juryDecision(try required(decision, "--decision"), "--decision"),
                    destinationName: destination, comment: comment)
                try cli.perform(.evaluateAtJury(session: session, holder: holder, draft))
            }
        }
    }
}

import ArgumentParser
import ParcoursDomain

/// `parcours session facilitator SESSION PERSON [--remove]`.
extension SessionCommand {
    struct Facilitator: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Name a person of the directory among a session's facilitators (added to the directory on first use).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The session (title or id).") var session: String
        @Argument(help: "The person (name or id).") var person: String
        @Flag(help: "Take them off the session instead.") var remove = false

        func run() throws {
            try CLI.run(global) { cli in
                try cli.perform(remove ? .removeSessionFacilitator(session: session, person: person)
                                       : .addSessionFacilitator(session: session, person: person))
            }
        }
    }
}

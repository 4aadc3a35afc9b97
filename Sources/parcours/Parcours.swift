import ArgumentParser
import Foundation
import ParcoursKit
import ParcoursTUI

/// `parcours` alone opens the terminal interface; with a command it runs that command.
@main
struct Parcours: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parcours",
        abstract: "Follow accompaniment programmes, cohorts (promotions) and project holders (porteurs de projet).",
        discussion: """
        With no command, opens the terminal interface on the data directory
        (--data DIR, else $PARCOURS_DATA, else $XDG_DATA_HOME/parcours, else ~/.local/share/parcours).
        Messages follow PARCOURS_LANG (fr or en), else the locale.
        """,
        subcommands: [
            DemoCommand.self, GenerateCommand.self, ProgrammeCommand.self, CohortCommand.self, HolderCommand.self,
            ProjectCommand.self, OrganisationCommand.self, CommuneCommand.self,
            EnrolCommand.self, ParticipationCommand.self, TransferCommand.self, SessionCommand.self, AttendCommand.self,
            StageCommand.self, StatusCommand.self, NoteCommand.self, ListCommand.self, ShowCommand.self,
            ReportCommand.self, ImportCommand.self, ExportCommand.self, LogCommand.self, UndoCommand.self,
            RedoCommand.self, PersonCommand.self, ConsentCommand.self, SituationCommand.self, EraseCommand.self,
            RetentionCommand.self, VerifyCommand.self, SyncCommand.self, ConflictsCommand.self,
            FollowUpCommand.self, MilestoneCommand.self, NeedCommand.self, FundingCommand.self,
            QuestionnaireCommand.self, JuryCommand.self, SheetCommand.self,
            EventCommand.self, HeadcountCommand.self,
            IdeaCommand.self, CallCommand.self,
            VenueCommand.self, CalendarCommand.self,
        ]
    )

    @OptionGroup var global: GlobalOptions

    /// As `ParsableCommand.main`, with parse errors (which quote what was typed) made
    /// safe for the terminal by `Output`.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            Output.exit(self, withError: error)
        }
    }

    func run() throws {
        try CLI.run(global) { cli in
            try InterfaceLauncher.open(cli)
        }
    }
}

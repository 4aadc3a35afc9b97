import ArgumentParser
import EventLog
import Foundation
import ParcoursDomain
import ParcoursKit

struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check every log file: records, damaged lines (file:line, reason), torn tails set aside.")
    @OptionGroup var global: GlobalOptions

    func run() throws {
        try CLI.run(global) { cli in
            let report = try LogVerifier.verify(directory: cli.directory)
            print(LogText.report(report, cli.language))
            if !report.isClean { throw ExitCode(2) }
        }
    }
}

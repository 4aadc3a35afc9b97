import ArgumentParser
import EventLog
import Foundation
import ParcoursDomain
import ParcoursKit

struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log", abstract: "Show the latest events in plain words (oldest first).")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @Option(parsing: .unconditional, help: "How many events (the latest ones).") var limit: String = "20"

    func run() throws {
        try CLI.run(global) { cli in
            let count = try Arguments.count(limit, "--limit", atLeast: 1)
            let workspace = try cli.workspace()
            let entries = try Journal.entries(workspace, limit: count, language: cli.language)
            if output.json { return try cli.printJSON(entries) }
            let formatter = ISO8601DateFormatter()
            formatter.formatOptions = [.withFullDate, .withTime, .withColonSeparatorInTime, .withDashSeparatorInDate, .withSpaceBetweenDateAndTime]
            formatter.timeZone = .current
            for entry in entries {
                print("\(formatter.string(from: entry.time))  \(entry.author)  \(entry.text)")
            }
        }
    }
}

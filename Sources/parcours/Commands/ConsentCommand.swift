import ArgumentParser
import Foundation
import ParcoursDomain
import ParcoursKit

/// `parcours consent`: a person's consent to sensitive data (obstacles, profile).
struct ConsentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "consent",
        abstract: "Record a person's consent to sensitive data, or its withdrawal (which erases that data).")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The holder (name or id).") var holder: String
    @Option(help: "The day consent was given (YYYY-MM-DD).") var given: String?
    @Option(help: "The day consent was withdrawn: the data recorded under it is erased.") var withdrawn: String?
    @Option(help: "obstacles or profile (else both).") var scope: String?

    func run() throws {
        try CLI.run(global) { cli in
            let scopes: [ConsentScope]
            if let scope {
                guard let value = ConsentScope(rawValue: scope) else {
                    throw InputError(value: scope, option: "--scope", expectedFR: "obstacles ou profile", expectedEN: "obstacles or profile")
                }
                scopes = [value]
            } else {
                scopes = ConsentScope.allCases
            }
            let givenDay = try given.map { try Arguments.day($0, "--given") }
            let withdrawnDay = try withdrawn.map { try Arguments.day($0, "--withdrawn") }
            for scope in scopes {
                // Withdrawing "both" skips a scope never consented to.
                if scope != scopes.first, withdrawnDay != nil,
                   let person = try? Resolver(try cli.workspace().state).holder(holder),
                   try cli.workspace().state.sensitive[person.id]?.consents[scope] == nil { continue }
                try cli.perform(.setConsent(holder: holder, scope: scope, given: givenDay, withdrawn: withdrawnDay))
            }
        }
    }
}

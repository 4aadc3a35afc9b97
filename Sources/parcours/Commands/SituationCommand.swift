import ArgumentParser
import Foundation
import ParcoursDomain
import ParcoursKit

/// `parcours situation`: sensitive data recorded with consent.
struct SituationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "situation",
        abstract: "Record a person's peripheral obstacles or profile (only with their consent: parcours consent).")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The holder (name or id).") var holder: String
    @Option(name: .customLong("obstacle"), help: "mobilite, garde_enfants, numerique, monoparentalite; repeatable; 'none' clears.")
    var obstacles: [String] = []
    @Option(name: .customLong("profile"), help: "jeune_adulte, neet, demandeur_emploi, eloigne_emploi, beneficiaire_rsa, habitant_qpv, neorural, pluriactif; repeatable; 'none' clears.")
    var profile: [String] = []

    func run() throws {
        try CLI.run(global) { cli in
            guard !obstacles.isEmpty || !profile.isEmpty else {
                throw ValidationError(cli.language == .fr ? "Indiquez --obstacle ou --profile." : "Give --obstacle or --profile.")
            }
            for (scope, values) in [(ConsentScope.obstacles, obstacles), (.profile, profile)] where !values.isEmpty {
                try cli.perform(.setSensitive(holder: holder, scope: scope, values: values == ["none"] ? [] : values))
            }
        }
    }
}

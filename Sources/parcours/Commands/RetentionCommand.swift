import ArgumentParser
import Foundation
import ParcoursDomain
import ParcoursKit

/// `parcours retention`: the storage limit (RGPD art. 5).
struct RetentionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retention",
        abstract: "Anonymise people whose last contact is older than the retention period (RGPD art. 5).",
        discussion: """
        The period defaults to the setting (24 months unless set: the CNIL's reference for
        social support keeps data two years after the last contact). --dry-run lists who
        would be anonymised; --set changes the setting for the whole data directory.
        """)
    @OptionGroup var global: GlobalOptions
    @Option(name: .customLong("older-than"), help: "The period, e.g. 2y or 18m (else the setting).") var olderThan: String?
    @Flag(help: "List who would be anonymised; change nothing.") var dryRun = false
    @Option(help: "Set the data directory's retention period, e.g. 3y.") var set: String?
    @Flag(help: "Do not ask for confirmation.") var yes = false

    func run() throws {
        try CLI.run(global) { cli in
            let fr = cli.language == .fr
            if let set {
                try cli.perform(.setRetention(months: try Arguments.months(set, "--set")))
                return
            }
            let workspace = try cli.workspace()
            let months = try olderThan.map { try Arguments.months($0, "--older-than") } ?? workspace.state.retentionMonths
            let candidates = workspace.state.retentionCandidates(months: months, today: workspace.today)
            if dryRun || !yes {
                print(fr ? "Dernier contact il y a plus de \(months) mois : \(candidates.count) personne(s)."
                         : "Last contact more than \(months) months ago: \(candidates.count) person(s).")
                for candidate in candidates {
                    print("  \(candidate.lastContact.iso)  \(candidate.holder.name)  (\(candidate.holder.id))")
                }
            }
            if dryRun || candidates.isEmpty { return }
            if !yes {
                guard isatty(0) != 0 else {
                    throw ValidationError(fr ? "L’anonymisation est définitive : ajoutez --yes pour confirmer (ou --dry-run pour la liste)."
                                             : "Anonymising is final: add --yes to confirm (or --dry-run for the list).")
                }
                Output.line(fr ? "Anonymiser ces personnes définitivement ? Tapez « oui » : " : "Anonymise them for good? Type “yes”: ",
                            terminator: "")
                guard (readLine() ?? "").trimmingCharacters(in: .whitespaces).lowercased() == (fr ? "oui" : "yes") else {
                    print(fr ? "Rien n’a été effacé." : "Nothing was erased.")
                    return
                }
            }
            try cli.perform(.applyRetention(months: months))
        }
    }
}

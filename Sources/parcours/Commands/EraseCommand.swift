import ArgumentParser
import Foundation
import ParcoursDomain
import ParcoursKit

/// `parcours erase`: a person's right to erasure (RGPD art. 17).
struct EraseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "erase",
        abstract: "Erase a person's data for good (RGPD art. 17): names, contact details, notes, remarks; figures stay.",
        discussion: """
        The logs are rewritten on this installation; every other installation erases at its
        next sync (run `parcours sync` on each; on a shared bare git repository, run
        `git gc --prune=now` there afterwards). An erasure cannot be undone. Exports written
        before are outside Parcours' reach: delete them by hand.
        """)
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The holder, or the person of the directory (name or id).") var holder: String
    @Option(help: "Why (kept in the log: it must not quote the person).") var reason: String
    @Flag(help: "Do not ask for confirmation.") var yes = false

    func run() throws {
        try CLI.run(global) { cli in
            let workspace = try cli.workspace()
            // A holder removed as entered by mistake is erased by id.
            let removed = workspace.state.removedHolders[holder.trimmingCharacters(in: .whitespaces)]?.holder
            // A facilitator of the directory has the same right (`PersonCommand.directoryPerson`).
            let member = removed == nil ? try PersonCommand.directoryPerson(holder, workspace.state) : nil
            let person = try removed ?? member.map { Holder(id: $0.id, name: $0.name) } ?? Resolver(workspace.state).holder(holder)
            if !yes {
                let fr = cli.language == .fr
                guard isatty(0) != 0 else {
                    throw ValidationError(fr ? "Un effacement est définitif : ajoutez --yes pour confirmer."
                                             : "An erasure is final: add --yes to confirm.")
                }
                Output.line(fr ? "Effacer définitivement les données de \(person.name) ? Tapez « oui » pour confirmer : "
                               : "Erase \(person.name)'s data for good? Type “yes” to confirm: ")
                let answer = (readLine() ?? "").trimmingCharacters(in: .whitespaces).lowercased()
                guard answer == (fr ? "oui" : "yes") else {
                    Output.line(fr ? "Rien n’a été effacé." : "Nothing was erased.")
                    return
                }
            }
            try cli.perform(.erase(holder: person.id, reason: reason))
        }
    }
}

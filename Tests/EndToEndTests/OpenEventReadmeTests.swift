import Foundation
import Testing

/// Runs the README's "Open events counted by headcount" walkthrough verbatim with bash,
/// the built binary standing in for `parcours` on the PATH.
struct OpenEventReadmeTests {
    @Test func theOpenEventsWalkthroughRunsAsWritten() throws {
        let run = try ReadmeWalkthrough.run(after: "## Open events counted by headcount", dataDirectory: "/tmp/parcours-evenements")
        let output = run.output
        #expect(run.status == 0, "\(run.errors)")
        for line in ["12 participants à « Projets coopératifs en milieu rural » : l'événement a eu lieu.",
                     "17 participants à « À la rencontre de nos ruralités » : l'événement a eu lieu.",
                     "Annulé : Événement « Journée des professionnels » annulé",
                     "Séance « Réunion d'information » du jeu. 08/04/2021 tenue (personne n'y était attendu).",
                     "  Statut : tenu\n",
                     "  Participants : 12 — habitants 6, porteurs de projet 4, élus 2",
                     "Événements tenus (effectif saisi)                         : 2",
                     "Participants aux événements (une personne par événement)  : 29",
                     "Porteurs accompagnés                : 0"] {
            #expect(output.contains(line), "“\(line)” not in:\n\(output)")
        }
        // By audience: the label typed in French is the standard category; "étudiants" is
        // the facilitator's own; the 2 of the total beyond the categories are said as such.
        for (audience, count) in [("habitants", 11), ("porteurs de projet", 10), ("élus", 2), ("étudiants", 4),
                                  ("sans catégorie précisée", 2)] {
            #expect(output.range(of: "\n  \(audience) +\(count)\n", options: .regularExpression) != nil, "\(audience) \(count)")
        }
        // The training, back after undo, is past and not counted.
        #expect(output.contains("Événements passés sans effectif saisi"))
    }
}

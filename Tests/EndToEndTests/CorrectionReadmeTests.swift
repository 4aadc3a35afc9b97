import Foundation
import Testing

/// Runs the README's "Correcting the record" walkthrough verbatim with bash, the built
/// binary standing in for `parcours` on the PATH.
struct CorrectionReadmeTests {
    @Test func theCorrectionsWalkthroughRunsAsWritten() throws {
        let run = try ReadmeWalkthrough.run(after: "## Correcting the record", dataDirectory: "/tmp/parcours-corrections")
        let output = run.output, errors = run.errors
        #expect(run.status == 0, "\(errors)")
        for line in ["“Léa Martin” (holder) changed: name, tags.",
                     "First presence: Léa Martin is now in progress in “Promo printemps”.",
                     "L. Martin merged into Léa Martin: 0 references moved, the duplicate is removed. Taken from the duplicate: e-mail.",
                     "Léa Martin transferred from “Promo printemps” to “Promo automne” (not a drop-out). 1 individual meeting planned in “Promo printemps” cancelled.",
                     "Holder Zoé Essai removed from the lists; can be undone.",
                     "2025-03-10  in progress → transferred  (Camille) — horaires de travail",
                     "Camille: name: “Lea Martin” → “Léa Martin”",
                     "Transferred to another cohort: 1",
                     "Holder Zoé Essai removed from the lists: saisie de test",
                     "Copy of Paul Dumas's data written to /tmp/parcours-corrections/copie-paul.md",
                     "Personal data erased: the person now shows as “Erased person 1”.",
                     "Erased person 1"] {
            #expect(output.contains(line), "“\(line)” not in:\n\(output)")
        }
        #expect(!output.hasSuffix("Paul Dumas\n"), "the last list shows him erased")
        #expect(output.range(of: #"(^|\n)Drop-outs: +0\n"#, options: .regularExpression) != nil, "a transfer is not a drop-out")
    }
}

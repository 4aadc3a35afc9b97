import Foundation
import Testing

/// Runs the README's "The people who facilitate, venues and the calendar" walkthrough
/// verbatim (`ReadmeWalkthrough`) and checks what it said: the warning of the shared hall,
/// my holders, the week, the month, the calendar file.
struct AgendaReadmeTests {
    @Test func theDirectoryAndCalendarWalkthroughRunsAsWritten() throws {
        let run = try ReadmeWalkthrough.run(after: "## The people who facilitate, venues and the calendar",
                                            dataDirectory: "/tmp/parcours-agenda")
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.errors == "Warning: “Atelier budget” and “Atelier 1” (Promo Ardèche) take place at the same time at "
                + "“Salle des fêtes de Lamastre” on Thu 2026-03-26.\n"
                + "Warning: “Réunion de lancement” and “Atelier 1” (Promo Ardèche) take place at the same time at "
                + "“Salle des fêtes de Lamastre” on Thu 2026-03-26.\n", "\(run.errors)")
        for line in ["Added to the directory: Paul Marchand.", "Inès Bah  Parthèque", "Tom Durand  Recyclerie",
                     "  14:00–16:00  Atelier budget — Promo Drôme — Salle des fêtes de Lamastre (Lamastre) — Paul Marchand",
                     "  11:00–13:00  Réunion de lancement — Fabrique à initiatives — Salle des fêtes de Lamastre (Lamastre) "
                        + "— launch meeting — to count\n    ⚠ same venue as “Atelier 1” (Promo Ardèche)",
                     "March 2026", "2 sessions and 1 event written to fabrique.ics", "1 session written to camille.ics"] {
            #expect(run.output.contains(line), "\(line)\n\(run.output)")
        }
    }
}

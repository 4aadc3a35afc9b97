import Foundation
import ParcoursDomain
import ParcoursKit
import TerminalKit
import Testing
@testable import ParcoursTUI

/// What the lead found looking at the demo: each fix, asserted on the screen or in the
/// workspace.
@Suite struct FacilitatorFeedbackTests {
    /// The seeded world plus a closed cohort of 2024 with a holder absent twice (its
    /// alerts must not show) and an individual meeting for Amina on Thursday.
    static func world() throws -> World {
        let world = try World.seeded()
        let w = world.workspace
        try w.perform(.setCohortStatus(cohort: "Promo printemps", status: .running))
        try w.perform(.addCohort(programme: "Cap Création", name: "Promo 2024", start: Day(iso: "2024-01-08")!,
                                 end: Day(iso: "2024-03-29")!))
        try w.perform(.addHolder(HolderDraft(name: "Élise Roux", projectTitle: "Tiers-lieu", stage: .idee)))
        try w.perform(.enrol(holder: "Élise Roux", cohort: "Promo 2024"))
        for (i, day) in ["2024-01-08", "2024-01-15"].enumerated() {
            try w.perform(.addSession(cohort: "Promo 2024", SessionDraft(title: "Atelier \(i + 1)", date: Day(iso: day)!)))
            try w.perform(.attend(session: "Atelier \(i + 1)", holder: "Élise Roux", mark: .absent))
        }
        try w.perform(.setCohortStatus(cohort: "Promo 2024", status: .closed))
        try w.perform(.addSession(cohort: "Promo printemps",
                                  SessionDraft(title: "Point d'étape", date: Day(iso: "2026-03-12")!,
                                               time: ClockTime(hour: 14, minute: 0), kind: .individuel,
                                               venue: "Lyon", holder: "Amina Diallo")))
        return world
    }

    @Test func dashboardPutsRunningCohortsFirstAndKeepsClosedOnesQuiet() throws {
        let world = try Self.world()
        defer { world.cleanUp() }
        let lines = world.program(.fr).lines
        #expect(lines[3].hasPrefix("│▸ Promo printemps "))
        #expect(lines[5] == "│    ⚠ 1 sans appel · Bruno Lefèvre : 2 absences de suite                      │")
        // The closed cohort of another year: its year shows, and no alert line.
        #expect(lines[6].hasPrefix("│  Promo 2024 ") && lines[6].contains("08/01 → 29/03/2024"))
        #expect(lines[8] == "│" + String(repeating: " ", count: 78) + "│")
        #expect(!lines.joined().contains("Élise Roux"))
        // This week: the holder of a 1:1 meeting and the cohort, in short words.
        #expect(lines.contains("│ jeu. 12/03 14:00  RDV individuel · Amina Diallo · Promo printemps            │"))
        let english = world.program(.en).lines
        #expect(english.contains("│ Thu 03-12 14:00  1:1 meeting · Amina Diallo · Promo printemps                │"))
    }

    @Test func dashboardScrollsWithTheSelectionAndSaysWhatIsBelow() throws {
        let world = try World.seeded()
        defer { world.cleanUp() }
        for i in 1...6 {
            try world.workspace.perform(.addCohort(programme: "Cap Création", name: "Promo \(i)", start: Day(iso: "2026-0\(i)-01")!))
        }
        let p = world.program(.fr)
        #expect(p.lines[18].contains("▾"))
        #expect(!p.text.contains("Promo 6"))
        p.press(.character("G"))
        let lines = p.lines
        #expect(lines.contains { $0.hasPrefix("│▸ Promo 6 ") })
        #expect(lines[1].contains("▴"))
        #expect(lines.last!.hasSuffix("7/7"))
    }

    @Test func sessionsShowTheHolderOfAMeetingAndShortKinds() throws {
        let world = try Self.world()
        defer { world.cleanUp() }
        let p = world.program(.fr)
        p.press(.enter, .tab)
        let row = try #require(p.lines.first { $0.contains("14:00") })
        #expect(row.hasPrefix("12/03/2026 14:00 1 h    RDV individuel Amina Diallo "))
        p.press(.down, .down, .down, .down)
        #expect(p.lines.contains { $0.contains("┌ rendez-vous individuel — Amina Diallo · Point d'étape ") })
        // The filter finds a meeting by its holder's name.
        p.press(.character("/"))
        p.type("amina")
        p.press(.enter)
        #expect(p.lines[3].contains("Amina Diallo") && !p.lines[4].contains("atelier"))
    }

    @Test func rollCallHasTheMeetingsAndOnlyTheirHolderHasACell() throws {
        let world = try Self.world()
        defer { world.cleanUp() }
        let p = world.program(.fr)
        p.press(.enter, .tab, .tab, .character("G"), .character("l"), .character("l"))
        var lines = p.lines
        #expect(lines[2] == "                  23/02 02/03 09/03 12/03 12/03   P/A/E  Assid.")
        #expect(lines[3] == "                                    vis.   RDV")
        #expect(lines[7].hasPrefix("▸ David Nguyen      P     ·     ·     ·         "))
        #expect(lines[4].hasPrefix("  Amina Diallo      P    P~     ·     ·     ·  "))
        #expect(lines.contains(" jeu. 12/03/2026 14:00 · prévue · RDV individuel · Amina Diallo"))
        #expect(lines.contains(" David Nguyen : non concerné"))
        // Marking someone else at Amina's meeting is refused in plain words, nothing written.
        let before = world.workspace.eventCount
        p.press(.character("p"))
        #expect(p.model.message == "Ce rendez-vous individuel est celui de Amina Diallo.")
        #expect(p.model.messageIsError)
        #expect(world.workspace.eventCount == before)
        p.press(.character("g"), .character("p"))
        #expect(world.workspace.state.mark(session: world.id(session: "Point d'étape"), holder: world.id(holder: "Amina Diallo"))?.mark == .present)
        lines = p.lines
        #expect(lines[8].hasPrefix("  Total            3/4   1/4   0/4   0/4   1/1"))
    }

    @Test func journalFilterMatchesHolderAndProjectNames() throws {
        let world = try World.seeded()
        defer { world.cleanUp() }
        try world.workspace.perform(.setStage(project: "Recyclerie", stage: .emergence, note: "ça avance"))
        let p = world.program(.fr)
        p.press(.enter, .backTab, .character("/"))
        // The holder's name (accents aside) finds the stage change of his project, whose
        // text names only the project.
        p.type("lefevre")
        p.press(.enter)
        let body = p.lines[3..<21].filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        #expect(body.contains { $0.contains("Recyclerie") && $0.contains("Émergence") && !$0.contains("Bruno") })
        #expect(!body.contains { $0.contains("Amina") })
    }
}

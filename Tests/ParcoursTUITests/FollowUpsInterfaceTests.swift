import Foundation
import ParcoursDomain
import ParcoursKit
import TerminalKit
import Testing
@testable import ParcoursTUI

/// The follow-ups after the programme in the interface: the dashboard's "Suivis à faire",
/// the view and its form sending the command line's command, and the rows made again by
/// the worker after a change (the previous ones shown meanwhile).
@Suite struct FollowUpsInterfaceTests {
    /// An autumn cohort finished on 15 July 2025: Amina and Bruno's 6-month follow-ups
    /// are due on 15 January 2026 (today is 10 March 2026); the 1-year ones are to come.
    static func finished(_ language: Language) throws -> World {
        let world = try World(language: language)
        let w = world.workspace
        try w.perform(.addProgramme(name: "Cap Création", operatorNames: ["Ronalpia"]))
        try w.perform(.addCohort(programme: "Cap Création", name: "Promo 2025", start: Day(iso: "2025-03-03")!,
                                 end: Day(iso: "2025-07-15")!))
        for (name, project) in [("Amina Diallo", "Épicerie solidaire"), ("Bruno Lefèvre", "Recyclerie")] {
            try w.perform(.addHolder(HolderDraft(name: name, commune: "Lyon", projectTitle: project, stage: .emergence,
                                                 date: Day(iso: "2025-02-15")!)))
            try w.perform(.enrol(holder: name, cohort: "Promo 2025", date: Day(iso: "2025-02-20")!))
            try w.perform(.setParticipation(holder: name, cohort: "Promo 2025", status: .enCours, date: Day(iso: "2025-03-03")!))
            try w.perform(.setParticipation(holder: name, cohort: "Promo 2025", status: .termine, date: Day(iso: "2025-07-15")!))
        }
        try w.perform(.planFollowUps(programme: "Cap Création", waves: [6, 12]))
        return world
    }

    @Test func theDashboardListsTheFollowUpsDueAndTheFormRecordsOne() throws {
        let world = try Self.finished(.fr)
        defer { world.cleanUp() }
        var m = world.model()
        #expect(m.text.contains("Suivis à faire — 2 suivis, 2 projets"), "\(m.text)")
        #expect(m.text.contains("Amina Diallo — Épicerie solidaire"))
        // How late, then which follow-up: "… de retard  suivi à 6 mois  Amina Diallo — …".
        #expect(m.text.contains("de retard  suivi à 6 mois  "), "\(m.text)")
        m.press(.character("s"))
        #expect(m.lines[0].contains("Suivis après le parcours"))
        #expect(m.text.contains("À faire (2)"))
        m.press(.enter)
        #expect(m.text.contains("Suivi après le parcours"))
        #expect(m.text.contains("Suivi à            ◂ 6 mois"))
        m.press(.right)   // the activity (the field the form opens on): the first of the list
        let effects = m.press(.enter)
        // The first row: the two are as overdue, so in the order of their projects.
        let first = try #require(m.followUps?.dueGroups.first?.first?.project)
        guard case .perform(let commands)? = effects.last?.first, case .recordFollowUp(let target, let wave, let draft)? = commands.first else {
            Issue.record("no follow-up recorded: \(effects)\n\(m.text)")
            return
        }
        #expect(target == first && wave == 6 && draft.activity == .operationnelle)
    }

    /// After a change the dashboard keeps the rows it has and asks the worker for new
    /// ones (once for that state); rows of an older state are dropped, newer ones shown.
    @Test func afterAChangeTheWorkerMakesTheRowsAgain() throws {
        let world = try Self.finished(.en)
        defer { world.cleanUp() }
        var m = world.model(.en)
        let before = try #require(m.followUps)
        #expect(m.text.contains("2 follow-ups, 2 projects"), "\(m.text)")
        let project = try #require(world.workspace.state.projects.values.first { $0.title == "Recyclerie" })
        let older = world.workspace.state
        try world.workspace.perform(.recordFollowUp(project: project.id, wave: 6, FollowUpDraft(activity: .operationnelle)))
        let effects = Update.update(&m, .performed(text: "done", state: world.workspace.state, overlaps: []))
        #expect(effects.contains(.makeFollowUps(today: m.today)))
        #expect(m.followUps?.eventCount == before.eventCount, "the previous rows still show")
        #expect(m.text.contains("2 follow-ups, 2 projects"))
        // Asked once for this state: another message asks nothing more.
        #expect(!Update.update(&m, .resize(m.size)).contains(.makeFollowUps(today: m.today)))
        // The worker's answer shows; an older one arriving late is dropped.
        _ = Update.update(&m, .followUpsMade(FollowUpRows(world.workspace.state, today: m.today)))
        #expect(m.followUps?.eventCount == world.workspace.state.eventCount)
        #expect(m.text.contains("1 follow-up, 1 project"), "\(m.text)")
        _ = Update.update(&m, .followUpsMade(FollowUpRows(older, today: m.today)))
        #expect(m.followUps?.eventCount == world.workspace.state.eventCount)
    }
}

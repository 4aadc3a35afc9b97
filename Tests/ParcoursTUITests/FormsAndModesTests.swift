import Foundation
import ParcoursDomain
import ParcoursKit
import ParcoursSync
import TerminalKit
import Testing
@testable import ParcoursTUI

/// The forms' new fields (remote, target stages, participation), read-only mode, the
/// report screen and its export, and `:sync`.
@Suite struct FormsAndModesTests {
    @Test func aSessionCanBeRemoteAndA1to1MeetingHasItsHolder() throws {
        let world = try World.seeded()
        defer { world.cleanUp() }
        let p = world.program(.fr)
        p.press(.enter, .tab, .character("a"))
        p.type("Point d'étape")
        p.press(.tab, .tab, .tab, .tab)
        p.press(.right)                       // kind: rendez-vous individuel
        p.press(.tab, .right)                 // holder: Amina Diallo
        p.press(.tab, .tab, .tab, .left)      // past the venue and a new one, remote: oui
        #expect(p.text.contains("À distance"))
        p.press(.enter)
        #expect(p.model.overlay == nil, "\(p.model.overlay.debugDescription)")
        let session = try #require(world.workspace.state.sessions.values.first { $0.title == "Point d'étape" })
        #expect(session.kind == .individuel && session.remote)
        #expect(session.holder == world.id(holder: "Amina Diallo"))
        // Editing keeps it remote unless changed.
        p.press(.character("G"), .character("k"))
        p.press(.character("e"))
        guard case .form(let form) = p.model.overlay else { Issue.record("no form"); return }
        #expect(form[.fieldRemote]?.chosen == "yes")
    }

    @Test func aNewProgrammeTakesTargetStages() throws {
        let world = try World.seeded()
        defer { world.cleanUp() }
        let p = world.program(.en)
        p.press(.character("d"))
        p.type("Fabrique à initiatives")
        p.press(.tab, .tab)
        #expect(p.text.contains("Space: tick / untick"))
        p.press(.character(" "), .right, .character(" "), .right, .character(" "), .character(" "))
        #expect(p.text.contains("[ ] Emergence") && p.text.contains("Wish to start, Idea"))
        p.press(.enter)
        let programme = try #require(world.workspace.state.programmes.values.first { $0.name == "Fabrique à initiatives" })
        #expect(programme.targetStages == [.envie, .idee])
    }

    @Test func theParticipationFollowsItsPath() throws {
        let world = try World.seeded()
        defer { world.cleanUp() }
        try world.workspace.perform(.addHolder(HolderDraft(name: "Emma Petit", projectTitle: "Bar à jeux")))
        try world.workspace.perform(.enrol(holder: "Emma Petit", cohort: "Promo printemps", status: .candidat))
        let p = world.program(.fr)
        p.press(.enter, .down, .down, .down, .down)
        #expect(p.lines[7].hasPrefix("Emma Petit") && p.lines[7].contains("candidat"))
        p.press(.character("p"))
        guard case .form(let form) = p.model.overlay else { Issue.record("no form"); return }
        // Only what the path allows from "candidat", the current status first.
        #expect(form.fields[0].choices.map(\.id) == ["candidat", "retenu", "non_retenu"])
        #expect(form.fields[0].chosen == "retenu")
        p.press(.enter)
        let cohort = try #require(world.workspace.state.cohorts.values.first { $0.name == "Promo printemps" })
        #expect(world.workspace.state.participations(cohort: cohort.id).first { $0.holder == world.id(holder: "Emma Petit") }?.status == .retenu)
        #expect(p.lines[7].contains("retenu"))
        // From "en cours" (Amina, since her first presence), the next steps come first, the step back last.
        p.press(.character("g"), .character("p"))
        guard case .form(let running) = p.model.overlay else { Issue.record("no form"); return }
        #expect(running.fields[0].choices.map(\.id) == ["en_cours", "termine", "sorti", "inscrit"])
        #expect(running.fields[0].chosen == "termine")
    }

    @Test func readOnlyShowsItAndRefusesWritingKeysPlainly() throws {
        let world = try World.seeded()
        defer { world.cleanUp() }
        let workspace = try Workspace(directory: world.directory, author: "Camille", readOnly: true, clock: { World.now })
        let p = Program(handler: WorkspaceEffects(workspace: workspace, language: .fr), language: .fr,
                        size: Size(width: 80, height: 24))
        #expect(p.lines[0].hasSuffix("[lecture seule]  mar. 10/03/2026"))
        let before = world.workspace.eventCount
        p.press(.character("d"))
        #expect(p.model.overlay == nil)
        #expect(p.model.message == "Lecture seule (--read-only) : rien ne peut être modifié ici." && p.model.messageIsError)
        p.press(.enter, .tab, .tab, .character("T"), .character("u"))
        p.press(.character(":"))
        p.type("note Amina bonjour")
        p.press(.enter)
        #expect(p.model.message == "Lecture seule (--read-only) : rien ne peut être modifié ici.")
        // Reading still works: moving, views, help.
        p.press(.tab)
        #expect(p.lines[1].contains("Étapes"))
        try world.workspace.refresh()
        #expect(world.workspace.eventCount == before)
    }

    @Test func theReportScreenShowsTheFiguresAndSavesMarkdown() throws {
        let world = try World.seeded()
        defer { world.cleanUp() }
        let p = world.program(.fr)
        p.press(.enter, .character("R"))
        var lines = p.lines
        #expect(lines[0].hasPrefix(" Parcours · Rapport — Promo printemps"))
        #expect(lines[1].hasPrefix(" Chiffres arrêtés au "))
        #expect(lines.contains { $0.hasPrefix(" Porteurs accompagnés  ") && $0.hasSuffix(" 4") })
        // The per-holder table comes after the figures and breakdowns: scrolled to.
        p.press(.end)
        lines = p.lines
        #expect(lines.contains { $0.hasPrefix(" Bruno Lefèvre ") && $0.contains("0/2") && $0.contains("0 %") })
        #expect(lines[23].hasPrefix(" Cap Création › Promo printemps › Rapport"))
        p.press(.character("m"))
        let path = world.directory.appendingPathComponent("exports/rapport-promo-printemps-2026-03-10.md").path
        #expect(p.model.message == "Rapport enregistré : " + path)
        let markdown = try String(contentsOfFile: path, encoding: .utf8)
        #expect(markdown.contains("Promo printemps") && markdown.contains("| Bruno Lefèvre"))
        // The report holds personal data: owner only, whatever this process's umask.
        let fileMode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber
        let folderMode = try FileManager.default.attributesOfItem(
            atPath: world.directory.appendingPathComponent("exports").path)[.posixPermissions] as? NSNumber
        #expect(fileMode?.intValue == 0o600 && folderMode?.intValue == 0o700)
        // Back to the cohort, then the programme's report from the dashboard.
        p.press(.escape, .escape, .character("R"))
        lines = p.lines
        #expect(lines[0].hasPrefix(" Parcours · Rapport — Cap Création"))
    }

    @Test func syncSaysWhyWhenTheFolderIsNotShared() throws {
        let world = try World.seeded()
        defer { world.cleanUp() }
        let p = world.program(.en)
        #expect(!p.lines[23].contains("↻"))
        p.press(.character(":"))
        p.type("sync")
        p.press(.enter)
        #expect(p.model.messageIsError)
        #expect(p.model.message == SyncError.notConfigured(world.directory.path).errorDescription)
    }

    @Test func syncExchangesWithTheRemoteAndShowsTheLastSync() throws {
        let world = try World.seeded()
        defer { world.cleanUp() }
        let remote = world.directory.deletingLastPathComponent().appendingPathComponent("remote-\(UUID().uuidString.prefix(8)).git")
        defer { try? FileManager.default.removeItem(at: remote) }
        let git = Process()
        git.executableURL = URL(fileURLWithPath: "/usr/bin/git")
        git.arguments = ["init", "--quiet", "--bare", remote.path]
        try git.run()
        git.waitUntilExit()
        _ = try Sync.initialize(workspace: world.workspace, remote: remote.path)
        try world.workspace.perform(.addNote(target: "Amina Diallo", text: "à envoyer"))
        let p = world.program(.en)
        // The first exchange happened when the folder was shared, at the real time.
        #expect(p.lines[23].contains(" ↻ 20"))
        p.press(.character(":"))
        p.type("sync")
        p.press(.enter)
        #expect(!p.model.messageIsError, "\(p.model.message)")
        #expect(p.model.message.contains("sent"))
        #expect(p.lines[23].contains(" ↻ 20") && !p.lines[23].contains("failed"))
    }
}

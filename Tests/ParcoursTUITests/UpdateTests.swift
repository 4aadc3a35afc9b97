import ParcoursDomain
import ParcoursKit
import TerminalKit
import Testing
@testable import ParcoursTUI

/// Whole-model behaviour: keys in, model and workspace out.
@Suite struct UpdateTests {
    @Test func navigationOpensGoesBackAndQuitsAtTheTop() throws {
        let world = try World.seeded()
        defer { world.cleanUp() }
        let p = world.program()
        #expect(p.model.stack == [.dashboard(selection: 0)])
        p.press(.enter)
        guard case .cohort(let cs) = p.model.screen else { Issue.record("no cohort"); return }
        #expect(cs.view == .participants)
        p.press(.tab, .tab, .tab, .tab, .tab)
        guard case .cohort(let again) = p.model.screen else { Issue.record("no cohort"); return }
        #expect(again.view == .participants)
        p.press(.backTab)
        guard case .cohort(let last) = p.model.screen else { Issue.record("no cohort"); return }
        #expect(last.view == .journal)
        p.press(.escape)
        #expect(p.model.stack == [.dashboard(selection: 0)])
        #expect(!p.quit)
        p.press(.character("q"))
        #expect(p.quit)
    }

    @Test func rollCallMarksEveryonePresentThenExceptionsAndTheCursorStaysPut() throws {
        let world = try World.seeded()
        defer { world.cleanUp() }
        let p = world.program()
        p.press(.enter, .tab, .tab)
        let session = world.id(session: "Modèle économique")
        p.press(.character("T"))
        for name in ["Amina Diallo", "Bruno Lefèvre", "Chloé Martin", "David Nguyen"] {
            #expect(world.workspace.state.mark(session: session, holder: world.id(holder: name))?.mark == .present)
        }
        p.press(.down, .character("a"))
        #expect(world.workspace.state.mark(session: session, holder: world.id(holder: "Bruno Lefèvre"))?.mark == .absent)
        guard case .cohort(let cs) = p.model.screen else { Issue.record("no cohort"); return }
        #expect(cs.rollRow.selection == 1 && cs.rollColumn == 2)
        p.press(.character("e"))
        #expect(world.workspace.state.mark(session: session, holder: world.id(holder: "Bruno Lefèvre"))?.mark == .excuse)
        p.press(.character(" "))
        #expect(world.workspace.state.mark(session: session, holder: world.id(holder: "Bruno Lefèvre"))?.mark == .present)
        p.press(.character("r"))
        let value = world.workspace.state.mark(session: session, holder: world.id(holder: "Bruno Lefèvre"))
        #expect(value?.mark == .present && value?.remote == true)
        p.press(.character("c"))
        p.type("arrivé en retard")
        p.press(.enter)
        #expect(world.workspace.state.mark(session: session, holder: world.id(holder: "Bruno Lefèvre"))?.remark == "arrivé en retard")
        #expect(p.lines[5].contains("P~*"))
        #expect(p.model.message == "Bruno Lefèvre : présent à « Modèle économique ».")
    }

    @Test func markingAgainKeepsTheRemoteAndTheRemark() throws {
        let world = try World.seeded()
        defer { world.cleanUp() }
        let p = world.program()
        // Amina at "Étude de marché": present, remote. A remark, then absent instead.
        p.press(.enter, .tab, .tab, .character("k"), .left, .character("c"))
        p.type("arrivée à 10 h")
        p.press(.enter)
        let session = world.id(session: "Étude de marché"), amina = world.id(holder: "Amina Diallo")
        p.press(.character("a"))
        let value = try #require(world.workspace.state.mark(session: session, holder: amina))
        #expect(value.mark == .absent && value.remote && value.remark == "arrivée à 10 h")
        // Space and r too: the mark moves, the rest stays.
        p.press(.character(" "))
        let cycled = try #require(world.workspace.state.mark(session: session, holder: amina))
        #expect(cycled.mark == .excuse && cycled.remote && cycled.remark == "arrivée à 10 h")
        p.press(.character("r"))
        let local = try #require(world.workspace.state.mark(session: session, holder: amina))
        #expect(local.mark == .excuse && !local.remote && local.remark == "arrivée à 10 h")
        #expect(p.lines[4].contains("E*"))
    }

    @Test func pipelineMovesACardToTheNextStageWithANote() throws {
        let world = try World.seeded()
        defer { world.cleanUp() }
        let p = world.program(.en)
        p.press(.enter, .backTab, .backTab)
        // Columns open: Idea, Emergence, Study, Test (empty untargeted stages folded).
        p.press(.right)
        p.press(.character(">"))
        guard case .form(let form) = p.model.overlay else { Issue.record("no form"); return }
        #expect(form.purpose == .stage(project: world.workspace.state.projects(holder: world.id(holder: "Amina Diallo"))[0].id, to: .etude))
        p.type("market study started")
        p.press(.enter)
        #expect(p.model.overlay == nil)
        let project = world.workspace.state.projects(holder: world.id(holder: "Amina Diallo"))[0]
        #expect(project.stage == .etude)
        #expect(project.stageHistory.last?.note == "market study started")
        #expect(p.model.message == "“Épicerie solidaire”: Emergence → Feasibility study.")
    }

    @Test func aFormValidatesInPlaceAndWritesNothingUntilValid() throws {
        let world = try World.seeded()
        defer { world.cleanUp() }
        let p = world.program()
        p.press(.enter, .tab, .character("a"))
        p.type("Bilan à mi-parcours")
        p.press(.tab)
        p.press(.ctrl("u"))
        p.type("2026-13-40")
        let before = world.workspace.eventCount
        p.press(.enter)
        guard case .form(let form) = p.model.overlay else { Issue.record("form closed"); return }
        #expect(form.fields[1].input.validationMessage == "Date attendue : AAAA-MM-JJ")
        #expect(p.text.contains("Date attendue : AAAA-MM-JJ"))
        #expect(world.workspace.eventCount == before)
        p.press(.ctrl("u"))
        p.type("2026-04-02")
        p.press(.enter)
        #expect(p.model.overlay == nil)
        #expect(world.workspace.state.sessions.values.contains { $0.title == "Bilan à mi-parcours" && $0.date.iso == "2026-04-02" })
    }

    @Test func aRefusedFormShowsTheDomainReasonInPlainWords() throws {
        let world = try World.seeded()
        defer { world.cleanUp() }
        let p = world.program(.fr)
        p.press(.character("c"))
        p.press(.tab)
        p.type("Promo automne")
        p.press(.tab, .ctrl("u"))
        p.type("2026-09-01")
        p.press(.tab)
        p.type("2026-08-01")
        p.press(.enter)
        guard case .form(let form) = p.model.overlay else { Issue.record("form closed"); return }
        #expect(form.error?.contains("2026") == true || form.error?.contains("/") == true)
        #expect(world.workspace.state.cohorts.count == 1)
    }

    @Test func newHolderFormAddsAndEnrols() throws {
        let world = try World.seeded()
        defer { world.cleanUp() }
        let p = world.program()
        p.press(.enter, .character("a"))
        p.type("Élodie Père")
        p.press(.tab)
        p.type("Tiers-lieu 🌱")
        p.press(.enter)
        let holder = world.id(holder: "Élodie Père")
        let cohort = world.workspace.state.cohorts.values.first!.id
        #expect(world.workspace.state.isTakingPart(holder: holder, cohort: cohort))
        #expect(world.workspace.state.projects(holder: holder).first?.title == "Tiers-lieu 🌱")
        #expect(p.text.contains("Élodie Père"))
    }

    @Test func commandLineRunsTheCliVerbsAndQuits() throws {
        let world = try World.seeded()
        defer { world.cleanUp() }
        let p = world.program(.fr)
        p.press(.character(":"))
        p.type(#"note "Amina Diallo" l'étude de marché avance"#)
        #expect(p.lines[23].hasPrefix(#":note "Amina Diallo" l'étude"#))
        p.press(.enter)
        let notes = world.workspace.state.notes(about: .holder(world.id(holder: "Amina Diallo")))
        #expect(notes.map(\.text) == ["l'étude de marché avance"])
        p.press(.character(":"))
        p.type("stage Bruno etude")
        p.press(.enter)
        #expect(world.workspace.state.projects(holder: world.id(holder: "Bruno Lefèvre"))[0].stage == .etude)
        p.press(.character(":"))
        p.type("stage Personne etude")
        p.press(.enter)
        #expect(p.model.messageIsError)
        #expect(p.lines[22].contains("Personne"))
        p.press(.character(":"))
        p.type("q")
        p.press(.enter)
        #expect(p.quit)
    }

    @Test func undoAndRedoSayWhatTheyDid() throws {
        let world = try World.seeded()
        defer { world.cleanUp() }
        let p = world.program(.fr)
        p.press(.enter, .tab, .tab, .character("p"))
        let session = world.id(session: "Modèle économique")
        let amina = world.id(holder: "Amina Diallo")
        #expect(world.workspace.state.mark(session: session, holder: amina)?.mark == .present)
        p.press(.character("u"))
        #expect(world.workspace.state.mark(session: session, holder: amina) == nil)
        #expect(p.model.message.hasPrefix("Annulé : "))
        #expect(p.lines[22].contains("Annulé : "))
        p.press(.ctrl("r"))
        #expect(world.workspace.state.mark(session: session, holder: amina)?.mark == .present)
        #expect(p.model.message.hasPrefix("Rétabli : "))
    }

    @Test func filterNarrowsParticipantsAndEscapeClearsIt() throws {
        let world = try World.seeded()
        defer { world.cleanUp() }
        let p = world.program(.fr)
        p.press(.enter, .character("/"))
        p.type("velo")
        #expect(p.lines[3].hasPrefix("David Nguyen"))
        #expect(!p.text.contains("Amina Diallo"))
        p.press(.enter)
        #expect(p.model.filter == "velo")
        p.press(.character("/"), .escape)
        #expect(p.model.filter == "")
        #expect(p.text.contains("Amina Diallo"))
    }

    @Test func eventsFromAnotherProcessAppearOnTheTick() throws {
        let world = try World.seeded()
        defer { world.cleanUp() }
        let p = world.program(.fr)
        let other = try ParcoursKit.Workspace(directory: world.directory, author: "Sam", clock: { World.now })
        try other.perform(.addNote(target: "Chloé Martin", text: "vu au marché"))
        p.send(.tick)
        #expect(p.model.state.notes.values.contains { $0.text == "vu au marché" })
        #expect(p.model.message.contains("1"))
    }

    @Test func welcomeStartsEmptyWithAProgrammeFormAndReportsAMissingDemo() throws {
        let world = try World()
        defer { world.cleanUp() }
        let p = world.program(.en)
        p.press(.enter)
        #expect(p.model.message == "Example data is not available in this version.")
        #expect(p.model.messageIsError)
        p.press(.character("c"))
        p.type("Lance-toi !")
        p.press(.enter)
        #expect(p.model.stack == [.dashboard(selection: 0)])
        #expect(p.text.contains("Lance-toi !"))
    }
}

/// Rows derived once per state: a new state (a command performed elsewhere, a refresh)
/// is never shown through the previous state's rows.
@Suite struct DerivedRowsTests {
    @Test func replacingTheStateDropsTheDerivedRows() throws {
        let world = try World.seeded()
        defer { world.cleanUp() }
        var model = Model(start: world.effects().start(), language: .fr, size: Size(width: 80, height: 24))
        #expect(model.derived.dashboard == nil)
        _ = Update.update(&model, .resize(model.size))
        let before = try #require(model.derived.dashboard).cohorts.map { model.state.cohorts[$0]!.name }
        #expect(before == ["Promo printemps"])
        #expect(model.derived.week?.sessions.map(\.title) == ["Visite de la Miete"])
        let kept = model
        try world.workspace.perform(.addCohort(programme: "Cap Création", name: "Promo automne", start: Day(iso: "2026-09-07")!))
        try world.workspace.perform(.addSession(cohort: "Promo printemps",
                                                SessionDraft(title: "Bilan", date: Day(iso: "2026-03-11")!, kind: .bilan)))
        _ = Update.update(&model, .refreshed(world.effects().refresh(newEvents: 2)))
        #expect(model.derived.dashboard?.cohorts.map { model.state.cohorts[$0]!.name } == ["Promo printemps", "Promo automne"])
        #expect(model.derived.week?.sessions.map(\.title) == ["Bilan", "Visite de la Miete"])
        // A copy made before still shows its own state's rows.
        #expect(kept.derived.dashboard?.cohorts.map { kept.state.cohorts[$0]!.name } == before)
        // Another day: the week is made again.
        var refresh = world.effects().refresh(newEvents: 0)
        refresh.today = Day(iso: "2026-03-13")!
        _ = Update.update(&model, .refreshed(refresh))
        #expect(model.derived.week?.today == Day(iso: "2026-03-13")! && model.derived.week?.sessions.isEmpty == true)
    }

    @Test func theJournalIsMadeAgainForAnotherFilterOrANewState() throws {
        let world = try World.seeded()
        defer { world.cleanUp() }
        let p = world.program(.fr)
        p.press(.enter, .backTab)
        let cohort = world.workspace.state.cohorts.values.first!.id
        let all = try #require(p.model.journalEntries(cohort: cohort))
        #expect(p.model.derived.journal?.entries == all)
        p.press(.character("/"))
        p.type("Bruno")
        let bruno = try #require(p.model.derived.journal?.entries)
        #expect(!all.isEmpty)
        #expect(!bruno.isEmpty && bruno.count < all.count)
        p.press(.escape)
        // Another process writes; the tick reads it, and the journal is read again.
        let other = try Workspace(directory: world.directory, author: "Sam", clock: { World.now })
        try other.perform(.addNote(target: "Bruno Lefèvre", text: "Rappeler lundi"))
        p.send(.tick)
        let after = try #require(p.model.derived.journal?.entries)
        #expect(after.count == all.count + 1)
        #expect(after.first?.text.contains("Rappeler lundi") == true)
    }

    @Test func theDashboardShowsACohortAddedThroughTheInterface() throws {
        let world = try World.seeded()
        defer { world.cleanUp() }
        let program = world.program(width: 120, height: 40)
        #expect(program.text.contains("Promo printemps"))
        #expect(!program.text.contains("Promo automne"))
        // Another facilitator's process adds a cohort; the tick reads it.
        let other = try Workspace(directory: world.directory, author: "Léa", clock: { World.now })
        try other.perform(.addCohort(programme: "Cap Création", name: "Promo automne", start: Day(iso: "2026-09-07")!))
        program.send(.tick)
        #expect(program.text.contains("Promo automne"))
    }
}

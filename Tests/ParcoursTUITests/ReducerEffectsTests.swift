import ParcoursDomain
import ParcoursKit
import TerminalKit
import Testing
@testable import ParcoursTUI

/// `update` alone: each key's new model and the effects it asks for (nothing is carried
/// out, nothing written), then the outcome messages those effects would bring back.
@Suite struct ReducerEffectsTests {
    @Test func rollCallKeysAskForTheCommandsTheDomainDecides() throws {
        let world = try World.seeded()
        defer { world.cleanUp() }
        var m = world.model()
        m.press(.enter, .tab, .tab)
        let session = world.id(session: "Modèle économique"), amina = world.id(holder: "Amina Diallo")
        let before = world.workspace.eventCount
        // Remote and remark left out (nil): marking again keeps them, in the domain.
        #expect(m.press(.character("p")) == [[.perform([.attend(session: session, holder: amina, mark: .present,
                                                                 remote: nil, remark: nil)])]])
        #expect(m.work == [Work(kind: .perform)])
        #expect(m.press(.character("a")) == [[.perform([.attend(session: session, holder: amina, mark: .absent)])]])
        #expect(m.press(.character("e")) == [[.perform([.attend(session: session, holder: amina, mark: .excuse)])]])
        // Space and r depend on the mark held when they run, so two quick presses act twice.
        #expect(m.press(.character(" ")) == [[.cycleMark(session: session, holder: amina)]])
        #expect(m.press(.character("r")) == [[.toggleRemote(session: session, holder: amina)]])
        #expect(m.press(.character("T")) == [[.perform([.markAllPresent(session: session)])]])
        #expect(m.work.count == 6)
        // No mark to clear: nothing asked.
        #expect(m.press(.character("x")) == [[]])
        // The cursor stays where it was, and nothing was written by update itself.
        guard case .cohort(let cs) = m.screen else { Issue.record("no cohort"); return }
        #expect(cs.rollRow.selection == 0 && cs.rollColumn == 2)
        #expect(world.workspace.eventCount == before)
    }

    @Test func theCycleFollowsTheMarks() {
        #expect(RollCallReducer.cycled(nil) == .present)
        #expect(RollCallReducer.cycled(.present) == .absent)
        #expect(RollCallReducer.cycled(.absent) == .excuse)
        #expect(RollCallReducer.cycled(.excuse) == .present)
    }

    @Test func aRemarkKeepsTheMarkAndRemoteAndTheNextKeysActAtOnce() throws {
        let world = try World.seeded()
        defer { world.cleanUp() }
        var m = world.model()
        m.press(.enter, .tab, .tab, .character("k"), .left)     // Amina at "Étude de marché": present, remote
        let session = world.id(session: "Étude de marché"), amina = world.id(holder: "Amina Diallo")
        #expect(m.press(.character("c")) == [[]])
        guard case .form(let form) = m.overlay else { Issue.record("no form"); return }
        _ = m.type("en retard")
        let submitted = m.press(.enter)
        #expect(submitted == [[.perform([.attend(session: session, holder: amina, mark: .present, remote: true,
                                                  remark: "en retard")])]])
        // The form closes as it is submitted: the next key acts on the roll call at once,
        // while the write may still be under way.
        #expect(m.overlay == nil)
        var typed = form
        typed.fields[0].input = TextFieldState(text: "en retard")
        #expect(m.work == [Work(kind: .perform, form: typed)])
        m.press(.character("j"))
        guard case .cohort(let cs) = m.screen else { Issue.record("no cohort"); return }
        #expect(cs.rollRow.selection == 1)
        #expect(Update.update(&m, .performed(text: "Amina Diallo : présent.", state: world.workspace.state)).isEmpty)
        #expect(m.overlay == nil && m.work.isEmpty && m.message == "Amina Diallo : présent.")
    }

    @Test func aRefusedFormWriteOpensTheFormAgainWithTheReasonAndWhatWasTyped() throws {
        let world = try World.seeded()
        defer { world.cleanUp() }
        var m = world.model()
        m.press(.enter, .character("a"))
        _ = m.type("Léa")
        m.press(.enter)
        #expect(m.overlay == nil)
        _ = Update.update(&m, .failed(text: "Trop long.", state: world.workspace.state))
        guard case .form(let form) = m.overlay else { Issue.record("the form is not back"); return }
        #expect(form.error == "Trop long." && form.fields[0].input.text == "Léa" && m.work.isEmpty)
        #expect(!m.messageIsError)
        _ = m.type("a")
        guard case .form(let edited) = m.overlay else { Issue.record("the form closed"); return }
        #expect(edited.fields[0].input.text == "Léaa")
        // Refused while something else covers the screen: said in the message line.
        m.press(.enter)
        m.press(.character("?"))
        _ = Update.update(&m, .failed(text: "Trop long.", state: world.workspace.state))
        #expect(m.overlay == .help(scroll: 0) && m.message == "Trop long." && m.messageIsError)
    }

    @Test func theNewHolderFormIsOneAtomicAddHolderWithTheCohort() throws {
        let world = try World.seeded()
        defer { world.cleanUp() }
        var m = world.model()
        let cohort = try #require(world.workspace.state.cohorts.values.first).id
        m.press(.enter, .character("a"))
        _ = m.type("Élodie Père")
        m.press(.tab)
        _ = m.type("Tiers-lieu")
        let effects = m.press(.enter)
        #expect(effects == [[.perform([.addHolder(HolderDraft(name: "Élodie Père", projectTitle: "Tiers-lieu", stage: .idee,
                                                                cohort: cohort, participation: .inscrit))])]])
    }

    @Test func syncIsAnEffectAndTheStatusLineSaysItRunsWhileKeysStillAnswer() throws {
        let world = try World.seeded()
        defer { world.cleanUp() }
        var m = world.model()
        m.press(.character(":"))
        _ = m.type("sync")
        #expect(m.press(.enter) == [[.sync]])
        #expect(m.work.map(\.kind) == [.sync])
        #expect(m.lines[22].hasSuffix(" ⠋ Synchronisation en cours…"))
        // Keys answer meanwhile: the cohort opens, help shows, Esc closes it.
        m.press(.enter)
        guard case .cohort = m.screen else { Issue.record("the cohort did not open"); return }
        m.press(.character("?"))
        #expect(m.overlay == .help(scroll: 0))
        m.press(.escape)
        #expect(m.overlay == nil)
        // The tick turns the spinner.
        _ = Update.update(&m, .tick)
        #expect(m.lines[22].hasSuffix(" ⠙ Synchronisation en cours…"))
        let effects = Update.update(&m, .synced(text: "2 sent.", failed: false, state: world.workspace.state, status: "↻ 10:00",
                                                today: world.workspace.today))
        #expect(effects.isEmpty && m.work.isEmpty)
        #expect(m.message == "2 sent." && !m.text.contains("Synchronisation en cours"))
        #expect(m.lines[23].contains("↻ 10:00"))
        // In English too.
        var en = world.model(.en)
        en.press(.character(":"))
        _ = en.type("sync")
        en.press(.enter)
        #expect(en.lines[22].hasSuffix(" ⠋ Syncing…"))
    }

    @Test func theDemoReportsItsProgressInTheStatusLine() throws {
        let world = try World()
        defer { world.cleanUp() }
        var m = world.model(.en)
        #expect(m.press(.character("d")) == [[.loadDemo]])
        _ = Update.update(&m, .progress(done: 42, total: 100))
        #expect(m.lines[22].hasSuffix(" ⠋ Loading the examples… 42 %"))
    }

    @Test func theTickAsksForOneRefreshAtATime() throws {
        let world = try World.seeded()
        defer { world.cleanUp() }
        var m = world.model()
        #expect(Update.update(&m, .tick) == [.refresh])
        // Still on its way (behind a long sync, say): no second one.
        #expect(Update.update(&m, .tick) == [])
        #expect(Update.update(&m, .refreshed(nil)) == [])
        #expect(Update.update(&m, .tick) == [.refresh])
    }

    @Test func theJournalIsReadAsAnEffectAndShownOnceItArrives() throws {
        let world = try World.seeded()
        defer { world.cleanUp() }
        var m = world.model()
        let cohort = try #require(world.workspace.state.cohorts.values.first).id
        m.press(.enter)
        #expect(m.press(.backTab) == [[.loadJournal(cohort: cohort)]])
        #expect(m.text.contains("Lecture du journal…"))
        // Asked once: moving does not ask again.
        #expect(m.press(.character("j")) == [[]])
        var answer: [Msg] = []
        world.effects().run(.loadJournal(cohort: cohort)) { answer.append($0) }
        guard case .journalRead(let lines)? = answer.first, answer.count == 1 else { Issue.record("\(answer)"); return }
        #expect(lines.cohort == cohort && lines.eventCount == world.workspace.eventCount && !lines.events.isEmpty)
        #expect(Update.update(&m, .journalRead(lines)) == [])
        #expect(!m.text.contains("Lecture du journal…"))
        #expect(m.text.contains("Bruno Lefèvre"))
        // A new state asks again (the lines no longer hold everything).
        try world.workspace.perform(.addNote(target: "Bruno Lefèvre", text: "Rappeler lundi"))
        #expect(Update.update(&m, .refreshed(world.effects().refresh(newEvents: 1))) == [.loadJournal(cohort: cohort)])
    }

    @Test func theReportIsComputedOnceAndScrollingDrawsFromIt() throws {
        let world = try World.seeded()
        defer { world.cleanUp() }
        var m = world.model()
        let cohort = try #require(world.workspace.state.cohorts.values.first).id
        m.press(.character("r"))
        let report = try #require(m.derived.report)
        #expect(report.key == ReportLines.Key(scope: .cohort(cohort), today: m.today, language: .fr, width: 80))
        // Keys that scroll draw from the lines kept: stand-in lines stay and show.
        let standIn = (0..<60).map { (" ligne \($0)", Style.plain) }
        m.derived.report = ReportLines(key: report.key, lines: standIn)
        let scrolled = m.press(.character("j"), .character("j"), .pageDown, .character("G"), .character("g"))
        #expect(scrolled == [[], [], [], [], []])
        #expect(m.derived.report?.lines.map(\.0) == standIn.map(\.0))
        m.press(.character("j"), .character("j"))
        #expect(m.lines[1] == " ligne 2")
        // Another width lays it out again, from the state.
        _ = Update.update(&m, .resize(Size(width: 100, height: 24)))
        #expect(m.derived.report?.key.width == 100 && m.derived.report?.lines.first?.0 != " ligne 0")
        #expect(m.press(.character("m")) == [[.exportReport(.cohort(cohort))]])
        #expect(m.work.map(\.kind) == [.exportReport])
    }

    @Test func quittingWhileASyncRunsWaitsForItAndASecondCtrlCDoesNot() throws {
        let world = try World.seeded()
        defer { world.cleanUp() }
        var m = world.model()
        m.press(.character(":"))
        _ = m.type("sync")
        m.press(.enter)
        #expect(m.press(.character("Q")) == [[]])
        #expect(m.quitting)
        #expect(m.lines[22] == " Fermeture dès la fin (Ctrl-C : maintenant).        ⠋ Synchronisation en cours…")
        let done = Update.update(&m, .synced(text: "ok", failed: false, state: world.workspace.state, status: nil,
                                             today: world.workspace.today))
        #expect(done == [.quit])

        var impatient = world.model()
        impatient.press(.character(":"))
        _ = impatient.type("sync")
        impatient.press(.enter)
        #expect(impatient.press(.ctrl("c"), .ctrl("c")) == [[], [.quit]])
        // Nothing under way: q quits at once.
        var idle = world.model()
        #expect(idle.press(.character("q")) == [[.quit]])
    }

    @Test func undoRedoAndTheCommandLineAreEffects() throws {
        let world = try World.seeded()
        defer { world.cleanUp() }
        var m = world.model()
        #expect(m.press(.character("u"), .ctrl("r")) == [[.perform([.undo(author: "Camille")])], [.perform([.redo(author: "Camille")])]])
        m.press(.character(":"))
        _ = m.type("stage Bruno etude --note 'ça avance'")
        #expect(m.press(.enter) == [[.perform([.setStage(project: "Bruno", stage: .etude, note: "ça avance")])]])
    }

    @Test func readOnlyRefusesWritesBeforeAnyEffect() throws {
        let world = try World.seeded()
        defer { world.cleanUp() }
        var m = world.model()
        m.readOnly = true
        m.press(.character(":"))
        _ = m.type("sync")
        #expect(m.press(.enter) == [[]])
        #expect(m.press(.enter, .tab, .tab, .character("p")) == [[], [], [], []])
        #expect(m.work.isEmpty && m.messageIsError)
    }
}

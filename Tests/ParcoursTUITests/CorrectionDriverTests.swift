import ParcoursDomain
import ParcoursKit
import TerminalKit
import Testing
import ParcoursTUI

/// Corrections and a person's rights through the public driver on a real workspace:
/// keys in, the workspace changed (or not) when `press` returns, the screen saying so.
@Suite struct CorrectionDriverTests {
    func text(_ driver: InterfaceDriver) -> String { driver.frame().canvas.text() }
    func lines(_ driver: InterfaceDriver) -> [String] { driver.frame().canvas.lines() }

    @Test func editingAHolderChangesOnlyWhatWasTyped() throws {
        let world = try World.seeded(language: .fr)
        defer { world.cleanUp() }
        let amina = world.id(holder: "Amina Diallo")
        let driver = InterfaceDriver(workspace: world.workspace, language: .fr)
        driver.press(.enter, .character("E"), .tab, .tab, .ctrl("u"))
        driver.type("Villeurbanne")
        driver.press(.enter)
        #expect(world.workspace.state.holders[amina]?.commune == "Villeurbanne")
        #expect(lines(driver)[22].contains("« Amina Diallo » (porteur) modifié : commune."))
        driver.press(.character("E"), .ctrl("u"))
        driver.type("Amina Diallo-Sy")
        driver.press(.enter)
        #expect(world.workspace.state.holders[amina]?.name == "Amina Diallo-Sy")
        #expect(world.workspace.state.holders[amina]?.commune == "Villeurbanne")
        #expect(lines(driver)[3].hasPrefix("Amina Diallo-Sy"))
        // The same form again without a change: the domain says so in the form.
        let before = world.workspace.eventCount
        driver.press(.character("E"), .enter)
        #expect(text(driver).contains("Rien à changer pour « Amina Diallo-Sy »"))
        driver.press(.escape)
        #expect(world.workspace.eventCount == before)
    }

    @Test func aCancelledQuestionWritesNothing() throws {
        let world = try World.seeded(language: .fr)
        defer { world.cleanUp() }
        let driver = InterfaceDriver(workspace: world.workspace, language: .fr)
        let before = world.workspace.eventCount
        driver.press(.enter, .character("j"), .character("D"))
        driver.type("doublon")
        driver.press(.tab, .right, .enter)
        #expect(text(driver).contains("Retirer « Bruno Lefèvre » de toutes les listes ?"))
        driver.press(.escape)
        driver.press(.enter, .character("X"))
        driver.type("demande du 9 mars")
        driver.press(.enter, .enter)                 // the final question: Enter is "Annuler"
        #expect(world.workspace.eventCount == before)
        #expect(lines(driver)[22].contains("Rien n’a été modifié."))
    }

    @Test func removalWithItsHistoryLeavesTheFileAndTheLists() throws {
        let world = try World.seeded(language: .fr)
        defer { world.cleanUp() }
        try world.workspace.perform(.addHolder(HolderDraft(name: "Zoé Essai")))
        let bruno = world.id(holder: "Bruno Lefèvre"), zoe = world.id(holder: "Zoé Essai")
        let driver = InterfaceDriver(workspace: world.workspace, language: .fr)
        // Someone in no cohort is reached by name on the command line.
        driver.press(.character(":"))
        driver.type("retirer zoe essai")
        driver.press(.enter)
        #expect(text(driver).contains("« Zoé Essai » sera retiré de toutes les listes"))
        driver.type("saisie de test")
        driver.press(.enter, .character("o"))
        #expect(world.workspace.state.holders[zoe] == nil && world.workspace.state.removedHolders[zoe]?.reason == "saisie de test")
        // Bruno has marks and a participation: refused without his history, with the reason in the form.
        driver.press(.enter, .character("j"), .enter, .character("D"))
        driver.type("inscrit deux fois")
        driver.press(.enter, .character("o"))
        #expect(world.workspace.state.holders[bruno] != nil)
        #expect(text(driver).contains("Bruno Lefèvre a un historique (2 marques de présence, 1"))
        driver.press(.tab, .right, .enter, .character("o"))
        #expect(world.workspace.state.holders[bruno] == nil)
        // His file is left: the participants, without him.
        #expect(lines(driver)[1].contains("Porteurs │ Séances"))
        #expect(!text(driver).contains("Bruno Lefèvre  "))
        #expect(lines(driver)[22].contains("Porteur Bruno Lefèvre retiré des listes, avec : 2 marques de présence, 1 part"))
    }

    @Test func mergeMovesTheDuplicateAndShowsTheClashesWhenRefused() throws {
        let world = try World.seeded(language: .fr)
        defer { world.cleanUp() }
        try world.workspace.perform(.addHolder(HolderDraft(name: "C. Martin", commune: "Vénissieux", email: "chloe@example.org")))
        try world.workspace.perform(.addHolder(HolderDraft(name: "Chloé Martinez", cohort: "Promo printemps")))
        let chloe = world.id(holder: "Chloé Martin"), initial = world.id(holder: "C. Martin"), upper = world.id(holder: "Chloé Martinez")
        let driver = InterfaceDriver(workspace: world.workspace, language: .fr)
        driver.press(.enter, .character("j"), .character("j"))     // Chloé Martin
        driver.press(.character("F"))
        driver.type("venissieux")
        driver.press(.enter)
        #expect(text(driver).contains("Fusionner « C. Martin » dans « Chloé Martin » ?"))
        driver.press(.character("o"))
        #expect(world.workspace.state.holders[initial] == nil)
        #expect(world.workspace.state.holders[chloe]?.email == "chloe@example.org")
        #expect(lines(driver)[22].contains("C. Martin fusionné·e dans Chloé Martin"))
        // Both in the cohort: refused, the clash listed in the question, nothing written.
        let before = world.workspace.eventCount
        driver.press(.character("F"))
        driver.type("martinez")
        driver.press(.enter, .enter)
        #expect(world.workspace.state.holders[upper] != nil && world.workspace.eventCount == before)
        #expect(text(driver).contains("tous deux dans la promotion"))
        driver.press(.escape)
        #expect(!text(driver).contains("tous deux"))
    }

    @Test func transferMovesTheHolderAndSaysWhatHappened() throws {
        let world = try World.seeded(language: .fr)
        defer { world.cleanUp() }
        try world.workspace.perform(.addCohort(programme: "Cap Création", name: "Promo automne", start: Day(iso: "2026-09-07")!))
        let amina = world.id(holder: "Amina Diallo")
        let spring = try #require(world.workspace.state.cohorts.values.first { $0.name == "Promo printemps" }).id
        let autumn = try #require(world.workspace.state.cohorts.values.first { $0.name == "Promo automne" }).id
        let driver = InterfaceDriver(workspace: world.workspace, language: .fr)
        driver.press(.enter, .character("t"), .enter, .tab)
        driver.type("horaires de travail")
        driver.press(.enter)
        #expect(world.workspace.state.participation(holder: amina, cohort: spring)?.status == .transfere)
        #expect(world.workspace.state.participation(holder: amina, cohort: autumn)?.status == .enCours)
        #expect(lines(driver)[22].contains("Amina Diallo transféré·e de « Promo printemps » à « Promo automne »"))
    }

    @Test func erasureShowsTheNeutralLabelAndRefusesAReasonQuotingThePerson() throws {
        let world = try World.seeded(language: .fr)
        defer { world.cleanUp() }
        let david = world.id(holder: "David Nguyen")
        let driver = InterfaceDriver(workspace: world.workspace, language: .fr)
        driver.press(.enter, .character("G"), .enter, .character("X"))
        driver.type("demande de David Nguyen")
        driver.press(.enter, .character("o"))
        #expect(world.workspace.state.erasures.holders[david] == nil)
        #expect(text(driver).contains("il ne doit citer ni"))
        driver.press(.ctrl("u"))
        driver.type("demande de l’intéressé du 9 mars")
        driver.press(.enter, .character("o"))
        #expect(world.workspace.state.erasures.holders[david] == 1)
        #expect(lines(driver)[0].contains("Fiche porteur — Personne effacée 1"))
        // What it did, whole, until closed.
        #expect(text(driver).contains("Les exports déjà écrits"))
        driver.press(.enter)
        #expect(!text(driver).contains("Les exports déjà écrits"))
        driver.press(.character("q"))
        #expect(text(driver).contains("Personne effacée 1") && !text(driver).contains("David Nguyen"))
        // Undo does not bring it back.
        driver.press(.character("u"))
        #expect(world.workspace.state.erasures.holders[david] == 1)
    }

    @Test func consentThenSituationAndWithoutConsentTheDomainsRefusal() throws {
        let world = try World.seeded(language: .fr)
        defer { world.cleanUp() }
        let amina = world.id(holder: "Amina Diallo")
        let driver = InterfaceDriver(workspace: world.workspace, language: .fr)
        driver.press(.enter, .enter, .character("f"), .character(" "), .enter)
        #expect(world.workspace.state.sensitive[amina] == nil)
        #expect(text(driver).contains("Amina Diallo n’a pas donné son consentement pour : freins"))
        driver.press(.escape, .character("c"), .enter)
        #expect(world.workspace.state.sensitive[amina]?.consents[.obstacles] == world.workspace.today)
        driver.press(.character("f"), .character(" "), .enter)
        #expect(world.workspace.state.sensitive[amina]?.obstacles == [.mobilite])
        #expect(text(driver).contains("mobilité"))
        // Withdrawn: asked first, then what was recorded under it is erased. The form
        // offers the scope without consent first (profile): back to the obstacles.
        driver.press(.character("c"), .right, .tab, .right, .enter)
        #expect(text(driver).contains("Retirer le consentement de « Amina Diallo » pour : freins"))
        driver.press(.character("o"))
        #expect(world.workspace.state.sensitive[amina]?.obstacles ?? [] == [])
        #expect(text(driver).contains("Retrait du consentement"))
    }
}

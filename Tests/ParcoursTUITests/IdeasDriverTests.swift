import ParcoursDomain
import ParcoursKit
import TerminalKit
import Testing
import ParcoursTUI

/// The ideas view through the public driver on a real workspace: keys in, the workspace
/// changed (or not) when `press` returns, the screen saying so.
@Suite struct IdeasDriverTests {
    func text(_ driver: InterfaceDriver) -> String { driver.frame().canvas.text() }
    func lines(_ driver: InterfaceDriver) -> [String] { driver.frame().canvas.lines() }

    /// A Fabrique with no cohort: three pistes, the paper sector set aside, the incubator
    /// looking for a holder; a call with two applicants, one of them checked.
    static func fabrique(_ language: Language) throws -> World {
        let world = try World(language: language)
        let w = world.workspace
        try w.perform(.addProgramme(name: "Fabrique Creuse", operatorNames: ["France Active"]))
        for (title, commune) in [("Filière papier", "Guéret"), ("Incubateur de projets", "Guéret"), ("Garage solidaire", "Aubusson")] {
            try w.perform(.addIdea(programme: "Fabrique Creuse", IdeaDraft(title: title, source: "Séminaire de créativité",
                                                                         commune: commune, date: Day(iso: "2025-11-20")!)))
        }
        for status in [IdeaStatus.retenue, .enEtude, .ecartee] {
            try w.perform(.setIdeaStatus(idea: "papier", status: status, reason: status == .ecartee ? "faute de potentiel" : nil))
        }
        for status in [IdeaStatus.retenue, .enEtude, .recherchePorteur] { try w.perform(.setIdeaStatus(idea: "Incubateur", status: status)) }
        try w.perform(.addCall(programme: "Fabrique Creuse", CallDraft(title: "AMI garde d’enfants", criteria: ["Structure de l’ESS", "Grand Guéret"])))
        for name in ["Crèche Les Petits Pas", "Collectif de parents"] {
            try w.perform(.addHolder(HolderDraft(name: name, kind: .collective)))
            try w.perform(.applyToCall(call: "AMI", holder: name))
        }
        try w.perform(.checkApplication(call: "AMI", holder: "Crèche", met: ["1", "2"]))
        return world
    }

    @Test func theDashboardOpensTheIdeasGroupedByStatus() throws {
        let world = try Self.fabrique(.fr)
        defer { world.cleanUp() }
        let driver = InterfaceDriver(workspace: world.workspace, language: .fr)
        #expect(text(driver).contains("Fabrique Creuse  3 idées, 0 adoptée · i : les voir"))
        driver.press(.character("i"))
        let screen = lines(driver)
        #expect(screen[0].contains("Idées et appels — Fabrique Creuse"))
        #expect(screen[1].contains("Idées (3) │ Appels (AMI) (1)"))
        // The pipeline's order: detected, looking for a holder, set aside; each group's size once.
        #expect(screen[3].hasPrefix("détectée (1)") && screen[3].contains("Garage solidaire"))
        #expect(screen[4].hasPrefix("cherche porteur (1)") && screen[4].contains("Incubateur de projets"))
        #expect(screen[5].hasPrefix("écartée (1)") && screen[5].contains("Filière papier"))
        #expect(text(driver).contains("Séminaire de créativité · Aubusson"))
        driver.press(.character("G"))
        #expect(text(driver).contains("écartée — faute de potentiel"))
    }

    /// A new idea, moved on, then taken up by the holder found: no holder exists until
    /// then, and undo takes the holder and the adoption back together.
    @Test func anIdeaIsRecordedMovedAndTakenUpByTheHolderFound() throws {
        let world = try Self.fabrique(.fr)
        defer { world.cleanUp() }
        let w = world.workspace
        let driver = InterfaceDriver(workspace: w, language: .fr)
        let holders = w.state.holders.count
        driver.press(.character("i"), .character("a"))
        driver.type("Tiers-lieu nourricier")
        driver.press(.tab)
        driver.type("Réunion d’habitants")
        driver.press(.enter)
        let idea = try #require(w.state.ideas.values.first { $0.title == "Tiers-lieu nourricier" })
        #expect(idea.source == "Réunion d’habitants" && idea.status == .detectee)
        #expect(w.state.holders.count == holders, "an idea is no holder")
        #expect(lines(driver)[22].contains("Idée « Tiers-lieu nourricier » ajoutée"))

        // `>` opens the status form on the next status; the reason is kept.
        driver.press(.character("j"), .character(">"), .tab)
        #expect(text(driver).contains("« Tiers-lieu nourricier » — détectée depuis le 10/03/2026"))
        driver.type("sujet prioritaire")
        driver.press(.enter)
        #expect(w.state.ideas[idea.id]?.status == .retenue && w.state.ideas[idea.id]?.history.last?.reason == "sujet prioritaire")
        // The cursor followed the idea to its new group.
        #expect(lines(driver).first { $0.contains("Tiers-lieu nourricier") }?.hasPrefix("retenue (1)") == true)
        #expect(lines(driver)[23].contains("2/4"))

        // A: the holder found now, first in the list.
        driver.press(.character("A"))
        #expect(text(driver).contains("+ Un nouveau porteur, trouvé pour cette idée"))
        driver.press(.enter)
        driver.type("SCIC des Combes")
        driver.press(.tab, .right, .right, .tab)
        // Two communes bear the name: the département tells them apart (the official
        // geographic code refuses "Aubusson" alone).
        driver.type("Aubusson (23)")
        driver.press(.enter)
        let adopter = try #require(w.state.holders.values.first { $0.name == "SCIC des Combes" })
        #expect(adopter.kind == .structure && adopter.commune == "Aubusson")
        #expect(w.state.holders.count == holders + 1)
        let adoption = try #require(w.state.ideas[idea.id]?.adoption)
        #expect(adoption.holder == adopter.id && w.state.projects[adoption.project]?.title == "Tiers-lieu nourricier")
        // Enter opens the adopter's file, which shows the idea it came from.
        driver.press(.enter)
        #expect(text(driver).contains("Issu de l’idée « Tiers-lieu nourricier » (Fabrique Creuse)"))
        driver.press(.character("q"), .character("u"))
        #expect(w.state.holders.count == holders && w.state.ideas[idea.id]?.adoption == nil)
        #expect(w.state.ideas[idea.id]?.status == .retenue)
    }

    @Test func anIdeaIsTakenUpByAHolderAlreadyRecordedNamedOnTheCommandLine() throws {
        let world = try Self.fabrique(.en)
        defer { world.cleanUp() }
        let w = world.workspace
        let driver = InterfaceDriver(workspace: w, language: .en)
        // Nothing selected and nothing named: said, nothing written.
        let before = w.eventCount
        driver.press(.character(":"))
        driver.type("adopt")
        driver.press(.enter)
        #expect(lines(driver)[22].contains("“adopt”: select an idea in the Ideas view"))
        driver.press(.character(":"))
        driver.type("adopt incubateur")
        driver.press(.enter)
        #expect(text(driver).contains("Holder who takes the idea up"))
        driver.type("crèche")
        driver.press(.enter)
        #expect(text(driver).contains("“Incubateur de projets” becomes Crèche Les Petits Pas's project"))
        driver.press(.enter)
        let creche = world.id(holder: "Crèche Les Petits Pas")
        let idea = try #require(w.state.ideas.values.first { $0.title == "Incubateur de projets" })
        #expect(idea.adoption?.holder == creche && w.eventCount == before + 2)
        // Studied: the project starts at the feasibility study, as the domain chooses.
        #expect(w.state.projects[idea.adoption!.project]?.stage == .etude)
        // A set-aside idea cannot be taken up: said at once, in the domain's words.
        driver.press(.character(":"))
        driver.type("adopt papier")
        driver.press(.enter)
        #expect(lines(driver)[22].contains("set aside"))
        #expect(w.eventCount == before + 2)
    }

    @Test func theCallsTabShowsEachApplicantsChecklist() throws {
        let world = try Self.fabrique(.fr)
        defer { world.cleanUp() }
        let driver = InterfaceDriver(workspace: world.workspace, language: .fr)
        driver.press(.character(":"))
        driver.type("appels")
        driver.press(.enter)
        let screen = text(driver)
        #expect(screen.contains("Appels (AMI) (1)") && screen.contains("AMI garde d’enfants"))
        #expect(screen.contains("1. Structure de l’ESS") && screen.contains("2. Grand Guéret"))
        #expect(screen.contains("Crèche Les Petits Pas : éligible (1 ✓ 2 ✓)"))
        #expect(screen.contains("Collectif de parents : à vérifier (1 ? 2 ?)"))
        // Enter: an applicant's file.
        driver.press(.enter, .enter)
        #expect(lines(driver)[0].contains("Fiche porteur — Collectif de parents"))
    }

    @Test func aRefusedMoveKeepsTheFormWithTheDomainsWords() throws {
        let world = try Self.fabrique(.fr)
        defer { world.cleanUp() }
        let w = world.workspace
        let driver = InterfaceDriver(workspace: w, language: .fr)
        let before = w.eventCount
        driver.press(.character("i"), .character("s"), .tab, .tab, .ctrl("u"))
        driver.type("2020-01-01")
        driver.press(.enter)
        #expect(text(driver).contains("Date trop ancienne"))
        #expect(w.eventCount == before)
    }
}

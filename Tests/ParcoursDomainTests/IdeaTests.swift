import Foundation
import Testing
@testable import ParcoursDomain

/// Ideas before holders (F15): the Fabrique's work from a need to the holder found, the
/// rules of each move, undo, erasure, removal, and the report's funnel — an idea is never
/// a holder.
@Suite struct IdeaTests {
    /// A Fabrique in the Creuse (domain.md §3 I6) with no cohort: three pistes from the
    /// creativity seminar, the comité de pilotage's choices, the paper sector set aside.
    static func fabrique() throws -> World {
        let w = World()
        w.today = day("2021-01-04")
        try w.run(.addProgramme(name: "Fabrique à initiatives Creuse", operatorNames: ["France Active Nouvelle-Aquitaine"]))
        for (title, commune) in [("Filière papier", "Guéret"), ("Incubateur de projets", "Guéret"), ("Garage solidaire", "Aubusson")] {
            try w.run(.addIdea(programme: "Fabrique", IdeaDraft(title: title, source: "Séminaire de créativité", commune: commune,
                                                                date: day("2018-11-20"))))
        }
        try w.run(.setIdeaStatus(idea: "papier", status: .retenue, date: day("2019-01-15")))
        try w.run(.setIdeaStatus(idea: "papier", status: .enEtude, date: day("2019-03-01")))
        try w.run(.setIdeaStatus(idea: "papier", status: .ecartee, reason: "faute de potentiel", date: day("2019-10-01")))
        try w.run(.setIdeaStatus(idea: "Incubateur", status: .retenue, date: day("2019-01-15")))
        try w.run(.setIdeaStatus(idea: "Incubateur", status: .enEtude, date: day("2019-03-01")))
        try w.run(.setIdeaStatus(idea: "Incubateur", status: .recherchePorteur, date: day("2019-09-01")))
        return w
    }

    func idea(_ w: World, _ title: String) -> Idea { w.state.ideas.values.first { $0.title == title }! }

    @Test func aHolderFoundLaterAdoptsTheIdeaWhichBecomesTheirProjectWithItsHistory() throws {
        let w = try Self.fabrique()
        #expect(w.state.holders.isEmpty, "no fake holder for an idea")
        #expect(w.state.projects.isEmpty)
        let incubator = idea(w, "Incubateur de projets")
        #expect(incubator.status == .recherchePorteur && incubator.history.count == 3)
        #expect(incubator.detected == day("2018-11-20") && incubator.source == "Séminaire de créativité")

        try w.run(.addHolder(HolderDraft(name: "Collectif de l'incubateur creusois", kind: .collective, date: day("2020-02-01"))))
        try w.run(.adoptIdea(idea: "Incubateur", holder: "Collectif", note: "trois structures se l'approprient", date: day("2020-03-02")))
        #expect(w.lastDecision?.summary == .idea(.adopted(title: "Incubateur de projets", holder: "Collectif de l'incubateur creusois",
                                                          stage: .etude)))
        let holder = w.holder("Collectif de l'incubateur creusois")
        let project = try #require(w.state.projects(holder: holder.id).first)
        #expect(project.title == "Incubateur de projets" && project.commune == "Guéret")
        #expect(project.stage == .etude, "studied: the project starts at the feasibility study")
        #expect(project.created == day("2020-03-02"))
        let adopted = idea(w, "Incubateur de projets")
        #expect(adopted.status == .porteurIdentifie)
        #expect(adopted.adoption == IdeaAdoption(holder: holder.id, project: project.id, date: day("2020-03-02")))
        #expect(adopted.history.map(\.to) == [.retenue, .enEtude, .recherchePorteur, .porteurIdentifie])
        #expect(adopted.history.last?.reason == "trois structures se l'approprient")
        #expect(adopted.detected == day("2018-11-20"), "the idea keeps its detection day")
        #expect(w.state.idea(ofProject: project.id)?.id == adopted.id)
        #expect(w.state.ideasAdopted(by: holder.id).map(\.id) == [adopted.id])
        // The holder's journal shows the adoption.
        let lines = w.journal(concerning: holder.id).map { Catalog.describe($0, in: w.state, language: .fr) }
        #expect(lines.contains("Idée « Incubateur de projets » adoptée par Collectif de l'incubateur creusois : devient son projet — trois structures se l'approprient"))

        // An idea never studied starts its project at the idea stage; a stage may be given.
        try w.run(.addHolder(HolderDraft(name: "Garage des Combrailles", kind: .structure, date: day("2020-05-01"))))
        try w.run(.adoptIdea(idea: "Garage", holder: "Garage des Combrailles"))
        #expect(w.state.projects.values.first { $0.title == "Garage solidaire" }?.stage == .idee)
    }

    /// The holder found at last is recorded and adopts the idea in one action: a refused
    /// adoption records nobody, and undo takes both back.
    @Test func aHolderRecordedWhenFoundAdoptsInTheSameAction() throws {
        let w = try Self.fabrique()
        let before = w.observable
        let draft = HolderDraft(name: "Revatec", kind: .structure, commune: "Guéret")
        // Set aside: refused, and no holder was recorded.
        #expect(w.error(.adoptIdeaByNewHolder(idea: "papier", holder: draft)) == .idea(.setAside(idea: "Filière papier")))
        #expect(w.error(.adoptIdeaByNewHolder(idea: "Incubateur", holder: HolderDraft(name: " ")))  == .emptyName(.holder))
        #expect(w.observable == before && w.state.holders.isEmpty)

        try w.run(.adoptIdeaByNewHolder(idea: "Incubateur", holder: draft, note: "association créée", date: day("2020-12-01")))
        let holder = w.holder("Revatec")
        #expect(holder.kind == .structure && holder.commune == "Guéret")
        #expect(holder.created == day("2020-12-01"), "recorded on the adoption's day")
        let adopted = idea(w, "Incubateur de projets")
        #expect(adopted.adoption?.holder == holder.id && adopted.history.last?.reason == "association créée")
        #expect(w.state.projects(holder: holder.id).map(\.title) == ["Incubateur de projets"])
        #expect(w.lastDecision?.summary == .both(.holderAdded(name: "Revatec", project: nil),
                                                 .idea(.adopted(title: "Incubateur de projets", holder: "Revatec", stage: .etude))))
        try w.run(.undo(author: w.author))
        #expect(w.observable == before, "the holder and the adoption go together")
    }

    @Test func theReportCountsIdeasNeverAsHolders() throws {
        let w = try Self.fabrique()
        try w.run(.addHolder(HolderDraft(name: "Collectif de l'incubateur creusois", kind: .collective, date: day("2020-02-01"))))
        try w.run(.adoptIdea(idea: "Incubateur", holder: "Collectif", date: day("2020-03-02")))
        let fabrique = w.programme("Fabrique à initiatives Creuse").id
        let report = Report.make(state: w.state, scope: .programme(fabrique), today: w.today)
        #expect(report.holders == 0 && report.candidates == 0, "ideas and the holder who adopted one are not accompanied holders")
        #expect(report.ideas == IdeaFigures(detected: 3, studied: 2, setAside: 1, adopted: 1, byStatus: [
            "detectee": 1, "retenue": 0, "en_etude": 0, "recherche_porteur": 0, "porteur_identifie": 1, "ecartee": 1]))
        #expect(Report.make(state: w.state, scope: .all, today: w.today).ideas == report.ideas)

        // At the end of 2019: the incubator was still looking for a holder.
        let end2019 = Report.make(state: w.state, scope: .programme(fabrique), today: w.today,
                                  filter: ReportFilter(from: day("2018-01-01"), to: day("2019-12-31")))
        #expect(end2019.ideas.detected == 3 && end2019.ideas.adopted == 0 && end2019.ideas.setAside == 1)
        #expect(end2019.ideas.byStatus["recherche_porteur"] == 1 && end2019.ideas.byStatus["porteur_identifie"] == 0)
        // In mid-2019, before the paper sector was set aside.
        let mid2019 = Report.make(state: w.state, scope: .programme(fabrique), today: w.today,
                                  filter: ReportFilter(to: day("2019-06-30")))
        #expect(mid2019.ideas.byStatus["en_etude"] == 2 && mid2019.ideas.setAside == 0 && mid2019.ideas.studied == 2)
        // Detected in 2020 only: none.
        let in2020 = Report.make(state: w.state, scope: .programme(fabrique), today: w.today,
                                 filter: ReportFilter(from: day("2020-01-01")))
        #expect(in2020.ideas.detected == 0)
        // By commune.
        let aubusson = Report.make(state: w.state, scope: .programme(fabrique), today: w.today,
                                   filter: ReportFilter(commune: "aubusson"))
        #expect(aubusson.ideas.detected == 1 && aubusson.ideas.byStatus["detectee"] == 1)
        // A cohort's report has none: ideas belong to programmes.
        try w.run(.addCohort(programme: "Fabrique", name: "Promo", start: day("2021-01-04")))
        #expect(Report.make(state: w.state, scope: .cohort(w.cohort("Promo").id), today: w.today).ideas.detected == 0)
    }

    @Test func movesAreRefusedNamingWhatAndWhy() throws {
        let w = try Self.fabrique()
        let before = w.observable
        let refused: [(Command, DomainError)] = [
            (.addIdea(programme: "Fabrique", IdeaDraft(title: "filiere PAPIER")),
             .idea(.titleTaken(title: "Filière papier", programme: "Fabrique à initiatives Creuse"))),
            (.addIdea(programme: "Fabrique", IdeaDraft(title: "  ")), .emptyName(.idea)),
            (.addIdea(programme: "Fabrique", IdeaDraft(title: "Tiers-lieu", source: "Réunion\u{1B}[2J")),
             .controlCharacter(.source, code: 0x1B, position: 8)),
            (.addIdea(programme: "Fabrique", IdeaDraft(title: "Tiers-lieu", need: String(repeating: "a", count: 10_001))),
             .textTooLong(.need, length: 10_001, limit: 10_000)),
            (.addIdea(programme: "Fabrique", IdeaDraft(title: "Tiers-lieu", date: day("2021-02-01"))),
             .dateInFuture(.ideaDetected, date: day("2021-02-01"), today: day("2021-01-04"))),
            (.addIdea(programme: "Nulle part", IdeaDraft(title: "Tiers-lieu")), .notFound(.programme, reference: "Nulle part")),
            (.setIdeaStatus(idea: "Garage", status: .detectee), .idea(.alreadyInStatus(idea: "Garage solidaire", status: .detectee))),
            (.setIdeaStatus(idea: "Garage", status: .porteurIdentifie), .idea(.statusSetByAdoption(idea: "Garage solidaire"))),
            (.setIdeaStatus(idea: "Incubateur", status: .enEtude, date: day("2019-08-01")),
             .dateBeforeLastChange(.ideaStatus, what: "Incubateur de projets", date: day("2019-08-01"), last: day("2019-09-01"))),
            (.setIdeaStatus(idea: "Garage", status: .retenue, date: day("2018-01-01")),
             .dateBeforeRecorded(.ideaStatus, what: "Garage solidaire", date: day("2018-01-01"), recorded: day("2018-11-20"))),
            (.setIdeaStatus(idea: "Potager", status: .retenue), .notFound(.idea, reference: "Potager")),
            (.adoptIdea(idea: "papier", holder: "Personne"), .notFound(.holder, reference: "Personne")),
        ]
        for (command, expected) in refused { #expect(w.error(command) == expected, "\(command)") }
        try w.run(.addHolder(HolderDraft(name: "Papeterie coopérative", kind: .structure, date: day("2020-01-01"))))
        #expect(w.error(.adoptIdea(idea: "papier", holder: "Papeterie")) == .idea(.setAside(idea: "Filière papier")))
        #expect(w.error(.adoptIdea(idea: "Incubateur", holder: "Papeterie", date: day("2019-12-01")))
                == .dateBeforeRecorded(.adoption, what: "Papeterie coopérative", date: day("2019-12-01"), recorded: day("2020-01-01")))
        try w.run(.adoptIdea(idea: "Incubateur", holder: "Papeterie"))
        let project = "Incubateur de projets"
        #expect(w.error(.adoptIdea(idea: "Incubateur", holder: "Papeterie"))
                == .idea(.alreadyAdopted(idea: project, holder: "Papeterie coopérative", project: project)))
        #expect(w.error(.setIdeaStatus(idea: "Incubateur", status: .ecartee))
                == .idea(.alreadyAdopted(idea: project, holder: "Papeterie coopérative", project: project)))
        // Refusals wrote nothing: only the holder and the adoption were added.
        #expect(w.state.ideas.count == before.ideas.count)
        // An idea of the same title in another programme is fine.
        try w.run(.addProgramme(name: "Révélateur"))
        try w.run(.addIdea(programme: "Révélateur", IdeaDraft(title: "Filière papier")))
        #expect(w.error(.setIdeaStatus(idea: "Filière papier", status: .retenue))?.isAmbiguous == true)
    }

    @Test func everyIdeaEventIsUndoneAndRedone() throws {
        let w = try Self.fabrique()
        try w.run(.addHolder(HolderDraft(name: "Collectif de l'incubateur creusois", kind: .collective, date: day("2020-02-01"))))
        let beforeAdoption = w.observable
        try w.run(.adoptIdea(idea: "Incubateur", holder: "Collectif", date: day("2020-03-02")))
        let adopted = w.observable
        try w.run(.undo(author: w.author))
        #expect(w.observable == beforeAdoption, "the project goes, the idea is back to looking for a holder")
        #expect(idea(w, "Incubateur de projets").status == .recherchePorteur)
        try w.run(.redo(author: w.author))
        #expect(Observable(w.state).ideas.mapValues(\.history) == adopted.ideas.mapValues(\.history))
        #expect(w.state.projects.count == 1)

        let beforeMove = w.observable
        try w.run(.setIdeaStatus(idea: "Garage", status: .retenue, reason: "comité", date: day("2019-01-15")))
        try w.run(.undo(author: w.author))
        #expect(w.observable == beforeMove)
        let beforeAdd = w.observable
        try w.run(.addIdea(programme: "Fabrique", IdeaDraft(title: "Mode de garde", need: "50 à 60 enfants sans solution")))
        try w.run(.undo(author: w.author))
        #expect(w.observable == beforeAdd)
        try w.run(.redo(author: w.author))
        #expect(w.state.ideas.values.contains { $0.title == "Mode de garde" })
    }

    @Test func undoIsBlockedWhileIdeasHoldOnToWhatItWouldRemove() throws {
        // The programme's creation cannot be undone under an idea someone else added.
        let v = World()
        try v.run(.addProgramme(name: "Fabrique"))
        v.author = "autre"
        try v.run(.addIdea(programme: "Fabrique", IdeaDraft(title: "Ressourcerie")))
        #expect(v.error(.undo(author: "claire")) == .undoBlocked(what: "Fabrique"))

        // A holder's creation cannot be undone under the idea they adopted since.
        let w = World()
        try w.run(.addProgramme(name: "Fabrique"))
        try w.run(.addIdea(programme: "Fabrique", IdeaDraft(title: "Ressourcerie")))
        w.author = "autre"
        try w.run(.addHolder(HolderDraft(name: "Ressourcerie du Pays", kind: .structure)))
        w.author = "claire"
        try w.run(.adoptIdea(idea: "Ressourcerie", holder: "Ressourcerie du Pays"))
        #expect(w.error(.undo(author: "autre")) == .undoBlocked(what: "Ressourcerie du Pays"))
        // An adopted idea's creation cannot be undone either (its adoption is not part of it).
        w.author = "autre"
        try w.run(.addIdea(programme: "Fabrique", IdeaDraft(title: "Conciergerie")))
        w.author = "claire"
        try w.run(.addHolder(HolderDraft(name: "Conciergerie du Plateau", kind: .structure)))
        try w.run(.adoptIdea(idea: "Conciergerie", holder: "Conciergerie du Plateau"))
        #expect(w.error(.undo(author: "autre")) == .undoBlocked(what: "Conciergerie"))
    }

    @Test func erasingTheAdopterErasesTheIdeaWithTheirProjectAndKeepsTheFigures() throws {
        let w = try Self.fabrique()
        try w.run(.addIdea(programme: "Fabrique", IdeaDraft(title: "Épicerie de Léa Martin", source: "Léa Martin, réunion d'habitants",
                                                            need: "Plus de commerce à Faux-la-Montagne", commune: "Faux-la-Montagne",
                                                            date: day("2019-05-01"))))
        try w.run(.setIdeaStatus(idea: "Épicerie", status: .enEtude, reason: "Léa Martin motivée", date: day("2019-06-01")))
        try w.run(.addHolder(HolderDraft(name: "Léa Martin", date: day("2019-06-01"))))
        try w.run(.adoptIdea(idea: "Épicerie", holder: "Léa Martin", note: "Léa reprend l'idée", date: day("2019-07-01")))
        try w.run(.addHolder(HolderDraft(name: "Collectif de l'incubateur creusois", kind: .collective, date: day("2020-02-01"))))
        try w.run(.adoptIdea(idea: "Incubateur", holder: "Collectif", note: "trois structures", date: day("2020-03-02")))
        try w.run(.erase(holder: "Léa Martin", reason: "demande de l'intéressée"))

        let erased = try #require(w.state.ideas.values.first { $0.adoption?.holder == w.state.holders.values.first { $0.name.isEmpty }?.id })
        #expect(erased.title.isEmpty && erased.source == nil && erased.need == nil && erased.commune == nil)
        #expect(erased.history.allSatisfy { $0.reason == nil })
        #expect(erased.status == .porteurIdentifie && erased.detected == day("2019-05-01"), "statuses and dates stay")
        #expect(w.state.erasures.covers(idea: erased.id))
        // What the logs are rewritten to holds none of it; the other adoption is untouched.
        let written = w.journal.map { "\($0.event.erasing(w.state.erasures))" }.joined()
        for text in ["Épicerie de Léa", "réunion d'habitants", "Faux-la-Montagne", "motivée", "reprend l'idée"] {
            #expect(!written.contains(text), "\(text)")
        }
        #expect(written.contains("trois structures") && written.contains("Incubateur de projets"))
        // Labelled as the project is.
        var labelled = w.state
        labelled.labelErased(person: { "Personne effacée \($0)" }, project: { "Projet effacé \($0)" }, meeting: "RDV")
        #expect(labelled.ideas[erased.id]?.title == "Projet effacé 1")
        // The figures stay.
        let report = Report.make(state: w.state, scope: .all, today: w.today)
        #expect(report.ideas.detected == 4 && report.ideas.adopted == 2 && report.ideas.studied == 3)
    }

    @Test func removingOrMergingAnAdopterAsksFirstAndUndoBringsEverythingBack() throws {
        let w = try Self.fabrique()
        try w.run(.addHolder(HolderDraft(name: "Collectif de l'incubateur creusois", kind: .collective, date: day("2020-02-01"))))
        try w.run(.adoptIdea(idea: "Incubateur", holder: "Collectif", date: day("2020-03-02")))
        try w.run(.addHolder(HolderDraft(name: "Collectif incubateur (doublon)", kind: .collective)))
        #expect(w.error(.mergeHolders(keep: "doublon", duplicate: "Collectif de l'incubateur creusois"))
                == .idea(.holderHasIdeas(holder: "Collectif de l'incubateur creusois", adopted: 1, applications: 0)))
        #expect(w.error(.removeHolder(holder: "Collectif de l'incubateur creusois", reason: "erreur"))
                == .idea(.holderHasIdeas(holder: "Collectif de l'incubateur creusois", adopted: 1, applications: 0)))
        let before = w.observable
        try w.run(.removeHolder(holder: "Collectif de l'incubateur creusois", reason: "erreur", withHistory: true))
        #expect(idea(w, "Incubateur de projets").adoption == nil && idea(w, "Incubateur de projets").status == .recherchePorteur)
        #expect(w.state.projects.isEmpty)
        try w.run(.undo(author: w.author))
        #expect(w.observable == before)
    }

    @Test func everyRefusalAndSummaryIsInBothLanguages() {
        let errors: [DomainError] = [
            .idea(.titleTaken(title: "I", programme: "P")), .idea(.alreadyInStatus(idea: "I", status: .retenue)),
            .idea(.statusSetByAdoption(idea: "I")), .idea(.alreadyAdopted(idea: "I", holder: "H", project: "J")),
            .idea(.setAside(idea: "I")), .idea(.holderHasIdeas(holder: "H", adopted: 1, applications: 2)),
            .call(.titleTaken(title: "C", programme: "P")), .call(.duplicateCriterion("K")),
            .call(.alreadyApplied(holder: "H", call: "C")), .call(.beforeOpening(call: "C", date: day("2021-01-01"), opens: day("2021-02-01"))),
            .call(.notApplied(holder: "H", call: "C")), .call(.unknownCriterion("x", call: "C", criteria: ["1. K"])),
            .call(.unknownCriterion("x", call: "C", criteria: [])), .call(.criterionTwice("K")), .call(.nothingToCheck),
        ]
        let messages: [Message] = [
            .idea(.added(title: "I", programme: "P")), .idea(.statusChanged(title: "I", from: .detectee, to: .retenue)),
            .idea(.adopted(title: "I", holder: "H", stage: .etude)), .call(.added(title: "C", programme: "P", criteria: 2)),
            .call(.added(title: "C", programme: "P", criteria: 1)),
            .call(.applied(holder: "H", call: "C", candidateIn: "Promo")), .call(.applied(holder: "H", call: "C", candidateIn: nil)),
            .call(.checked(holder: "H", call: "C", eligibility: .pending)), .call(.applicationRemoved(holder: "H", call: "C")),
        ]
        let texts = errors.map { (Catalog.text($0, .fr), Catalog.text($0, .en)) } + messages.map { (Catalog.text($0, .fr), Catalog.text($0, .en)) }
        for (fr, en) in texts {
            #expect(!fr.isEmpty && !en.isEmpty && fr != en, "\(fr) / \(en)")
        }
        #expect(Catalog.text(.idea(.statusSetByAdoption(idea: "Garage")), .en).contains("adopted"))
    }
}

extension DomainError {
    var isAmbiguous: Bool {
        if case .ambiguous = self { return true }
        return false
    }
}

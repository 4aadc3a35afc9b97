import Foundation
import Testing
@testable import ParcoursDomain

struct UndoCase: Sendable, CustomTestStringConvertible {
    var name: String
    var prepare: [Command] = []
    var command: Command
    var testDescription: String { name }
}

let undoCases: [UndoCase] = [
    UndoCase(name: "addOrganisation", command: .addOrganisation(name: "Région", kind: .funder)),
    UndoCase(name: "addProgramme", command: .addProgramme(name: "Sprint", operatorNames: ["Villages Vivants"], targetStages: [.test])),
    UndoCase(name: "addPartner", command: .addPartner(programme: "Lance-toi", organisationName: "Département", role: "financeur")),
    UndoCase(name: "addWorkshop", command: .addWorkshop(programme: "Lance-toi", title: "Atelier 4", byOrganisationName: "URSCOP")),
    UndoCase(name: "addCohort", command: .addCohort(programme: "Lance-toi", name: "Promo 2", start: day("2021-09-07"), fromTemplate: true)),
    UndoCase(name: "setCohortStatus", command: .setCohortStatus(cohort: "Promo 1", status: .running)),
    UndoCase(name: "addStaff", command: .addStaff(cohort: "Promo 1", name: "Anne", role: .coordinator)),
    UndoCase(name: "addHolder", command: .addHolder(HolderDraft(name: "Zoé", referredByName: "Mission locale", projectTitle: "Café"))),
    UndoCase(name: "addHolderToProject", command: .addHolderToProject(holder: "Tom", project: "Épicerie")),
    UndoCase(name: "enrol", prepare: [.addHolder(HolderDraft(name: "Zoé"))], command: .enrol(holder: "Zoé", cohort: "Promo 1")),
    UndoCase(name: "setParticipation", command: .setParticipation(holder: "Léa", cohort: "Promo 1", status: .enCours)),
    UndoCase(name: "addSession", command: .addSession(cohort: "Promo 1", SessionDraft(title: "Visite", date: day("2021-02-09"), kind: .visite, byOrganisationName: "Ferme"))),
    UndoCase(name: "updateSession", command: .updateSession(session: "Atelier 2", SessionEdit(title: "Atelier 2 bis", remote: true))),
    UndoCase(name: "cancelSession", command: .cancelSession(session: "Atelier 3")),
    UndoCase(name: "createMissingTemplateSessions", prepare: [.addWorkshop(programme: "Lance-toi", title: "Atelier 4")],
             command: .createMissingTemplateSessions(cohort: "Promo 1")),
    UndoCase(name: "attend", command: .attend(session: "Atelier 1", holder: "Léa", mark: .present, remote: true, remark: "visio")),
    UndoCase(name: "attend again", prepare: [.attend(session: "Atelier 1", holder: "Léa", mark: .absent)],
             command: .attend(session: "Atelier 1", holder: "Léa", mark: .excuse)),
    UndoCase(name: "markAllPresent", command: .markAllPresent(session: "Atelier 1")),
    UndoCase(name: "clearMark", prepare: [.attend(session: "Atelier 1", holder: "Léa", mark: .absent)],
             command: .clearMark(session: "Atelier 1", holder: "Léa")),
    UndoCase(name: "setStage", command: .setStage(project: "Épicerie", stage: .etude, note: "go")),
    UndoCase(name: "setStatus", command: .setStatus(project: "Épicerie", status: .oriente, destinationName: "Coodem", note: "test en CAE")),
    UndoCase(name: "addNote", command: .addNote(target: "Léa", text: "Très motivée")),
    UndoCase(name: "editHolder", command: .editHolder(holder: "Léa", HolderEdit(name: "Léa Martín", commune: "", email: "l@x.fr",
                                                                                addTags: ["jeune"], referredByName: "CAF"))),
    UndoCase(name: "editProject", command: .editProject(project: "Épicerie", ProjectEdit(title: "Épicerie solidaire", description: "Texte",
                                                                                           sectors: ["commerce"], alreadyCreated: true))),
    UndoCase(name: "editProgramme", command: .editProgramme(programme: "Lance-toi", ProgrammeEdit(name: "Lance-toi 2", targetStages: [],
                                                                                                  operatorNames: ["Ronalpia"]))),
    UndoCase(name: "editCohort", command: .editCohort(cohort: "Promo 1", CohortEdit(start: day("2021-01-05"), end: .some(nil), capacity: .some(3)))),
    UndoCase(name: "editOrganisation", command: .editOrganisation(organisation: "Ardèche ESS", name: "ESS 07", kind: .funder)),
    UndoCase(name: "editWorkshop", command: .editWorkshop(programme: "Lance-toi", workshop: "1", WorkshopEdit(title: "Atelier un",
                                                                                                                 byOrganisationName: ""))),
    UndoCase(name: "moveWorkshop", command: .moveWorkshop(programme: "Lance-toi", workshop: "Atelier 1", position: 3)),
    UndoCase(name: "removeWorkshop", command: .removeWorkshop(programme: "Lance-toi", workshop: "Atelier 2")),
    UndoCase(name: "copyTemplate", prepare: [.addProgramme(name: "Sprint")], command: .copyTemplate(from: "Lance-toi", to: "Sprint")),
    UndoCase(name: "removeHolder", prepare: [.addHolder(HolderDraft(name: "Zoé", projectTitle: "Café"))],
             command: .removeHolder(holder: "Zoé", reason: "erreur")),
    UndoCase(name: "removeHolder with history", prepare: [.attend(session: "Atelier 1", holder: "Léa", mark: .present),
                                                          .addNote(target: "Léa", text: "note")],
             command: .removeHolder(holder: "Léa", reason: "erreur", withHistory: true)),
    UndoCase(name: "mergeHolders", prepare: [.addCohort(programme: "Lance-toi", name: "Promo 2", start: day("2021-03-01"), fromTemplate: true),
                                             .addHolder(HolderDraft(name: "Lea M", email: "l@x.fr", projectTitle: "Café", cohort: "Promo 2")),
                                             .addNote(target: "Lea M", text: "doublon")],
             command: .mergeHolders(keep: "Tom", duplicate: "Lea M")),
    UndoCase(name: "removeParticipation", command: .removeParticipation(holder: "Léa", cohort: "Promo 1", reason: "erreur")),
    UndoCase(name: "transfer", prepare: [.addCohort(programme: "Lance-toi", name: "Promo 2", start: day("2021-03-01"), fromTemplate: true)],
             command: .transfer(holder: "Tom", cohort: "Promo 2", reason: "horaires")),
    UndoCase(name: "first presence", command: .attend(session: "Atelier 1", holder: "Léa", mark: .present)),
]

@Suite struct UndoTests {
    @Test(arguments: undoCases)
    func undoRestoresAndRedoReapplies(_ c: UndoCase) throws {
        let w = try World.standard()
        for command in c.prepare { try w.run(command) }
        let before = w.observable
        try w.run(c.command)
        let after = w.observable
        #expect(after != before)
        try w.run(.undo(author: "claire"))
        #expect(w.observable == before)
        try w.run(.redo(author: "claire"))
        #expect(w.observable == after)
        try w.run(.undo(author: "claire"))
        #expect(w.observable == before)
        #expect(w.state.anomalies == 0)
    }

    @Test func summarySaysWhatWasUndoneInPlainWords() throws {
        let w = try World.standard()
        w.today = day("2021-01-19")
        try w.run(.setParticipation(holder: "Léa", cohort: "Promo 1", status: .enCours))
        try w.run(.attend(session: "Atelier 2", holder: "Léa", mark: .present))
        let decision = try w.run(.undo(author: "claire"))
        #expect(Catalog.text(decision.summary, .en) == "Undid: Léa Martin marked present at “Atelier 2”")
        #expect(Catalog.text(decision.summary, .fr) == "Annulé : Léa Martin marqué·e présent·e à « Atelier 2 »")
        #expect(decision.events.first?.typeName == "action.undone")
        #expect(decision.events.map(\.typeName).sorted() == ["action.undone", "attendance.cleared", "session.reopened"])
        #expect(w.session("Atelier 2").status == .planned)
        let redo = try w.run(.redo(author: "claire"))
        #expect(Catalog.text(redo.summary, .en) == "Redid: Léa Martin marked present at “Atelier 2”")
        let journalLine = Catalog.describe(w.journal.last { $0.event.typeName == "action.redone" }!, in: w.state, language: .en)
        #expect(journalLine == "Redone: Léa Martin marked present at “Atelier 2”")
    }

    @Test func undoIsPerAuthorAndRedoEndsWithANewAction() throws {
        let w = try World.standard()
        try w.run(.setStage(project: "Épicerie", stage: .etude))
        w.author = "marc"
        try w.run(.addNote(target: "Tom", text: "RDV"))
        #expect(w.error(.redo(author: "marc")) == .nothingToRedo(author: "marc"))
        // Claire's undo takes back her stage change, not Marc's newer note.
        try w.run(.undo(author: "claire"))
        #expect(w.project("Épicerie").stage == .idee)
        #expect(w.state.notes.count == 1)
        try w.run(.undo(author: "marc"))
        #expect(w.state.notes.isEmpty)
        try w.run(.addNote(target: "Tom", text: "autre"))
        #expect(w.error(.redo(author: "marc")) == .nothingToRedo(author: "marc"))
        #expect(w.error(.undo(author: "personne")) == .nothingToUndo(author: "personne"))
        #expect(Catalog.text(DomainError.nothingToUndo(author: "personne"), .fr) == "Rien à annuler pour personne.")
    }

    @Test func undoRefusesToRemoveWhatLaterActionsUse() throws {
        let w = try World.standard()
        try w.run(.addHolder(HolderDraft(name: "Zoé")))
        w.author = "marc"
        try w.run(.enrol(holder: "Zoé", cohort: "Promo 1"))
        w.author = "claire"
        #expect(w.error(.undo(author: "claire")) == .undoBlocked(what: "Zoé"))
        #expect(w.state.holders.values.contains { $0.name == "Zoé" })
    }

    @Test func undoRefusesToOverwriteWhatSomeoneChangedSince() throws {
        let w = try World.standard()
        try w.run(.setStage(project: "Épicerie", stage: .etude))
        try w.run(.attend(session: "Atelier 1", holder: "Léa", mark: .present))
        w.author = "marc"
        try w.run(.setStage(project: "Épicerie", stage: .test))
        try w.run(.attend(session: "Atelier 1", holder: "Léa", mark: .absent))
        w.author = "claire"
        #expect(w.error(.undo(author: "claire")) == .undoConflict(what: "Léa Martin / Atelier 1"))
        try w.run(.undo(author: "marc"))
        try w.run(.undo(author: "claire"))
        #expect(w.state.mark(session: w.session("Atelier 1").id, holder: w.holder("Léa Martin").id) == nil)
        #expect(w.error(.undo(author: "claire")) == .undoConflict(what: "Épicerie"))
        #expect(w.project("Épicerie").stage == .test)
    }

    @Test func undoingEverythingEmptiesTheWorld() throws {
        let w = try World.standard()
        for _ in 0..<9 { try w.run(.undo(author: "claire")) }
        #expect(w.observable == Observable(State()))
        #expect(w.error(.undo(author: "claire")) == .nothingToUndo(author: "claire"))
        #expect(w.state.anomalies == 0)
    }

    @Test func undoReachesBackTheHistoryDepthAndNoFurther() throws {
        let w = try World.standard()
        let before = w.state.notes.count
        let depth = ActionHistory.depth
        for n in 0..<(depth + 20) { try w.run(.addNote(target: "Tom", text: "note \(n)")) }
        // The history keeps each author's last actions only, however long the logs.
        #expect(w.state.history.entries.count <= depth + 1)
        for _ in 0..<depth { try w.run(.undo(author: "claire")) }
        #expect(w.state.notes.count == before + 20)
        #expect(w.error(.undo(author: "claire")) == .nothingToUndo(author: "claire"))
        // Redo still puts back the last undone action, then the one before.
        try w.run(.redo(author: "claire"))
        try w.run(.redo(author: "claire"))
        #expect(w.state.notes.count == before + 22)
        #expect(w.state.notes.values.contains { $0.text == "note 21" })
    }

    @Test func undoAndRedoAgainAndAgainKeepTheHistorySmall() throws {
        let w = try World.standard()
        try w.run(.setStage(project: "Épicerie", stage: .etude))
        for _ in 0..<300 {
            try w.run(.undo(author: "claire"))
            try w.run(.redo(author: "claire"))
        }
        #expect(w.project("Épicerie").stage == .etude)
        #expect(w.state.history.entries.count <= 12)
        try w.run(.undo(author: "claire"))
        #expect(w.project("Épicerie").stage == .idee)
    }
}

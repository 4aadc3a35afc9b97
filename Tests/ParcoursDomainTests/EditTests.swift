import Foundation
import Testing
@testable import ParcoursDomain

/// Issue 16, everyday corrections: each edit records only the fields it changes, with
/// what they held, and the rules of typed text apply.
@Suite struct EditTests {
    @Test func aHolderEditRecordsOnlyTheChangedFieldsWithTheirOldValues() throws {
        let w = try World.standard()
        let id = w.holder("Léa Martin").id
        let decision = try w.run(.editHolder(holder: "Léa", HolderEdit(name: "Léa Martín", commune: "Annonay",
                                                                          email: "lea@example.org", addTags: ["jeune", "QPV"],
                                                                          referredByName: "Mission locale")))
        // The commune was Annonay already: not recorded. The referrer is created on first use.
        #expect(decision.events.map(\.typeName) == ["organisation.added", "holder.edited"])
        guard case .holderEdited(let p) = decision.events[1] else { Issue.record("expected an edit"); return }
        #expect(p.id == id)
        let organisation = try #require(w.state.organisations.values.first { $0.name == "Mission locale" })
        #expect(p.changes == [
            FieldChange(field: .name, from: .text("Léa Martin"), to: .text("Léa Martín")),
            FieldChange(field: .email, from: nil, to: .text("lea@example.org")),
            FieldChange(field: .tags, from: nil, to: .list(["jeune", "QPV"])),
            FieldChange(field: .referredBy, from: nil, to: .text(organisation.id)),
        ])
        let holder = try #require(w.state.holders[id])
        #expect((holder.name, holder.email, holder.tags, holder.referredBy) == ("Léa Martín", "lea@example.org", ["jeune", "QPV"], organisation.id))
        #expect(Catalog.text(decision.summary, .en) == "“Léa Martín” (holder) changed: name, e-mail, tags, referred by.")
        // The journal says what changed and from what, in both languages.
        let line = Catalog.describe(w.journal.last!, in: w.state, language: .fr)
        #expect(line == "Porteur « Léa Martín » modifié : nom « Léa Martin » → « Léa Martín » ; courriel (vide) → « lea@example.org » ; "
                + "étiquettes (vide) → « jeune », « QPV » ; orienté par (vide) → « Mission locale »")
        #expect(Catalog.describe(w.journal.last!, in: w.state, language: .en)
                .hasPrefix("Holder “Léa Martín” changed: name “Léa Martin” → “Léa Martín”; e-mail (empty) → “lea@example.org”"))

        // Untag (without case or accents), clear the e-mail and the referrer.
        try w.run(.editHolder(holder: id, HolderEdit(email: "", removeTags: ["qpv"], referredByName: "")))
        let after = try #require(w.state.holders[id])
        #expect((after.email, after.tags, after.referredBy) == (nil, ["jeune"], nil))
    }

    @Test func anEditThatChangesNothingOrBreaksATextRuleIsRefused() throws {
        let w = try World.standard()
        let before = w.state.eventCount
        #expect(w.error(.editHolder(holder: "Léa", HolderEdit(name: "Léa Martin", commune: "Annonay")))
                == .nothingToChange(.holder, name: "Léa Martin"))
        #expect(w.error(.editHolder(holder: "Léa", HolderEdit())) == .nothingToChange(.holder, name: "Léa Martin"))
        #expect(w.error(.editHolder(holder: "Léa", HolderEdit(name: "  "))) == .emptyName(.holder))
        #expect(w.error(.editHolder(holder: "Léa", HolderEdit(name: "Léa\u{1B}[2J"))) == .controlCharacter(.holderName, code: 0x1B, position: 4))
        #expect(w.error(.editHolder(holder: "Léa", HolderEdit(commune: String(repeating: "a", count: 201))))
                == .textTooLong(.commune, length: 201, limit: 200))
        #expect(w.error(.editProject(project: "Épicerie", ProjectEdit(title: ""))) == .emptyName(.project))
        #expect(w.error(.editProject(project: "Épicerie", ProjectEdit(legalForm: "SCIC\u{202E}"))) == .controlCharacter(.legalForm, code: 0x202E, position: 5))
        #expect(w.error(.editCohort(cohort: "Promo 1", CohortEdit(end: .some(day("2021-01-01"))))) == .endBeforeStart(start: day("2021-01-12"), end: day("2021-01-01")))
        #expect(w.error(.editCohort(cohort: "Promo 1", CohortEdit(capacity: .some(0)))) == .invalidCapacity(0))
        #expect(w.error(.editOrganisation(organisation: "Ardèche ESS", name: "Ardèche ESS", kind: .operator))
                == .nothingToChange(.organisation, name: "Ardèche ESS"))
        #expect(w.error(.editHolder(holder: "Personne", HolderEdit(name: "X"))) == .notFound(.holder, reference: "Personne"))
        #expect(w.state.eventCount == before)
    }

    @Test func projectProgrammeCohortAndOrganisationEdits() throws {
        let w = try World.standard()
        try w.run(.editProject(project: "Épicerie", ProjectEdit(title: "Épicerie solidaire", description: "Une épicerie\r\nde village",
                                                                 sectors: ["alimentation", "", "commerce"], legalForm: "SCIC",
                                                                 alreadyCreated: true)))
        let project = w.project("Épicerie solidaire")
        #expect(project.description == "Une épicerie\nde village")
        #expect(project.sectors == ["alimentation", "commerce"])
        #expect((project.legalForm, project.alreadyCreated) == ("SCIC", true))
        try w.run(.editProject(project: "Épicerie", ProjectEdit(sectors: [""], alreadyCreated: false)))
        #expect(w.project("Épicerie solidaire").sectors.isEmpty && w.project("Épicerie solidaire").alreadyCreated == false)

        try w.run(.editProgramme(programme: "Lance-toi", ProgrammeEdit(name: "Lance-toi ! 2021", targetPublic: "jeunes",
                                                                       targetStages: [.emergence, .envie],
                                                                       operatorNames: ["Ronalpia", "Ardèche ESS"])))
        let programme = w.programme("Lance-toi ! 2021")
        #expect(programme.targetStages == [.envie, .emergence])
        #expect(programme.operators.map { w.state.organisations[$0]!.name } == ["Ronalpia", "Ardèche ESS"])
        #expect(programme.targetPublic == "jeunes")

        w.today = day("2021-01-20")
        let decision = try w.run(.editCohort(cohort: "Promo 1", CohortEdit(name: "Promo janvier", start: day("2021-01-15"),
                                                                           end: .some(nil), capacity: .some(nil))))
        let cohort = w.cohort("Promo janvier")
        #expect((cohort.start, cohort.end, cohort.capacity) == (day("2021-01-15"), nil, nil))
        // Atelier 1 (12 January) now falls before the start: said, not refused.
        #expect(decision.warnings == [.sessionsOutsideNewDates(cohort: "Promo janvier", count: 1)])

        try w.run(.editOrganisation(organisation: "Ardèche ESS", name: "ESS Ardèche", kind: .partner))
        let organisation = try #require(w.state.organisations.values.first { $0.name == "ESS Ardèche" })
        #expect(organisation.kind == .partner)
        // Reports and lists read the current values: the session's facilitator is named anew.
        #expect(Names(state: w.state).organisation(w.session("Atelier 1").facilitators[0]) == "ESS Ardèche")
    }

    @Test func templateWorkshopsAreEditedMovedRemovedAndCopiedAndTheirSessionsFollow() throws {
        let w = try World.standard()
        let a1 = w.session("Atelier 1").id, a2 = w.session("Atelier 2").id, a3 = w.session("Atelier 3").id
        #expect([a1, a2, a3].map { w.state.sessions[$0]!.templateIndex } == [0, 1, 2])

        try w.run(.editWorkshop(programme: "Lance-toi", workshop: "2", WorkshopEdit(title: "Le modèle économique",
                                                                                   duration: .hours(4), objectives: "Chiffrer")))
        #expect(w.programme("Lance-toi !").template[1].title == "Le modèle économique")
        #expect(w.programme("Lance-toi !").template[1].duration == .hours(4))
        // The session already made keeps its own title.
        #expect(w.session("Atelier 2").title == "Atelier 2")

        // Atelier 3 moves first: the sessions keep pointing at their own workshop.
        try w.run(.moveWorkshop(programme: "Lance-toi", workshop: "Atelier 3", position: 1))
        #expect(w.programme("Lance-toi !").template.map(\.title) == ["Atelier 3", "Atelier 1", "Le modèle économique"])
        #expect([a1, a2, a3].map { w.state.sessions[$0]!.templateIndex } == [1, 2, 0])
        #expect(w.error(.createMissingTemplateSessions(cohort: "Promo 1")) == .noMissingTemplateSessions(cohort: "Promo 1"))

        let removed = try w.run(.removeWorkshop(programme: "Lance-toi", workshop: "atelier 1"))
        #expect(Catalog.text(removed.summary, .en)
                == "Workshop “Atelier 1” removed from the template of “Lance-toi !”. 1 session already made from it stays in the cohorts.")
        #expect([a1, a2, a3].map { w.state.sessions[$0]!.templateIndex } == [nil, 1, 0])
        try w.run(.undo(author: "claire"))
        #expect([a1, a2, a3].map { w.state.sessions[$0]!.templateIndex } == [1, 2, 0])
        try w.run(.undo(author: "claire"))
        #expect([a1, a2, a3].map { w.state.sessions[$0]!.templateIndex } == [0, 1, 2])

        try w.run(.addProgramme(name: "Sprint"))
        try w.run(.addWorkshop(programme: "Sprint", title: "Accueil"))
        let copied = try w.run(.copyTemplate(from: "Lance-toi", to: "Sprint"))
        #expect(copied.summary == .templateCopied(from: "Lance-toi !", to: "Sprint", count: 3))
        #expect(w.programme("Sprint").template.map(\.title) == ["Accueil", "Atelier 1", "Le modèle économique", "Atelier 3"])

        #expect(w.error(.moveWorkshop(programme: "Sprint", workshop: "Accueil", position: 9)) == .invalidPosition(position: 9, count: 4))
        #expect(w.error(.moveWorkshop(programme: "Sprint", workshop: "Accueil", position: 1)) == .nothingToChange(.workshop, name: "Accueil"))
        #expect(w.error(.removeWorkshop(programme: "Sprint", workshop: "Atelier")) == .ambiguous(.workshop, reference: "Atelier", candidates: [
            Candidate(name: "Atelier 1", id: "2"), Candidate(name: "Atelier 3", id: "4")]))
        #expect(w.error(.removeWorkshop(programme: "Sprint", workshop: "Bilan")) == .notFound(.workshop, reference: "Bilan"))
        #expect(w.error(.copyTemplate(from: "Sprint", to: "Sprint")) == .copyToSameProgramme(programme: "Sprint"))
        #expect(w.error(.editWorkshop(programme: "Sprint", workshop: "1", WorkshopEdit(duration: TimeSpan(minutes: 0))))
                == .invalidDuration(minutes: 0))
        #expect(w.state.anomalies == 0)
    }

    @Test func undoTakesAnEditBackOnlyWhileItsFieldsHoldWhatItSet() throws {
        let w = try World.standard()
        try w.run(.editHolder(holder: "Léa", HolderEdit(email: "lea@example.org")))
        w.author = "marc"
        try w.run(.editHolder(holder: "Léa", HolderEdit(email: "lea.martin@example.org")))
        w.author = "claire"
        // Claire's edit set the e-mail Marc has changed since: taking it back would lose his.
        #expect(w.error(.undo(author: "claire")) == .undoConflict(what: "Léa Martin"))
        w.author = "marc"
        try w.run(.undo(author: "marc"))
        #expect(w.holder("Léa Martin").email == "lea@example.org")
        w.author = "claire"
        try w.run(.undo(author: "claire"))
        #expect(w.holder("Léa Martin").email == nil)
    }
}

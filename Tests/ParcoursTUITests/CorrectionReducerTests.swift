import ParcoursDomain
import ParcoursKit
import TerminalKit
import Testing
@testable import ParcoursTUI

/// Corrections and a person's rights through `update` alone: each key's overlay, and the
/// effects asked for — exactly one command with only what changed, nothing before a
/// question is confirmed, nothing at all when cancelled. Nothing is carried out here.
@Suite struct CorrectionReducerTests {
    func form(_ m: Model) -> Form? {
        if case .form(let form) = m.overlay { return form }
        return nil
    }

    func picker(_ m: Model) -> Picker? {
        if case .picker(let picker) = m.overlay { return picker }
        return nil
    }

    func confirm(_ m: Model) -> Confirm? {
        if case .confirm(let confirm) = m.overlay { return confirm }
        return nil
    }

    /// Replaces the focused text field's content (Ctrl-U clears what is before the cursor,
    /// which a prefilled field puts at the end).
    func retype(_ text: String, _ m: inout Model) {
        m.press(.ctrl("u"))
        _ = m.type(text)
    }

    @Test func editingAHolderSendsOnlyTheFieldChanged() throws {
        let world = try World.seeded()
        defer { world.cleanUp() }
        var m = world.model()
        let amina = world.id(holder: "Amina Diallo")
        #expect(m.press(.enter, .character("E")) == [[], []])
        let opened = try #require(form(m))
        #expect(opened.purpose == .editHolder(amina))
        #expect(opened[.fieldName]?.input.text == "Amina Diallo" && opened[.fieldCommune]?.input.text == "Lyon")
        #expect(m.text.contains("Modifier le porteur"))
        m.press(.tab, .tab)
        retype("Villeurbanne", &m)
        let effects = m.press(.enter)
        #expect(effects == [[.perform([.editHolder(holder: amina, HolderEdit(commune: "Villeurbanne"))])]])
        #expect(m.overlay == nil && m.work.count == 1 && m.work[0].form?.purpose == .editHolder(amina))
        #expect(world.workspace.state.holders[amina]?.commune == "Lyon")
    }

    @Test func anEmptiedFieldClearsItAndTagsAreAddedAndRemovedByDifference() throws {
        let world = try World.seeded()
        defer { world.cleanUp() }
        try world.workspace.perform(.editHolder(holder: "Bruno Lefèvre", HolderEdit(addTags: ["jeune", "QPV"])))
        var m = world.model()
        let bruno = world.id(holder: "Bruno Lefèvre")
        m.press(.enter, .character("j"), .character("E"))
        #expect(form(m)?[.fieldTags]?.input.text == "jeune, QPV")
        m.press(.tab, .tab)
        retype("", &m)                              // commune cleared
        m.press(.tab, .tab, .tab)
        retype("Jeune, rural", &m)                  // "jeune" kept (case aside), QPV out, rural in
        #expect(m.press(.enter) == [[.perform([.editHolder(holder: bruno, HolderEdit(commune: "", addTags: ["rural"],
                                                                                        removeTags: ["QPV"]))])]])
    }

    @Test func nothingChangedIsForTheDomainToSayAndTheFormComesBackWithIt() throws {
        let world = try World.seeded()
        defer { world.cleanUp() }
        var m = world.model()
        let amina = world.id(holder: "Amina Diallo")
        m.press(.enter, .character("E"))
        #expect(m.press(.enter) == [[.perform([.editHolder(holder: amina, HolderEdit())])]])
        // What the worker would bring back.
        let refused = world.effects().perform([.editHolder(holder: amina, HolderEdit())])
        guard case .failed(let text, _) = refused else { Issue.record("not refused: \(refused)"); return }
        #expect(text.hasPrefix("Rien à changer pour « Amina Diallo »"))
        _ = Update.update(&m, refused)
        #expect(form(m)?.error == text && form(m)?.purpose == .editHolder(amina))
    }

    @Test func theSessionFormSendsOnlyWhatChanged() throws {
        let world = try World.seeded()
        defer { world.cleanUp() }
        var m = world.model()
        let visit = world.id(session: "Visite de la Miete")
        m.press(.enter, .tab, .character("G"))
        #expect(m.press(.character("E")) == [[]])
        #expect(form(m)?.purpose == .editSession(visit))
        m.press(.tab, .tab, .tab, .tab, .tab, .tab)  // past the directory's venues, a new one
        retype("Lyon 7e", &m)
        #expect(m.press(.enter) == [[.perform([.updateSession(session: visit, SessionEdit(venue: .some("Lyon 7e")))])]])
        // `e` and Enter open the same form.
        m.press(.character("e"))
        #expect(form(m)?.purpose == .editSession(visit))
    }

    @Test func theDashboardAsksWhichToEditAndAnInvalidCapacityStaysInTheForm() throws {
        let world = try World.seeded()
        defer { world.cleanUp() }
        var m = world.model()
        let cohort = try #require(world.workspace.state.cohorts.values.first)
        #expect(m.press(.character("E")) == [[]])
        let choices = try #require(picker(m))
        #expect(choices.items.map(\.id) == [EditTarget.cohort(cohort.id).key, EditTarget.programme(cohort.programme).key])
        #expect(m.text.contains("Que modifier ?") && m.text.contains("La promotion : Promo printemps"))
        // Enter on the first: the cohort, the likelier.
        m.press(.enter)
        #expect(form(m)?.purpose == .editCohort(cohort.id))
        m.press(.tab, .tab)
        retype("", &m)                              // the end cleared
        m.press(.tab)
        _ = m.type("douze")
        #expect(m.press(.enter) == [[]])
        #expect(form(m)?[.fieldCapacity]?.input.validationMessage == "Nombre attendu.")
        retype("12", &m)
        #expect(m.press(.enter) == [[.perform([.editCohort(cohort: cohort.id, CohortEdit(end: .some(nil), capacity: .some(12)))])]])
        // The programme, second in the list (j moves in a short list).
        m.press(.character("E"), .character("j"), .enter)
        #expect(form(m)?.purpose == .editProgramme(cohort.programme))
        m.press(.tab, .tab, .right, .character(" "))   // tick "idée" among the target stages
        #expect(m.press(.enter) == [[.perform([.editProgramme(programme: cohort.programme,
                                                              ProgrammeEdit(targetStages: [.idee, .emergence, .etude, .test]))])]])
        // Its type, from the list (after the target public): the first one, sensibilisation.
        m.press(.character("E"), .character("j"), .enter)
        #expect(m.text.contains("Type de dispositif"))
        m.press(.tab, .tab, .tab, .tab, .right)
        #expect(m.press(.enter) == [[.perform([.editProgramme(programme: cohort.programme, ProgrammeEdit(type: "sensibilisation"))])]])
    }

    @Test func thePipelineEditsTheProjectAndTheJournalTheCohort() throws {
        let world = try World.seeded()
        defer { world.cleanUp() }
        var m = world.model()
        let cohort = try #require(world.workspace.state.cohorts.values.first).id
        m.press(.enter, .backTab)
        m.press(.character("E"))
        #expect(form(m)?.purpose == .editCohort(cohort))
        m.press(.escape, .backTab)                  // the pipeline: Bruno's project, first card at "idée"
        let recyclerie = try #require(world.workspace.state.projects.values.first { $0.title == "Recyclerie" }).id
        m.press(.character("E"))
        #expect(form(m)?.purpose == .editProject(recyclerie))
        retype("Ressourcerie", &m)
        #expect(m.press(.enter) == [[.perform([.editProject(project: recyclerie, ProjectEdit(title: "Ressourcerie"))])]])
    }

    @Test func removalAsksTheReasonOffersTheHistoryAndWritesNothingUntilConfirmed() throws {
        let world = try World.seeded()
        defer { world.cleanUp() }
        var m = world.model()
        let bruno = world.id(holder: "Bruno Lefèvre")
        m.press(.enter, .character("j"))
        #expect(m.press(.character("D")) == [[]])
        let opened = try #require(form(m))
        #expect(opened.note?.contains("« Bruno Lefèvre » a un historique : 2 marques de présence, 1 participation.") == true)
        #expect(opened[.fieldWithHistory]?.chosen == "no")
        // The reason is required.
        #expect(m.press(.enter) == [[]])
        #expect(form(m)?[.fieldReason]?.input.validationMessage == "Champ obligatoire.")
        _ = m.type("saisi deux fois")
        m.press(.tab, .right)                       // with the history: yes
        #expect(m.press(.enter) == [[]])
        let question = try #require(confirm(m))
        #expect(question.commands == [.removeHolder(holder: bruno, reason: "saisi deux fois", withHistory: true)])
        #expect(question.selected == 1 && !question.final)
        #expect(m.text.contains("Retirer « Bruno Lefèvre » de toutes les listes ?"))
        #expect(question.lines.contains("Son historique part aussi, dans la même action : 2 marques de présence, 1 participation."))
        #expect(m.text.contains("Son historique part aussi, dans la même action"))
        #expect(m.work.isEmpty)
        // `n` says no: nothing asked, nothing written.
        #expect(m.press(.character("n")) == [[]])
        #expect(m.overlay == nil && m.work.isEmpty && m.message == "Rien n’a été modifié.")
        // Again, and `o` says yes: the removal, tracked with its form (a refusal reopens it).
        m.press(.character("D"))
        _ = m.type("saisi deux fois")
        m.press(.enter)
        #expect(m.press(.character("o")) == [[.perform([.removeHolder(holder: bruno, reason: "saisi deux fois")])]])
        #expect(m.overlay == nil && m.work.first?.form?.purpose == .removeHolder(bruno))
        let refused = world.effects().perform([.removeHolder(holder: bruno, reason: "saisi deux fois")])
        _ = Update.update(&m, refused)
        #expect(form(m)?.error?.contains("Bruno Lefèvre a un historique") == true)
        #expect(form(m)?[.fieldReason]?.input.text == "saisi deux fois")
    }

    @Test func escCancelsEveryQuestionAndPickerWithNothingWritten() throws {
        let world = try World.seeded()
        defer { world.cleanUp() }
        try world.workspace.perform(.addHolder(HolderDraft(name: "C. Martin")))
        var m = world.model()
        m.press(.enter, .character("j"), .character("j"))   // Chloé
        #expect(m.press(.character("F"), .escape) == [[], []])
        #expect(m.overlay == nil)
        #expect(m.press(.character("F"), .enter, .escape) == [[], [], []])
        #expect(m.overlay == nil && m.work.isEmpty)
        #expect(m.press(.character("D")).flatMap { $0 } + m.type("x") + m.press(.enter, .escape).flatMap { $0 } == [])
        #expect(m.overlay == nil && m.work.isEmpty)
    }

    @Test func mergePicksTheDuplicateSimilarNamesFirstThenAsks() throws {
        let world = try World.seeded()
        defer { world.cleanUp() }
        for name in ["Zoé Arnaud", "C. Martin", "Yves Martin", "Bernard Abel", "Chloé Martin", "Paul Roux", "Inès Blanc"] {
            try world.workspace.perform(.addHolder(HolderDraft(name: name, commune: name == "C. Martin" ? "Vénissieux" : nil)))
        }
        var m = world.model()
        m.press(.enter, .character("j"), .character("j"))
        m.press(.character("F"))
        let list = try #require(picker(m))
        guard case .mergeDuplicate(let keep) = list.purpose else { Issue.record("\(list.purpose)"); return }
        // The one selected, enrolled in the cohort, is kept.
        let cohort = try #require(world.workspace.state.cohorts.values.first).id
        #expect(world.workspace.state.participation(holder: keep, cohort: cohort) != nil)
        // The namesake first, then those sharing "martin", then everyone else by name.
        #expect(Array(list.items.map(\.label).prefix(4)) == ["Chloé Martin", "C. Martin", "Yves Martin", "Amina Diallo"])
        #expect(list.items.first { $0.label == "C. Martin" }?.detail == "Vénissieux")
        #expect(list.searchable && m.text.contains("Chercher : "))
        // Typing narrows (accents and case aside); Enter asks.
        _ = m.type("c. m")
        #expect(picker(m)?.shown.map(\.label) == ["C. Martin"])
        let duplicate = world.id(holder: "C. Martin")
        #expect(m.press(.enter) == [[]])
        let question = try #require(confirm(m))
        #expect(question.commands == [.mergeHolders(keep: keep, duplicate: duplicate)] && question.form == nil)
        #expect(m.text.contains("Fusionner « C. Martin » dans « Chloé Martin » ?"))
        // Not final (u takes it back): Enter confirms.
        #expect(m.press(.enter) == [[.perform([.mergeHolders(keep: keep, duplicate: duplicate)])]])
        #expect(m.work.first?.confirm == question && m.work.first?.form == nil)
        // Refused: the question again, with the clashes the domain lists.
        _ = Update.update(&m, .failed(text: "Fusion de C. Martin dans Chloé Martin impossible : tous deux dans la promotion « Promo printemps ».",
                                      state: world.workspace.state))
        #expect(confirm(m)?.error?.contains("tous deux dans la promotion") == true)
        #expect(m.text.contains("Fusion de C. Martin dans Chloé Martin impossible : tous deux"))
    }

    @Test func transferPicksTheCohortThenTakesADateAndAReason() throws {
        let world = try World.seeded()
        defer { world.cleanUp() }
        try world.workspace.perform(.addCohort(programme: "Cap Création", name: "Promo automne", start: Day(iso: "2026-09-07")!))
        try world.workspace.perform(.addProgramme(name: "Sprint"))
        try world.workspace.perform(.addCohort(programme: "Sprint", name: "Sprint 1", start: Day(iso: "2026-01-05")!))
        var m = world.model()
        let amina = world.id(holder: "Amina Diallo")
        let spring = try #require(world.workspace.state.cohorts.values.first { $0.name == "Promo printemps" }).id
        let autumn = try #require(world.workspace.state.cohorts.values.first { $0.name == "Promo automne" }).id
        m.press(.enter)
        #expect(m.press(.character("t")) == [[]])
        // The same programme's cohorts first; never the one left.
        #expect(picker(m)?.items.map(\.label) == ["Promo automne", "Sprint 1"])
        #expect(m.text.contains("« Amina Diallo » quitte « Promo printemps » pour :"))
        m.press(.enter)
        #expect(form(m)?.purpose == .transfer(holder: amina, from: spring, to: autumn))
        _ = m.type("2026-03-09")
        m.press(.tab)
        _ = m.type("horaires de travail")
        #expect(m.press(.enter) == [[.perform([.transfer(holder: amina, cohort: autumn, from: spring, date: Day(iso: "2026-03-09"),
                                                          reason: "horaires de travail")])]])
        // The date may stay empty (today).
        m.press(.character("t"), .enter)
        #expect(m.press(.enter) == [[.perform([.transfer(holder: amina, cohort: autumn, from: spring)])]])
    }

    @Test func erasureAsksTheReasonThenAFinalQuestionWhoseEnterCancels() throws {
        let world = try World.seeded()
        defer { world.cleanUp() }
        var m = world.model()
        let david = world.id(holder: "David Nguyen")
        m.press(.enter, .character("G"), .enter)
        guard case .holder = m.screen else { Issue.record("no holder file"); return }
        #expect(m.press(.character("X")) == [[]])
        #expect(form(m)?.purpose == .erase(david))
        #expect(m.text.contains("Effacer les données d’une personne"))
        #expect(m.press(.enter) == [[]])             // no reason yet
        _ = m.type("demande de l’intéressé du 9 mars")
        #expect(m.press(.enter) == [[]])
        let question = try #require(confirm(m))
        #expect(question.final && question.selected == 0)
        #expect(m.text.contains("Effacer définitivement les données de « David Nguyen » ?"))
        #expect(m.text.contains("C’est définitif"))
        // Enter lands on "Annuler": an Enter pressed once too often erases nothing.
        #expect(m.press(.enter) == [[]])
        #expect(m.overlay == nil && m.work.isEmpty)
        // Asked again, then confirmed with `o`.
        m.press(.character("X"))
        _ = m.type("demande de l’intéressé du 9 mars")
        m.press(.enter)
        #expect(m.press(.right, .enter) == [[], [.perform([.erase(holder: david, reason: "demande de l’intéressé du 9 mars")])]])
        #expect(m.work.first?.form?.purpose == .erase(david))
    }

    @Test func consentIsRecordedAtOnceAndItsWithdrawalAsksFirst() throws {
        let world = try World.seeded()
        defer { world.cleanUp() }
        var m = world.model()
        let amina = world.id(holder: "Amina Diallo")
        let today = world.workspace.today
        m.press(.enter, .enter)
        m.press(.character("c"))
        #expect(form(m)?.purpose == .consent(amina))
        #expect(m.press(.enter) == [[.perform([.setConsent(holder: amina, scope: .obstacles, given: today, withdrawn: nil)])]])
        // Withdrawing erases what was recorded under it: a final question first.
        m.press(.character("c"), .tab, .right)
        #expect(m.press(.enter) == [[]])
        let question = try #require(confirm(m))
        #expect(question.final && question.commands == [.setConsent(holder: amina, scope: .obstacles, given: nil, withdrawn: today)])
        #expect(m.press(.escape) == [[]])
        #expect(m.overlay == nil)
    }

    @Test func theSituationTicksObstaclesAndProfileAndSendsTheScopesChanged() throws {
        let world = try World.seeded()
        defer { world.cleanUp() }
        var m = world.model()
        let amina = world.id(holder: "Amina Diallo")
        m.press(.enter, .enter, .character("f"))
        #expect(form(m)?.purpose == .situation(amina))
        m.press(.character(" "), .right, .right, .character(" "))   // mobilité, numérique
        #expect(m.press(.enter) == [[.perform([.setSensitive(holder: amina, scope: .obstacles, values: ["mobilite", "numerique"])])]])
        // Nothing ticked: sent as it is, for the domain to say (no consent, or nothing changes).
        m.press(.character("f"))
        #expect(m.press(.enter) == [[.perform([.setSensitive(holder: amina, scope: .obstacles, values: [])])]])
        // The domain's refusal without consent comes back in the form.
        _ = Update.update(&m, world.effects().perform([.setSensitive(holder: amina, scope: .obstacles, values: ["mobilite"])]))
        #expect(form(m)?.error?.contains("Amina Diallo n’a pas donné son consentement") == true)
    }

    /// With one scope consented to, only that scope is offered: a submission is never half
    /// recorded, half refused (the form opened again would send the recorded half again).
    @Test func theSituationOffersOnlyTheScopesConsentedTo() throws {
        let world = try World.seeded()
        defer { world.cleanUp() }
        try world.workspace.perform(.setConsent(holder: "Amina Diallo", scope: .profile, given: Day(iso: "2026-03-02"), withdrawn: nil))
        var m = world.model()
        let amina = world.id(holder: "Amina Diallo")
        m.press(.enter, .enter, .character("f"))
        #expect(form(m)?.fields.map(\.label) == [.fieldProfile])
        #expect(m.text.contains("freins périphériques : pas de consentement"))
        m.press(.character(" "))
        #expect(m.press(.enter) == [[.perform([.setSensitive(holder: amina, scope: .profile, values: ["jeune_adulte"])])]])
        m.press(.character("f"))
        #expect(m.press(.enter) == [[.perform([.setSensitive(holder: amina, scope: .profile, values: [])])]])
    }

    @Test func theCommandLineOpensTheSameFormsOnTheSelectionOrAHolderNamed() throws {
        let world = try World.seeded()
        defer { world.cleanUp() }
        var m = world.model()
        let bruno = world.id(holder: "Bruno Lefèvre"), amina = world.id(holder: "Amina Diallo")
        // Named, from the dashboard: no need to find them first.
        m.press(.character(":"))
        _ = m.type("effacer bruno lefevre")
        #expect(m.press(.enter) == [[]])
        #expect(form(m)?.purpose == .erase(bruno))
        m.press(.escape, .character(":"))
        _ = m.type("effacer")
        m.press(.enter)
        #expect(m.overlay == nil && m.messageIsError && m.message == "« effacer » : sélectionnez un porteur ou nommez-le (:effacer Léa Martin).")
        m.press(.character(":"))
        _ = m.type("modifier Personne Inconnue")
        m.press(.enter)
        #expect(m.overlay == nil && m.messageIsError && m.message.contains("Personne Inconnue"))
        // On the selection, as its key would.
        m.press(.enter, .character(":"))
        _ = m.type("modifier")
        m.press(.enter)
        #expect(form(m)?.purpose == .editHolder(amina))
        m.press(.escape, .tab, .character(":"))
        _ = m.type("edit")
        m.press(.enter)
        guard case .editSession = form(m)?.purpose else { Issue.record("\(String(describing: m.overlay))"); return }
        m.press(.escape, .backTab, .character(":"))
        _ = m.type("transferer")
        m.press(.enter)
        #expect(m.message == "Aucune autre promotion où transférer ce porteur.")
        // No key for erasure on the participants, but a holder under the cursor.
        m.press(.character(":"))
        _ = m.type("effacer")
        m.press(.enter)
        #expect(form(m)?.purpose == .erase(amina))
        // Nor on the roll call: the row's holder.
        m.press(.escape, .tab, .tab, .character("j"), .character(":"))
        _ = m.type("consentement")
        m.press(.enter)
        #expect(form(m)?.purpose == .consent(world.id(holder: "Bruno Lefèvre")))
    }

    @Test func readOnlyRefusesEveryCorrectionBeforeAnyForm() throws {
        let world = try World.seeded()
        defer { world.cleanUp() }
        var m = world.model()
        m.readOnly = true
        m.press(.enter)
        for key in ["E", "D", "F", "t"] {
            #expect(m.press(.character(Character(key))) == [[]])
            #expect(m.overlay == nil && m.message == "Lecture seule (--read-only) : rien ne peut être modifié ici.")
        }
        m.press(.enter)
        for key in ["X", "c", "f"] {
            #expect(m.press(.character(Character(key))) == [[]])
            #expect(m.overlay == nil)
        }
        m.press(.character(":"))
        _ = m.type("effacer")
        #expect(m.press(.enter) == [[]] && m.overlay == nil)
    }

    @Test func helpListsTheNewKeysInBothLanguages() throws {
        let world = try World.seeded()
        defer { world.cleanUp() }
        /// A help line: the key is the last word before the text.
        func listed(_ m: Model, _ key: String, _ text: String) -> Bool {
            m.lines.contains { line in
                guard let range = line.range(of: text) else { return false }
                return line[..<range.lowerBound].split(separator: " ").last.map(String.init) == key
            }
        }
        for (width, height) in [(80, 24), (120, 40)] {
            var fr = world.model(.fr, width: width, height: height)
            fr.press(.enter, .enter, .character("?"))
            for (key, text) in [("E", "Modifier porteur ou projet"), ("X", "Effacer (RGPD, définitif)"), ("c", "Noter un consentement"),
                                ("f", "Situation : freins, profil"), ("D", "Retirer (saisi par erreur)"),
                                ("F", "Fusionner un doublon ici"), ("t", "Transférer de promotion")] {
                let found = listed(fr, key, text)
                #expect(found, "\(key) \(text) at \(width)")
            }
            var en = world.model(.en, width: width, height: height)
            en.press(.enter, .character("?"))
            for (key, text) in [("E", "Edit holder (name, town…)"), ("t", "Transfer to another cohort"),
                                ("D", "Remove (entered in error)"), ("F", "Merge a duplicate here")] {
                let found = listed(en, key, text)
                #expect(found, "\(key) \(text) at \(width)")
            }
            en.press(.escape, .character("q"), .character("?"))
            let found = listed(en, "E", "Edit cohort or programme")
            #expect(found, "\(en.text)")
        }
    }

    @Test func theHolderFileShowsTheConsentsAndTheSituation() throws {
        let world = try World.seeded()
        defer { world.cleanUp() }
        try world.workspace.perform(.setConsent(holder: "Amina Diallo", scope: .obstacles, given: Day(iso: "2026-03-02"), withdrawn: nil))
        try world.workspace.perform(.setSensitive(holder: "Amina Diallo", scope: .obstacles, values: ["mobilite"]))
        var m = world.model()
        m.press(.enter, .enter)
        #expect(m.text.contains("Freins périphériques  consentement du 02/03/2026 — mobilité"))
        #expect(m.text.contains("Profil" + String(repeating: " ", count: 16) + "pas de consentement"))
        m.press(.character("q"), .character("j"), .enter)
        #expect(m.text.contains("Aucun consentement enregistré (c pour en noter un, puis f)."))
    }

    /// When the help flows into two columns, the second starts on a binding or a title,
    /// never on the wrapped end of a binding's help (`E Edit the cohort or its` here,
    /// `programme` at the top of the other column), whatever the terminal's size.
    @Test(arguments: [Language.fr, .en])
    func theHelpNeverCutsABindingBetweenItsColumns(_ language: Language) throws {
        let world = try World.seeded()
        defer { world.cleanUp() }
        let paths: [[Key]] = [[], [.enter], [.enter, .tab], [.enter, .tab, .tab], [.enter, .backTab, .backTab],
                              [.enter, .backTab], [.enter, .enter], [.character("r")]]
        var split = 0
        for path in paths {
            var m = world.model(language)
            for key in path { m.press(key) }
            // Narrower than a terminal can be too (a column of 22), where most help lines wrap.
            for width in 50...130 {
                for height in stride(from: 24, through: 40, by: 2) {
                    let inner = Rect(row: 0, col: 0, width: width - 2, height: height - 5)
                    let columns = HelpView.layout(m, inner: inner).columns
                    guard columns.count == 2, let top = columns[1].first?.0 else { continue }
                    split += 1
                    let indent = top.firstIndex { $0 != " " }.map { top.distance(from: top.startIndex, to: $0) }
                    #expect(indent == nil || indent! <= 1, "\(path) \(width)×\(height): “\(top)”")
                }
            }
        }
        #expect(split > 100)
    }
}

import ParcoursDomain
import ParcoursKit
import Testing
@testable import ParcoursTUI

/// ParcoursKit's verb parser (the `:` command line), and how the interface words its problems.
@Suite struct VerbParserTests {
    @Test func quotesGroupWordsAndApostrophesInsideWordsStayLetters() {
        #expect(VerbParser.tokens(#"note "Amina Diallo" l'idée avance"#) == ["note", "Amina Diallo", "l'idée", "avance"])
        #expect(VerbParser.tokens("attend 'Étude de marché' Bruno a") == ["attend", "Étude de marché", "Bruno", "a"])
        #expect(VerbParser.tokens("note «Amina Diallo» bonjour") == ["note", "Amina Diallo", "bonjour"])
        #expect(VerbParser.tokens(#"note "Amina"#) == nil)
    }

    @Test func buildsTheSameCommandsAsTheCommandLine() {
        func parse(_ s: String) -> VerbParser.Outcome { VerbParser.parse(s, author: "Camille") }
        #expect(parse("attend S1 Amina present") == .commands([.attend(session: "S1", holder: "Amina", mark: .present)]))
        #expect(parse("attend S1 Amina absent --remote --remark 'en retard'")
            == .commands([.attend(session: "S1", holder: "Amina", mark: .absent, remote: true, remark: "en retard")]))
        #expect(parse("attend S1 Amina present --no-remote")
            == .commands([.attend(session: "S1", holder: "Amina", mark: .present, remote: false)]))
        #expect(parse("attend S1 --all") == .commands([.markAllPresent(session: "S1")]))
        // A holder or a project: the reference stays as typed, for the domain's Resolver.
        #expect(parse("stage Amina etude") == .commands([.setStage(project: "Amina", stage: .etude)]))
        #expect(parse("stage Amina Étude --note 'étude lancée' --date 2026-03-01")
            == .commands([.setStage(project: "Amina", stage: .etude, note: "étude lancée", date: Day(iso: "2026-03-01"))]))
        #expect(parse("status Amina en_pause --note 'congé'")
            == .commands([.setStatus(project: "Amina", status: .enPause, destinationName: nil, note: "congé")]))
        #expect(parse("note Amina premier rendez-vous fait") == .commands([.addNote(target: "Amina", text: "premier rendez-vous fait")]))
        #expect(parse("undo") == .commands([.undo(author: "Camille")]))
        #expect(parse("redo") == .commands([.redo(author: "Camille")]))
        #expect(parse("") == .commands([]))
        #expect(parse("q") == .quit)
        #expect(parse("synchro") == .sync)
        #expect(parse("aide") == .help)
    }

    /// Corrections and rights open the interface's forms: on the selection, or on the
    /// holder named (the words joined, no quotes needed), in French or English.
    @Test func formVerbsNameTheFormAndTheHolder() {
        func parse(_ s: String) -> VerbParser.Outcome { VerbParser.parse(s, author: "Camille") }
        #expect(parse("modifier") == .form(.edit, holder: nil))
        #expect(parse("edit") == .form(.edit, holder: nil))
        #expect(parse("corriger Léa") == .form(.edit, holder: "Léa"))
        #expect(parse("effacer Léa Martin") == .form(.erase, holder: "Léa Martin"))
        #expect(parse("erase 'Léa Martin'") == .form(.erase, holder: "Léa Martin"))
        #expect(parse("retirer") == .form(.remove, holder: nil))
        #expect(parse("fusionner Léa") == .form(.merge, holder: "Léa"))
        #expect(parse("transférer") == .form(.transfer, holder: nil))
        #expect(parse("transferer Léa") == .form(.transfer, holder: "Léa"))
        #expect(parse("consentement Léa") == .form(.consent, holder: "Léa"))
        #expect(parse("situation") == .form(.situation, holder: nil))
        #expect(parse("MODIFIER") == .form(.edit, holder: nil))
    }

    /// `parcours headcount`, `parcours session held` and `parcours event add|cancel`, typed
    /// as one line: the same commands, references as typed.
    @Test func openEventVerbsBuildTheCommandLinesCommands() {
        func parse(_ s: String) -> VerbParser.Outcome { VerbParser.parse(s, author: "Camille") }
        // The event is the words before the first CATEGORY=NUMBER.
        #expect(parse("effectif Soirée ruralités elus=10 Techniciens=6 'bénévoles associatifs=3' --total 25")
            == .commands([.recordHeadcount(event: "Soirée ruralités", HeadcountInput(
                audiences: [AudienceInput("elus", 10), AudienceInput("Techniciens", 6), AudienceInput("bénévoles associatifs", 3)],
                total: 25))]))
        #expect(parse("headcount Soirée --total 40") == .commands([.recordHeadcount(event: "Soirée", HeadcountInput(audiences: [], total: 40))]))
        #expect(parse("comptage Soirée --clear") == .commands([.clearHeadcount(event: "Soirée")]))
        // Nothing counted: the form, of the event named or of the selection.
        #expect(parse("effectif Soirée ruralités") == .headcountForm(event: "Soirée ruralités"))
        #expect(parse("effectif") == .headcountForm(event: nil))
        #expect(parse("tenue Point d'étape") == .commands([.holdSession(session: "Point d'étape")]))
        #expect(parse("held S1") == .commands([.holdSession(session: "S1")]))
        #expect(parse("événement prévoir AMESUD 'Soirée-débat' --date 2026-04-02 --kind soirée --time 19:00 --venue 'La Source' --remote")
            == .commands([.addOpenEvent(target: "AMESUD", OpenEventDraft(
                title: "Soirée-débat", kind: .soiree, date: Day(iso: "2026-04-02")!, time: ClockTime(hour: 19, minute: 0),
                venue: "La Source", remote: true))]))
        #expect(parse("event add 'Promo 2026' Formation --date 2026-05-01 --kind training --duration 2j")
            == .commands([.addOpenEvent(target: "Promo 2026", OpenEventDraft(
                title: "Formation", kind: .formation, date: Day(iso: "2026-05-01")!, duration: TimeSpan(minutes: 840)))]))
        #expect(parse("evenement annuler Soirée ruralités") == .commands([.cancelOpenEvent(event: "Soirée ruralités")]))
    }

    /// `parcours call add|apply|check`, `parcours organisation contact add` and `parcours
    /// programme partner`, typed as one line: the same commands, repeated options kept in order.
    @Test func networkVerbsBuildTheCommandLinesCommands() {
        func parse(_ s: String) -> VerbParser.Outcome { VerbParser.parse(s, author: "Camille") }
        #expect(parse("appel ajouter Fabrique 'AMI garde' --cohort 'Promo 2022' --opens 2021-11-02 --closes 2021-12-15 "
                      + "--source Département --criterion 'Structure de l’ESS' --criterion 'Ancrage local'")
            == .commands([.addCall(programme: "Fabrique", CallDraft(
                title: "AMI garde", cohort: "Promo 2022", opens: Day(iso: "2021-11-02")!, closes: Day(iso: "2021-12-15")!,
                source: "Département", criteria: ["Structure de l’ESS", "Ancrage local"]))]))
        #expect(parse("call apply 'AMI garde' 'Léa Martin' --date 2021-11-20")
            == .commands([.applyToCall(call: "AMI garde", holder: "Léa Martin", date: Day(iso: "2021-11-20")!)]))
        #expect(parse("appel candidature 'AMI garde' Léa --remove") == .commands([.removeApplication(call: "AMI garde", holder: "Léa")]))
        #expect(parse("appel verifier 'AMI garde' Léa --met 1 --met 3 --unmet 2")
            == .commands([.checkApplication(call: "AMI garde", holder: "Léa", met: ["1", "3"], unmet: ["2"])]))
        #expect(parse("contact ajouter 'Arche Agglo' 'Anne Roux' --role 'chargée de mission ESS' --from 2024-01-01")
            == .commands([.addContact(organisation: "Arche Agglo", ContactDraft(
                name: "Anne Roux", role: "chargée de mission ESS", from: Day(iso: "2024-01-01")!))]))
        #expect(parse("partenaire Sprint 'Arche Agglo' --role financeur")
            == .commands([.addPartner(programme: "Sprint", organisationName: "Arche Agglo", role: "financeur")]))
        // What is wrong is named; nothing is sent.
        #expect(parse("appel ajouter Fabrique") == .problem(.missingArguments(verb: "appel")))
        #expect(parse("appel ajouter Fabrique AMI --opens 02/11/2021") == .problem(.invalidDate("02/11/2021")))
        #expect(parse("appel verifier 'AMI garde' Léa") == .problem(.missingArguments(verb: "appel")))
        #expect(parse("appel fermer 'AMI garde'") == .problem(.invalidValue("fermer")))
        #expect(parse("contact retirer 'Arche Agglo' Anne") == .problem(.invalidValue("retirer")))
        #expect(parse("partenaire Sprint 'Arche Agglo'") == .problem(.missingArguments(verb: "partenaire")))
    }

    @Test func openEventVerbsNameWhatIsWrong() {
        func parse(_ s: String) -> VerbParser.Outcome { VerbParser.parse(s, author: "C") }
        #expect(parse("effectif Soirée elus=10 bénévoles") == .problem(.invalidValue("bénévoles")))
        #expect(parse("effectif Soirée elus=dix") == .problem(.invalidValue("elus=dix")))
        #expect(parse("effectif Soirée elus=3 --total beaucoup") == .problem(.invalidValue("beaucoup")))
        #expect(parse("effectif elus=3") == .problem(.missingArguments(verb: "effectif")))
        #expect(parse("effectif --clear") == .problem(.missingArguments(verb: "effectif")))
        #expect(parse("tenue") == .problem(.missingArguments(verb: "tenue")))
        #expect(parse("événement prévoir AMESUD Soirée --kind soiree") == .problem(.missingArguments(verb: "événement")))
        #expect(parse("event add AMESUD Soirée --date 2026-02-30 --kind soiree") == .problem(.invalidDate("2026-02-30")))
        #expect(parse("event add AMESUD Soirée --date 2026-03-02 --kind banquet") == .problem(.invalidValue("banquet")))
        #expect(parse("event add AMESUD Soirée --date 2026-03-02 --kind soiree --time 25:00") == .problem(.invalidValue("25:00")))
        #expect(parse("event move Soirée") == .problem(.invalidValue("move")))
    }

    /// The ideas' verbs: the view, a new idea (its title after it), an idea's status and
    /// its adoption (the idea named after them), in French and English.
    @Test func ideaVerbsNameTheFormAndTheIdea() {
        func parse(_ line: String) -> VerbParser.Outcome { VerbParser.parse(line, author: "Camille") }
        #expect(parse("idees") == .form(.ideas, holder: nil) && parse("ideas") == .form(.ideas, holder: nil))
        #expect(parse("appels") == .form(.calls, holder: nil) && parse("ami") == .form(.calls, holder: nil))
        #expect(parse("idée Tiers-lieu nourricier") == .form(.idea, holder: "Tiers-lieu nourricier"))
        #expect(parse("idea") == .form(.idea, holder: nil))
        #expect(parse("statut-idee papier") == .form(.ideaStatus, holder: "papier"))
        #expect(parse("idea-status") == .form(.ideaStatus, holder: nil))
        #expect(parse("adopter Incubateur de projets") == .form(.adopt, holder: "Incubateur de projets"))
        #expect(parse("adopt 'Incubateur'") == .form(.adopt, holder: "Incubateur"))
    }

    @Test func badInputIsATypedProblem() {
        #expect(VerbParser.parse("stage Amina lune", author: "C") == .problem(.invalidValue("lune")))
        #expect(VerbParser.parse("frobnicate", author: "C") == .problem(.unknownVerb("frobnicate")))
        #expect(VerbParser.parse("note Amina", author: "C") == .problem(.missingArguments(verb: "note")))
        #expect(VerbParser.parse("stage Amina etude --note", author: "C") == .problem(.missingArguments(verb: "stage")))
        #expect(VerbParser.parse("stage Amina etude --date 2026-02-30", author: "C") == .problem(.invalidDate("2026-02-30")))
        #expect(VerbParser.parse(#"note "Amina"#, author: "C") == .problem(.unclosedQuote))
    }

    @Test func theInterfaceWordsProblemsInItsLanguage() {
        #expect(PromptReducer.text(.invalidValue("lune"), .fr).contains("« lune »"))
        #expect(PromptReducer.text(.unknownVerb("frobnicate"), .en).hasPrefix("Unknown command: “frobnicate”."))
        #expect(PromptReducer.text(.unclosedQuote, .fr) == "Guillemet non fermé.")
    }
}

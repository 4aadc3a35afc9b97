import ParcoursDomain
import ParcoursKit
import TerminalKit
import Testing
@testable import ParcoursTUI

/// Open events through `update` alone: the events screen and the cohort's sessions, the
/// forms and the `:` verbs, each sending exactly the command `parcours event` and
/// `parcours headcount` send. Nothing is carried out here unless said.
@Suite struct OpenEventReducerTests {
    /// The seeded world (today 10 March 2026) with an evening debate of its cohort five
    /// days ago, still to count, and an awareness half-day of the programme to come.
    static func world(language: Language? = nil) throws -> World {
        let world = try World.seeded(language: language)
        let w = world.workspace
        try w.perform(.addOpenEvent(target: "Promo printemps", OpenEventDraft(
            title: "Soirée des initiatives", kind: .soiree, date: Day(iso: "2026-03-05")!,
            time: ClockTime(hour: 19, minute: 0), venue: "Lyon")))
        try w.perform(.addOpenEvent(target: "Cap Création", OpenEventDraft(
            title: "Demi-journée des élus", kind: .sensibilisation, date: Day(iso: "2026-03-20")!)))
        return world
    }

    func id(_ world: World, event title: String) -> EntityID {
        world.workspace.state.openEvents.values.first { $0.title == title }!.id
    }

    func form(_ m: Model) -> Form? {
        if case .form(let form) = m.overlay { return form }
        return nil
    }

    func retype(_ text: String, _ m: inout Model) {
        m.press(.ctrl("u"))
        _ = m.type(text)
    }

    @Test func theDashboardSaysWhatIsToCountAndOOpensEveryEvent() throws {
        let world = try Self.world()
        defer { world.cleanUp() }
        var m = world.model()
        let programme = try #require(m.lines.first { $0.contains("Cap Création") })
        #expect(programme.contains("⚠ 1 événement à compter · 1 événement à venir"))
        m.press(.character("o"))
        guard case .events(let es) = m.screen else { Issue.record("\(m.screen)"); return }
        // The cursor on the first event from today on.
        #expect(es.selection.selection == 1)
        let text = m.text
        #expect(text.contains("Événements ouverts") && text.contains("Tableau de bord › Événements ouverts"))
        let soiree = try #require(m.lines.first { $0.contains("Soirée des initiatives") })
        #expect(soiree.hasPrefix("05/03/2026 19:00 soirée") && soiree.hasSuffix("à compter"))
        let halfDay = try #require(m.lines.first { $0.contains("Demi-journée des élus") })
        #expect(halfDay.contains("sensibil.") && halfDay.contains("Cap Création") && halfDay.hasSuffix("prévu"))
        #expect(text.contains("à compter après l’événement (h)"))
        // Once counted: its total in the table, its audiences below.
        try world.workspace.perform(.recordHeadcount(event: "Soirée des initiatives", HeadcountInput(
            audiences: [AudienceInput("habitants", 20), AudienceInput("élus", 4)], total: 30)))
        m = world.model()
        let counted = try #require(m.lines.first { $0.contains("Cap Création") })
        #expect(counted.contains("1 événement tenu · 30 participants · 1 à venir"), "\(counted)")
        m.press(.character("o"), .character("k"))
        #expect(m.lines.contains { $0.hasPrefix("05/03/2026 19:00 soirée") && $0.hasSuffix("30 tenu") })
        #expect(m.text.contains("Effectif  30 : habitants 20, élus 4, sans catégorie 6"))
        #expect(!m.text.contains("à compter"))
    }

    @Test func theWeekListsTheEventsToComeAmongTheSessions() throws {
        let world = try Self.world()
        defer { world.cleanUp() }
        try world.workspace.perform(.addOpenEvent(target: "Cap Création", OpenEventDraft(
            title: "Apéro des porteurs", kind: .soiree, date: Day(iso: "2026-03-11")!, time: ClockTime(hour: 18, minute: 0))))
        try world.workspace.perform(.addOpenEvent(target: "Cap Création", OpenEventDraft(
            title: "Webinaire annulé", kind: .webinaire, date: Day(iso: "2026-03-13")!)))
        try world.workspace.perform(.cancelOpenEvent(event: "Webinaire annulé"))
        let m = world.model()
        let week = Array(m.lines.drop { !$0.contains("Cette semaine") }.dropFirst().prefix(3))
        #expect(week[0].hasPrefix("│ mer. 11/03 18:00  soirée · Cap Création · « Apéro des porteurs »"), "\(week)")
        #expect(week[1].hasPrefix("│ jeu. 12/03 09:30  visite"), "\(week)")
        #expect(!m.text.contains("Webinaire annulé"))
    }

    @Test func theHeadcountFormSendsWhatTheCommandLineSends() throws {
        let world = try Self.world()
        defer { world.cleanUp() }
        var m = world.model()
        let soiree = id(world, event: "Soirée des initiatives")
        m.press(.character("o"), .character("k"), .character("h"))
        #expect(form(m)?.purpose == .headcount(soiree))
        #expect(m.text.contains("Effectif de l’événement") && m.text.contains("Vos catégories"))
        _ = m.type("10")
        m.press(.tab)
        _ = m.type("6")
        m.press(.tab, .tab, .tab, .tab, .tab)
        _ = m.type("bénévoles associatifs=3")
        m.press(.tab)
        _ = m.type("25")
        // `parcours headcount "Soirée des initiatives" --audience elus=10 --audience
        // techniciens=6 --audience "bénévoles associatifs=3" --total 25`, the event by id.
        #expect(m.press(.enter) == [[.perform([.recordHeadcount(event: soiree, HeadcountInput(
            audiences: [AudienceInput("elus", 10), AudienceInput("techniciens", 6), AudienceInput("bénévoles associatifs", 3)],
            total: 25))])]])
        // Carried out, the form comes back prefilled with it.
        _ = world.effects().perform([.recordHeadcount(event: soiree, HeadcountInput(
            audiences: [AudienceInput("elus", 10), AudienceInput("techniciens", 6), AudienceInput("bénévoles associatifs", 3)],
            total: 25))])
        m = world.model()
        m.press(.character("o"), .character("k"), .character("h"))
        let again = try #require(form(m))
        #expect(again[.fieldElus]?.input.text == "10" && again[.fieldTechniciens]?.input.text == "6"
                && again[.fieldHabitants]?.input.text == "")
        #expect(again[.fieldOtherAudiences]?.input.text == "bénévoles associatifs=3" && again[.fieldTotal]?.input.text == "25")
    }

    @Test func aBadNumberOrCategoryStaysInTheFormNamed() throws {
        let world = try Self.world(language: .en)
        defer { world.cleanUp() }
        for language in [Language.fr, .en] {
            var m = world.model(language)
            m.press(.character("o"), .character("h"))
            _ = m.type("douze")
            #expect(m.press(.enter) == [[]])
            #expect(form(m)?[.fieldElus]?.input.validationMessage
                    == (language == .fr ? "Nombre entier attendu, 0 ou plus." : "Expected a whole number, 0 or more."))
            retype("-1", &m)
            #expect(m.press(.enter) == [[]] && form(m) != nil)
            retype("3", &m)
            m.press(.tab, .tab, .tab, .tab, .tab, .tab)
            _ = m.type("bénévoles")
            #expect(m.press(.enter) == [[]])
            #expect(form(m)?[.fieldOtherAudiences]?.input.validationMessage
                    == (language == .fr ? "Attendu : catégorie=nombre, séparés par des virgules."
                                        : "Expected: category=number, comma-separated."))
        }
    }

    @Test func planEditAndCancelAnEventAsTheCommandLineDoes() throws {
        let world = try Self.world()
        defer { world.cleanUp() }
        var m = world.model()
        let programme = try #require(world.workspace.state.programmes.values.first).id
        let halfDay = id(world, event: "Demi-journée des élus")
        // On the programme's event: a new one is the programme's by default.
        m.press(.character("o"), .character("a"))
        let opened = try #require(form(m))
        #expect(opened.purpose == .newOpenEvent && opened[.fieldOwner]?.chosen == programme)
        #expect(opened[.fieldKind]?.chosen == "soiree" && opened[.fieldDate]?.input.text == "2026-03-10")
        m.press(.tab)
        _ = m.type("Soirée témoignages")
        m.press(.tab)
        retype("2026-04-02", &m)
        m.press(.tab)
        _ = m.type("18:30")
        m.press(.tab, .tab, .tab)
        _ = m.type("Lyon 1er")
        #expect(m.press(.enter) == [[.perform([.addOpenEvent(target: programme, OpenEventDraft(
            title: "Soirée témoignages", kind: .soiree, date: Day(iso: "2026-04-02")!, time: ClockTime(hour: 18, minute: 30),
            venue: "Lyon 1er"))])]])
        // Edited: only the venue changed is sent.
        m.press(.character("e"))
        #expect(form(m)?.purpose == .editOpenEvent(halfDay) && form(m)?[.fieldTitle]?.input.text == "Demi-journée des élus")
        m.press(.tab, .tab, .tab, .tab, .tab)
        retype("Mairie de Lyon", &m)
        #expect(m.press(.enter) == [[.perform([.editOpenEvent(event: halfDay, OpenEventEdit(venue: .some("Mairie de Lyon")))])]])
        m.press(.character("e"))
        retype("Demi-journée des élus du Rhône", &m)
        #expect(m.press(.enter) == [[.perform([.editOpenEvent(event: halfDay, OpenEventEdit(title: "Demi-journée des élus du Rhône"))])]])
        // `:modifier` opens the same form; `x` cancels at once (undo brings it back).
        m.press(.character(":"))
        _ = m.type("modifier")
        m.press(.enter)
        #expect(form(m)?.purpose == .editOpenEvent(halfDay))
        m.press(.escape)
        #expect(m.press(.character("x")) == [[.perform([.cancelOpenEvent(event: halfDay)])]])
    }

    @Test func theCohortsSessionsListItsEventsAndTheirKeysActOnTheRow() throws {
        let world = try Self.world()
        defer { world.cleanUp() }
        var m = world.model()
        let soiree = id(world, event: "Soirée des initiatives")
        m.press(.enter, .tab)
        // Among the sessions by date: 23/02, 02/03, the evening of 05/03, 09/03, 12/03.
        let rows = m.lines.filter { $0.range(of: #"^\d\d/\d\d/2026 "#, options: .regularExpression) != nil }
        #expect(rows.count == 5 && rows[2].contains("Soirée des initiati") && rows[2].hasSuffix("à compter"), "\(m.text)")
        #expect(!m.lines.contains { $0.contains("Demi-journée") })
        m.press(.character("j"))
        #expect(m.press(.character("h")) == [[]])
        #expect(m.overlay == nil && m.messageIsError
                && m.message == "L’effectif se saisit pour un événement ouvert ; pour une séance, faites l’émargement.")
        // `T` asks the domain, as `parcours session held` does (it refuses: holders were expected).
        let session = world.id(session: "Étude de marché")
        #expect(m.press(.character("T")) == [[.perform([.holdSession(session: session)])]])
        m.press(.character("j"))
        #expect(m.text.contains("soirée-débat — Soirée des initiatives"))
        m.press(.character("h"))
        #expect(form(m)?.purpose == .headcount(soiree))
        m.press(.escape, .enter)
        #expect(form(m)?.purpose == .editOpenEvent(soiree))
        m.press(.escape)
        #expect(m.press(.character("T")) == [[]])
        #expect(m.message == "Un événement ouvert est tenu par son effectif (h).")
        #expect(m.press(.character("x")) == [[.perform([.cancelOpenEvent(event: soiree)])]])
        // `o` plans one for this cohort.
        m.press(.character("o"))
        #expect(form(m)?[.fieldOwner]?.chosen == world.workspace.state.cohorts.values.first?.id)
    }

    @Test func theCommandLineVerbsSendTheSameCommands() throws {
        let world = try Self.world()
        defer { world.cleanUp() }
        var m = world.model()
        let soiree = id(world, event: "Soirée des initiatives")
        func command(_ line: String) -> [[Effect]] {
            m.press(.character(":"))
            _ = m.type(line)
            return m.press(.enter)
        }
        #expect(command("effectif soirée des initiatives elus=4 habitants=20 'bénévoles associatifs=3' --total 30")
            == [[.perform([.recordHeadcount(event: "soirée des initiatives", HeadcountInput(
                audiences: [AudienceInput("elus", 4), AudienceInput("habitants", 20), AudienceInput("bénévoles associatifs", 3)],
                total: 30))])]])
        #expect(command("tenue Visite de la Miete") == [[.perform([.holdSession(session: "Visite de la Miete")])]])
        #expect(command("événement annuler Demi-journée") == [[.perform([.cancelOpenEvent(event: "Demi-journée")])]])
        // Named: its form; nothing selected that is an event: said.
        #expect(command("effectif soirée") == [[]])
        #expect(form(m)?.purpose == .headcount(soiree))
        m.press(.escape)
        #expect(command("effectif") == [[]])
        #expect(m.overlay == nil && m.messageIsError
                && m.message == "« effectif » : sélectionnez un événement ouvert ou nommez-le (:effectif Soirée-débat).")
        #expect(command("effectif Soirée inconnue") == [[]])
        #expect(m.messageIsError && m.message.contains("Soirée inconnue"))
        m.press(.character("o"), .character("k"))
        #expect(command("effectif") == [[]])
        #expect(form(m)?.purpose == .headcount(soiree))
    }

    /// AMESUD's kind of programme: no cohort, no holder, only events. Its report, from
    /// the events screen, counts them and offers no key that would add a holder.
    @Test func aProgrammeOfEventsOnlyHasItsReport() throws {
        let world = try World()
        defer { world.cleanUp() }
        let w = world.workspace
        try w.perform(.addProgramme(name: "Montagne ardéchoise", operatorNames: ["AMESUD"], targetStages: [.idee]))
        try w.perform(.addOpenEvent(target: "Montagne ardéchoise", OpenEventDraft(
            title: "Projets coopératifs en milieu rural", kind: .soiree, date: Day(iso: "2026-03-05")!)))
        try w.perform(.recordHeadcount(event: "Projets coopératifs", HeadcountInput(
            audiences: [AudienceInput("habitants", 6), AudienceInput("élus", 2)])))
        var m = world.model(width: 100, height: 60)
        #expect(m.lines.contains { $0.contains("Montagne ardéchoise  1 événement tenu · 8 participants") })
        m.press(.character("o"), .character("R"))
        let text = m.text
        #expect(text.contains("Rapport — Montagne ardéchoise") && text.contains("dont événements ouverts"))
        m.press(.character("G"))
        #expect(m.text.contains("Aucun porteur.") && !m.text.contains("« a »"), "\(m.text)")
    }

    @Test func readOnlyRefusesEveryEventKey() throws {
        let world = try Self.world()
        defer { world.cleanUp() }
        var m = world.model()
        m.readOnly = true
        m.press(.character("o"))
        for key in ["h", "a", "e", "x"] {
            #expect(m.press(.character(Character(key))) == [[]])
            #expect(m.overlay == nil && m.message == "Lecture seule (--read-only) : rien ne peut être modifié ici.")
        }
        m.press(.character(":"))
        _ = m.type("effectif")
        #expect(m.press(.enter) == [[]] && m.overlay == nil)
    }

    @Test func englishSaysItInEnglishAndTheHelpListsTheKeys() throws {
        let world = try Self.world(language: .en)
        defer { world.cleanUp() }
        var en = world.model(.en)
        #expect(en.lines.first { $0.contains("Cap Création") }?.contains("⚠ 1 event to count · 1 event to come") == true)
        en.press(.character("o"))
        #expect(en.lines.first { $0.contains("Soirée des initiatives") }?.hasSuffix("to count") == true)
        #expect(en.lines.first { $0.contains("Demi-journée") }?.contains("awareness") == true)
        #expect(en.text.contains("Open events") && en.text.contains("Headcount  to count after the event (h)"))
        for text in ["à compter", "prévu", "tenu", "Pour", "Effectif", "soirée "] {
            #expect(!en.text.contains(text), "\(text)")
        }
        en.press(.character("h"))
        #expect(en.text.contains("Elected officials") && en.text.contains("Your categories"))
        // At 80×24 the form scrolls to its last field.
        en.press(.backTab)
        #expect(en.text.contains("▸ Total (if more)"))

        func listed(_ m: Model, _ key: String, _ text: String) -> Bool {
            m.lines.contains { line in
                guard let range = line.range(of: text) else { return false }
                return line[..<range.lowerBound].split(separator: " ").last.map(String.init) == key
            }
        }
        for (width, height) in [(80, 24), (120, 40)] {
            var fr = world.model(.fr, width: width, height: height)
            fr.press(.character("?"))
            let dashboard = listed(fr, "o", "Événements ouverts")
            #expect(dashboard, "\(fr.text)")
            fr.press(.escape, .character("o"), .character("?"))
            for (key, text) in [("h", "Saisir l’effectif par"), ("a", "Prévoir un événement ouvert"),
                                ("E", "Modifier l’événement"), ("x", "Annuler l’événement")] {
                let found = listed(fr, key, text)
                #expect(found, "\(key) \(text) at \(width)")
            }
            #expect(fr.text.contains(":effectif [ÉVÉNEMENT elus=10") && fr.text.contains(":événement prévoir|annuler …"), "\(fr.text)")
            var en = world.model(.en, width: width, height: height)
            en.press(.enter, .tab, .character("?"))
            for (key, text) in [("o", "Plan an open event"), ("h", "Record the headcount"), ("T", "Session held (nobody")] {
                let found = listed(en, key, text)
                #expect(found, "\(key) \(text) at \(width)")
            }
            // At 80×24 the help scrolls before the verbs.
            if height >= 40 { #expect(en.text.contains(":held SESSION"), "\(en.text)") }
        }
    }
}

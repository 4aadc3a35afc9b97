import Foundation
import ParcoursDomain
import ParcoursKit
import TerminalKit
import Testing
@testable import ParcoursTUI

/// Issue 18 in the interface: "my holders" (`M`) filtering the dashboard, participants,
/// roll call and follow-ups; the calendar of every cohort with its overlaps marked; the
/// session form choosing venue and facilitators from the directories, with the overlap
/// said when scheduling; the holder form naming the referent.
@Suite struct PeopleAndCalendarTests {
    /// The seeded world (author "Camille") with Camille Dubois following Amina and Paul
    /// Marchand following Bruno; a second cohort whose session on Thursday at 10:00 is in
    /// the same venue (Villeurbanne) as the visit at 9:30; follow-ups due for everyone.
    static func world() throws -> World {
        let world = try World.seeded()
        let w = world.workspace
        try w.perform(.addPerson(PersonDraft(name: "Camille Dubois", organisationName: "Ronalpia")))
        try w.perform(.addPerson(PersonDraft(name: "Paul Marchand")))
        try w.perform(.editHolder(holder: "Amina Diallo", HolderEdit(referentName: "Camille Dubois")))
        try w.perform(.editHolder(holder: "Bruno Lefèvre", HolderEdit(referentName: "Paul Marchand")))
        try w.perform(.addCohort(programme: "Cap Création", name: "Promo automne", start: Day(iso: "2026-03-02")!))
        try w.perform(.addHolder(HolderDraft(name: "Élise Roux", projectTitle: "Tiers-lieu", stage: .idee)))
        try w.perform(.enrol(holder: "Élise Roux", cohort: "Promo automne"))
        try w.perform(.addSession(cohort: "Promo automne",
                                  SessionDraft(title: "Atelier budget", date: Day(iso: "2026-03-12")!,
                                               time: ClockTime(hour: 10, minute: 0), venue: "Villeurbanne",
                                               facilitators: ["Paul Marchand"])))
        return world
    }

    @Test func myHoldersFiltersTheDashboardParticipantsAndRollCall() throws {
        let world = try Self.world()
        defer { world.cleanUp() }
        var m = world.model(.fr)
        m.press(.character("M"))
        guard case .picker(let picker) = m.overlay else { Issue.record("no picker"); return }
        // The author's own entry first ("Camille" names Camille Dubois), then those who follow holders.
        #expect(picker.items.map(\.label) == ["Camille Dubois", "Paul Marchand"])
        #expect(picker.items[0].detail == "vous · Ronalpia · 1 porteur suivi")
        m.press(.enter)
        #expect(m.referent == world.workspace.state.people.values.first { $0.name == "Camille Dubois" }?.id)
        #expect(m.lines[0].contains("Mes porteurs (Camille Dubois)"), "\(m.lines[0])")
        // Only the cohorts where Camille follows someone, with how many of its holders.
        #expect(!m.text.contains("Promo automne") && m.text.contains("1/4 porteurs"), "\(m.text)")
        m.press(.enter)
        let participants = m.text
        #expect(participants.contains("Amina Diallo") && !participants.contains("Bruno Lefèvre")
                && !participants.contains("Chloé Martin"), "\(participants)")
        m.press(.tab, .tab)
        #expect(m.text.contains("Amina Diallo") && !m.text.contains("Bruno Lefèvre"), "\(m.text)")
        // M again: everyone, and the header says nothing more.
        m.press(.character("M"))
        #expect(m.referent == nil && m.text.contains("Bruno Lefèvre") && !m.lines[0].contains("porteurs"))
        #expect(m.message == "Tous les porteurs sont affichés.")

        // Another person chosen: "Porteurs de …", in English "…'s holders".
        var english = world.model(.en)
        english.press(.character("M"), .down, .enter)
        #expect(english.lines[0].contains("Paul Marchand's holders"), "\(english.lines[0])")
        #expect(english.text.contains("Promo printemps") && english.text.contains("1/4 holders"))
    }

    @Test func myHoldersFiltersTheFollowUpsAndSaysWhenTheAuthorIsNotInTheDirectory() throws {
        let world = try Self.world()
        defer { world.cleanUp() }
        let w = world.workspace
        try w.perform(.planFollowUps(programme: "Cap Création", waves: [1]))
        for name in ["Amina Diallo", "Bruno Lefèvre"] {
            let cohort = try #require(w.state.cohorts.values.first { $0.name == "Promo printemps" }).id
            if w.state.participations(cohort: cohort).first(where: { $0.holder == world.id(holder: name) })?.status != .enCours {
                try w.perform(.setParticipation(holder: name, cohort: "Promo printemps", status: .enCours))
            }
            try w.perform(.setParticipation(holder: name, cohort: "Promo printemps", status: .termine))
        }
        var m = world.model(.fr)
        // Ended today: their follow-ups at 1 month come on 10 April, the third tab.
        m.press(.character("s"), .tab, .tab)
        let upcoming = FollowUpsScreen(tab: .upcoming)
        #expect(m.followUpLines(upcoming).count == 2)
        m.press(.character("M"), .enter)
        let due = m.followUpLines(upcoming)
        #expect(due.count == 1 && due[0].holders == [world.id(holder: "Amina Diallo")])
        #expect(m.text.contains("Épicerie solidaire") && !m.text.contains("Recyclerie"), "\(m.text)")

        // An author the directory does not know chooses whom to follow.
        m.press(.character("M"))
        m.author = "Zoé"
        m.press(.character("M"))
        guard case .picker(let picker) = m.overlay else { Issue.record("no picker"); return }
        #expect(picker.note?.contains("« Zoé » (PARCOURS_AUTHOR) n’est pas dans l’annuaire") == true)
        #expect(picker.items.allSatisfy { !$0.detail.contains("vous") })

        // No directory at all: said, nothing opens.
        let empty = try World.seeded()
        defer { empty.cleanUp() }
        var bare = empty.model(.fr)
        bare.press(.character("M"))
        #expect(bare.overlay == nil && bare.messageIsError && bare.message.hasPrefix("L’annuaire est vide"))
    }

    @Test func theCalendarShowsEveryCohortByWeekAndMonthWithOverlapsMarked() throws {
        let world = try Self.world()
        defer { world.cleanUp() }
        var m = world.model(.fr)
        // The dashboard's week marks both, ⚠ in the gap after the time.
        #expect(m.lines.contains { $0.hasPrefix("│ jeu. 12/03 09:30⚠ visite · Promo printemps") }, "\(m.text)")
        #expect(m.lines.contains { $0.hasPrefix("│ jeu. 12/03 10:00⚠ atelier · Promo automne") }, "\(m.text)")
        m.press(.character("a"))
        var lines = m.lines
        #expect(lines[0].contains("Calendrier") && lines[1].contains("du lun. 09/03/2026 au dim. 15/03/2026"), "\(lines[1])")
        // Both sides of the shared venue marked, from both cohorts; the day said once.
        let visit = try #require(lines.first { $0.contains("Visite de la Miete") })
        let budget = try #require(lines.first { $0.contains("Atelier budget") })
        #expect(visit.hasPrefix("jeu. 12/03 09:30–12:30 ⚠") && budget.hasPrefix("           10:00–13:00 ⚠"), "\(visit)\n\(budget)")
        #expect(visit.contains("Promo printemps") && budget.contains("Promo automne"))
        m.press(.character("j"), .character("j"), .character("j"))
        #expect(m.text.contains("⚠ même lieu que « Visite de la Miete » (Promo printemps)"), "\(m.text)")
        // The month, the next one, back to today's.
        m.press(.tab)
        #expect(m.lines[1].contains("mars 2026") && m.text.contains("Étude de marché"))
        m.press(.character("l"))
        #expect(m.lines[1].contains("avril 2026") && m.text.contains("Aucune séance ce mois-là"))
        m.press(.character("t"))
        #expect(m.lines[1].contains("mars 2026"))
        // Wide: who facilitates; in English.
        var wide = world.model(.en, width: 130, height: 30)
        wide.press(.character("a"))
        lines = wide.lines
        #expect(lines[1].contains("Mon 2026-03-09 to Sun 2026-03-15") && lines[2].contains("Facilitated by"))
        #expect(lines.contains { $0.contains("Atelier budget") && $0.contains("Paul Marchand") }, "\(wide.text)")
        // Enter opens the session in its cohort's sessions view.
        m.press(.character("t"), .tab)
        while !(m.text.contains("Atelier budget") && m.lines.contains { $0.contains("Chevauche") && $0.contains("Visite") }) {
            let before = m.text
            m.press(.character("j"))
            if m.text == before { break }
        }
        m.press(.enter)
        guard case .cohort(let cs) = m.screen else { Issue.record("no cohort screen"); return }
        #expect(cs.view == .sessions && m.state.cohorts[cs.cohort]?.name == "Promo automne")
    }

    @Test func theSessionFormChoosesVenueAndFacilitatorsAndSaysTheOverlap() throws {
        let world = try Self.world()
        defer { world.cleanUp() }
        let p = world.program(.fr)
        p.press(.enter, .tab, .character("a"))
        for c in "Atelier pitch" { p.press(.character(c)) }
        p.press(.tab, .ctrl("u"))
        for c in "2026-03-12" { p.press(.character(c)) }
        p.press(.tab)
        for c in "10:30" { p.press(.character(c)) }
        // Duration, kind, holder met, venue (the directory's first after "—"), new venue,
        // remote, facilitators (Camille ticked).
        p.press(.tab, .tab, .tab, .tab, .right, .tab, .tab, .tab, .character(" "), .enter)
        let state = world.workspace.state
        let session = try #require(state.sessions.values.first { $0.title == "Atelier pitch" })
        #expect(state.venueName(of: session) == "Villeurbanne" && session.details.place != nil)
        #expect(state.facilitators(of: session.id).map(\.name) == ["Camille Dubois"])
        guard case .notice(let notice) = p.model.overlay else { Issue.record("no notice: \(p.text)"); return }
        #expect(notice.title == "Séances en même temps")
        #expect(notice.text.hasPrefix("Séance « Atelier pitch » prévue le jeu. 12/03/2026.\n\n⚠ « Atelier pitch » et"), "\(notice.text)")
        #expect(notice.text.contains("ont lieu en même temps à « Villeurbanne »"))
        p.press(.enter)
        #expect(p.model.overlay == nil)

        // The edit form: unticking sends only that (the session's own fields are unchanged).
        var form = Forms.editSession(session, state, .fr)
        let i = try #require(form.fields.firstIndex { $0.label == .fieldFacilitators })
        form.fields[i].picked = []
        let camille = try #require(state.people.values.first { $0.name == "Camille Dubois" }).id
        #expect(Forms.commands(form) == [.removeSessionFacilitator(session: session.id, person: camille)])
        // A new venue typed wins over the list, and is the only change.
        form = Forms.editSession(session, state, .fr)
        let v = try #require(form.fields.firstIndex { $0.label == .fieldNewVenue })
        form.fields[v].input = TextFieldState(text: "Salle Lamastre")
        #expect(Forms.commands(form) == [.updateSession(session: session.id, SessionEdit(venue: .some("Salle Lamastre")))])
    }

    @Test func theHolderFormNamesTheReferentFromTheDirectory() throws {
        let world = try Self.world()
        defer { world.cleanUp() }
        let state = world.workspace.state
        let chloe = try #require(state.holders[world.id(holder: "Chloé Martin")])
        var form = Forms.editHolder(chloe, state, .fr)
        let i = try #require(form.fields.firstIndex { $0.label == .fieldReferent })
        #expect(form.fields[i].choices.map(\.label) == ["—", "Camille Dubois", "Paul Marchand"] && form.fields[i].choice == 0)
        form.fields[i].choice = 2
        let paul = try #require(state.people.values.first { $0.name == "Paul Marchand" }).id
        #expect(Forms.commands(form) == [.editHolder(holder: chloe.id, HolderEdit(referentName: paul))])
        // Through the interface: the referent shows on the file.
        try world.workspace.perform(Forms.commands(form)[0])
        var m = world.model(.fr)
        m.push(.holder(HolderScreen(holder: chloe.id)))
        #expect(m.text.contains("Référent·e    Paul Marchand"), "\(m.text)")
    }
}

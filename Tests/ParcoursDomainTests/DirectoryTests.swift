import Foundation
import Testing
@testable import ParcoursDomain

/// The people and venue directories (issue 18, domain.md F5, F8, F9): who facilitates,
/// who is a holder's referent, where sessions take place, and overlaps said as warnings.
@Suite struct DirectoryTests {
    func atNine(_ w: World, _ title: String, _ date: String, venue: String? = nil, facilitators: [String] = [],
                time: ClockTime = ClockTime(hour: 9, minute: 0)!, duration: TimeSpan = .hours(3)) throws -> Decision {
        try w.run(.addSession(cohort: "Promo 1", SessionDraft(title: title, date: day(date), time: time, duration: duration,
                                                              venue: venue, facilitators: facilitators)))
    }

    @Test func aPersonIsAddedOnceAndCorrected() throws {
        let w = try World.standard()
        try w.run(.addPerson(PersonDraft(name: "Camille Dubois", organisationName: "Ardèche ESS", role: "chargée d'accompagnement",
                                         email: "camille@example.org")))
        let camille = w.state.directoryPeople[0]
        #expect(camille.name == "Camille Dubois" && camille.email == "camille@example.org")
        #expect(w.state.organisations[camille.organisation!]?.name == "Ardèche ESS")
        #expect(w.error(.addPerson(PersonDraft(name: "camille dubois"))) == .nameTaken(.person, name: "camille dubois"))
        try w.run(.editPerson(person: "Camille", PersonEdit(role: "coordinatrice", email: "")))
        #expect(w.state.people[camille.id]?.email == nil && w.state.people[camille.id]?.role == "coordinatrice")
        try w.run(.undo(author: "claire"))
        #expect(w.state.people[camille.id]?.email == "camille@example.org")
        #expect(w.error(.editPerson(person: "Personne", PersonEdit(name: "X"))) == .notFound(.person, reference: "Personne"))
        #expect(w.error(.addPerson(PersonDraft(name: "  "))) == .emptyName(.person))
    }

    @Test func aSessionTakesItsVenueFromTheDirectoryAndAddsANewOne() throws {
        let w = try World.standard()
        let decision = try atNine(w, "Visite", "2021-01-13", venue: "Salle des fêtes")
        let venue = w.state.directoryVenues[0]
        #expect(venue.name == "Salle des fêtes")
        #expect(w.session("Visite").details.place == venue.id && w.session("Visite").venue == "Salle des fêtes")
        #expect(Catalog.text(decision.summary, .en).contains("Venue added to the directory: “Salle des fêtes”."))
        // A renamed venue is shown under its new name; the free text stays as it was written.
        try w.run(.editVenue(venue: "salle des fetes", VenueEdit(name: "Salle polyvalente", commune: "Annonay", kind: .salle)))
        #expect(w.state.venueName(of: w.session("Visite")) == "Salle polyvalente")
        // The same name again names the same venue: nothing is added.
        let again = try atNine(w, "Visite 2", "2021-01-20", venue: "salle polyvalente")
        #expect(w.state.venues.count == 1 && !Catalog.text(again.summary, .en).contains("directory"))
        #expect(w.error(.removeVenue(venue: "Salle polyvalente")) == .directoryEntryInUse(.venue, name: "Salle polyvalente", uses: 2))
        // Undoing the first session's scheduling would take the venue it added away with
        // it: refused while a colleague's session takes place there.
        try w.run(.undo(author: "claire"))
        try w.run(.undo(author: "claire"))
        w.author = "karim"
        try atNine(w, "Visite 3", "2021-01-27", venue: "Salle des fêtes")
        w.author = "claire"
        #expect(w.error(.undo(author: "claire")) == .undoBlocked(what: "Salle des fêtes"))
        try w.run(.undo(author: "karim"))
        try w.run(.undo(author: "claire"))
        #expect(w.state.venues.isEmpty)
    }

    @Test func overlapsSharingAVenueOrAFacilitatorAreWarningsNotRefusals() throws {
        let w = try World.standard()
        try atNine(w, "Atelier A", "2021-02-01", venue: "Tiers-lieu", facilitators: ["Camille Dubois"])
        // Another cohort's session, same venue, 11:00–12:00: overlaps 9:00–12:00.
        let sameVenue = try atNine(w, "Atelier B", "2021-02-01", venue: "tiers-lieu", time: ClockTime(hour: 11, minute: 0)!,
                                   duration: .hours(1))
        #expect(sameVenue.warnings == [.venueOverlap(session: "Atelier B", other: "Atelier A", cohort: "Promo 1",
                                                     venue: "Tiers-lieu", date: day("2021-02-01"))])
        // The afternoon, elsewhere, with the same facilitator: from 12:00, no overlap.
        let after = try atNine(w, "Atelier C", "2021-02-01", venue: "Mairie", facilitators: ["Camille"],
                               time: ClockTime(hour: 12, minute: 0)!)
        #expect(after.warnings.isEmpty)
        // Naming her on a session at 10:00 elsewhere is a warning about her.
        try atNine(w, "Atelier D", "2021-02-01", venue: "Salle 2", time: ClockTime(hour: 10, minute: 0)!)
        let named = try w.run(.addSessionFacilitator(session: "Atelier D", person: "Camille"))
        #expect(named.warnings.map { Catalog.text($0, .en) } == [
            "Camille Dubois also facilitates “Atelier A” (Promo 1) at the same time as “Atelier D” on Mon 2021-02-01.",
            "Camille Dubois also facilitates “Atelier C” (Promo 1) at the same time as “Atelier D” on Mon 2021-02-01."])
        #expect(w.state.facilitators(of: w.session("Atelier D").id).map(\.name) == ["Camille Dubois"])
        // Moving a session onto another's venue and time warns; a cancelled session does not count.
        let moved = try w.run(.updateSession(session: "Atelier C", SessionEdit(time: .some(ClockTime(hour: 9, minute: 30)!),
                                                                                 venue: .some("Tiers-lieu"))))
        #expect(moved.warnings.count == 4)
        try w.run(.cancelSession(session: "Atelier A"))
        #expect(w.state.overlaps(of: w.session("Atelier B")).isEmpty == false)  // C is still there
        #expect(w.state.overlaps(of: w.session("Atelier B")).allSatisfy { $0.other != w.session("Atelier A").id })
        // A remote session shares no venue; a session without a time takes its whole day.
        try w.run(.addSession(cohort: "Promo 1", SessionDraft(title: "Journée", date: day("2021-02-01"), venue: "Salle 2")))
        #expect(w.lastDecision!.warnings.contains { if case .venueOverlap(_, "Atelier D", _, _, _) = $0 { true } else { false } })
        // The calendar's marks: every session with an overlap that day.
        let marked = w.state.overlaps(from: day("2021-02-01"), to: day("2021-02-02"))
        #expect(marked[w.session("Atelier D").id] != nil && marked[w.session("Atelier A").id] == nil)
    }

    @Test func aSessionsFacilitatorsComeAndGoWithUndo() throws {
        let w = try World.standard()
        try w.run(.addSessionFacilitator(session: "Atelier 1", person: "Camille Dubois"))
        let s = w.session("Atelier 1").id
        #expect(w.state.facilitators(of: s).map(\.name) == ["Camille Dubois"])
        #expect(w.error(.addSessionFacilitator(session: "Atelier 1", person: "camille"))
                == .alreadyFacilitating(person: "Camille Dubois", session: "Atelier 1"))
        #expect(w.error(.removePerson(person: "Camille")) == .directoryEntryInUse(.person, name: "Camille Dubois", uses: 1))
        try w.run(.removeSessionFacilitator(session: "Atelier 1", person: "Camille"))
        #expect(w.state.facilitators(of: s).isEmpty)
        #expect(w.error(.removeSessionFacilitator(session: "Atelier 1", person: "Camille"))
                == .notFacilitating(person: "Camille Dubois", session: "Atelier 1"))
        try w.run(.undo(author: "claire"))
        #expect(w.state.facilitators(of: s).map(\.name) == ["Camille Dubois"])
        let lines = w.journal(concerning: s).map { Catalog.describe($0, in: w.state, language: .fr) }
        #expect(lines.contains("Camille Dubois anime « Atelier 1 »"))
        #expect(lines.contains("Camille Dubois n'anime plus « Atelier 1 »"))
    }

    @Test func aHolderHasAReferentAndMyHoldersAreTheirs() throws {
        let w = try World.standard()
        try w.run(.addPerson(PersonDraft(name: "Anne Roux")))
        try w.run(.editHolder(holder: "Léa", HolderEdit(referentName: "Anne")))
        let anne = w.state.directoryPeople[0]
        #expect(w.holder("Léa Martin").referent == anne.id)
        #expect(w.state.holders(referent: anne.id).map(\.name) == ["Léa Martin"])
        #expect(Catalog.changeLines(w.journal.last!.event, in: w.state, language: .fr) == ["référent·e : (vide) → « Anne Roux »"])
        // A referent not in the directory is added to it.
        let added = try w.run(.editHolder(holder: "Tom", HolderEdit(referentName: "Karim Benali")))
        #expect(Catalog.text(added.summary, .fr).contains("Ajouté·e à l'annuaire : Karim Benali."))
        #expect(w.state.holders(referent: anne.id).map(\.name) == ["Léa Martin"])
        try w.run(.editHolder(holder: "Léa", HolderEdit(referentName: "")))
        #expect(w.holder("Léa Martin").referent == nil)
        try w.run(.undo(author: "claire"))
        #expect(w.holder("Léa Martin").referent == anne.id)
        // A person still a referent is not removed; undoing their addition is blocked.
        #expect(w.error(.removePerson(person: "Anne")) == .directoryEntryInUse(.person, name: "Anne Roux", uses: 1))
    }

    @Test func staffNameAPersonOfTheDirectory() throws {
        let w = try World.standard()
        try w.run(.addStaff(cohort: "Promo 1", name: "Anne Roux", role: .coordinator))
        try w.run(.addStaff(cohort: "Promo 1", name: "anne roux", role: .referent))
        #expect(w.state.people.count == 1)
        let anne = w.state.directoryPeople[0]
        #expect(w.cohort("Promo 1").staff.map(\.person) == [anne.id, anne.id])
        #expect(w.state.staffing(of: anne.id).map(\.role) == [.coordinator, .referent])
        #expect(w.error(.addStaff(cohort: "Promo 1", name: "Anne", role: .referent)) == .nothingToChange(.staff, name: "Anne Roux"))
        // Renamed in the directory, the staff entry follows.
        try w.run(.editPerson(person: "Anne", PersonEdit(name: "Anne Roux-Martin")))
        #expect(w.cohort("Promo 1").staff.map(w.state.staffName) == ["Anne Roux-Martin", "Anne Roux-Martin"])
    }

    @Test func aFacilitatorIsErasedWithTheSameReceiptAndTheRecordStays() throws {
        let w = try World.standard()
        try w.run(.addPerson(PersonDraft(name: "Camille Dubois", role: "chargée", email: "camille@example.org")))
        try w.run(.addStaff(cohort: "Promo 1", name: "Camille", role: .facilitator))
        try w.run(.addSessionFacilitator(session: "Atelier 1", person: "Camille"))
        try w.run(.editHolder(holder: "Léa", HolderEdit(referentName: "Camille")))
        let id = w.state.directoryPeople[0].id
        #expect(w.error(.erase(holder: "Camille", reason: "demande de Camille")) == .reasonHoldsPersonalData)
        try w.run(.erase(holder: "Camille", reason: "demande de l'intéressée"))
        let person = w.state.people[id]!
        #expect(person.name == "" && person.email == nil && person.role == nil)
        #expect(w.cohort("Promo 1").staff[0].name == "" && w.cohort("Promo 1").staff[0].person == id)
        // What she facilitated and whom she follows stay (by id), under a neutral label.
        #expect(w.state.sessionFacilitators[w.session("Atelier 1").id] == [id])
        #expect(w.holder("Léa Martin").referent == id)
        var labelled = w.state
        labelled.labelErased(person: { Catalog.erasedPerson($0, .fr) }, project: { Catalog.erasedProject($0, .fr) },
                             meeting: Catalog.erasedMeeting(.fr))
        #expect(labelled.people[id]?.name == "Personne effacée 1")
        #expect(labelled.cohorts.values.first!.staff[0].name == "Personne effacée 1")
        // Every event that named her says nothing about her any more.
        for recorded in w.journal {
            let erased = recorded.event.erasing(w.state.erasures)
            #expect(!"\(erased)".contains("Camille") && !"\(erased)".contains("camille@"), "\(erased)")
        }
        #expect(w.error(.undo(author: "claire")) == .erasureCannotBeUndone)
        #expect(w.error(.addSessionFacilitator(session: "Atelier 2", person: id)) == .personErased(number: 1))
    }
}

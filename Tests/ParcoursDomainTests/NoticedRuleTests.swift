import Foundation
@testable import ParcoursDomain
import Testing

/// What a facilitator noticed: duplicate programme names, "everyone present" with nobody
/// enrolled, a merge into a project, the testimony speaker's role.
@Suite("Rules a facilitator asked for")
struct NoticedRuleTests {
    @Test func twoProgrammesCannotShareAName() throws {
        let w = World()
        try w.run(.addProgramme(name: "Lance-toi !"))
        #expect(w.error(.addProgramme(name: "LANCE-TOI !")) == .nameTaken(.programme, name: "LANCE-TOI !"))
        try w.run(.addProgramme(name: "Sprint"))
        #expect(w.error(.editProgramme(programme: "Sprint", ProgrammeEdit(name: "lance-toi !"))) == .nameTaken(.programme, name: "lance-toi !"))
        // Renaming a programme to its own name in another case is a correction, not a clash.
        try w.run(.editProgramme(programme: "Sprint", ProgrammeEdit(name: "SPRINT")))
        #expect(w.state.programmes.count == 2)
    }

    @Test func everyonePresentNeedsSomeoneExpected() throws {
        let w = World()
        try w.run(.addProgramme(name: "Lance-toi !"))
        try w.run(.addCohort(programme: "Lance-toi !", name: "Promo", start: day("2021-01-04")))
        try w.run(.addSession(cohort: "Promo", SessionDraft(title: "Atelier", date: day("2021-01-04"))))
        #expect(w.error(.markAllPresent(session: "Atelier")) == .nobodyExpected(session: "Atelier"))
        try w.run(.addHolder(HolderDraft(name: "Léa Martin", cohort: "Promo")))
        try w.run(.markAllPresent(session: "Atelier"))
        #expect(w.error(.markAllPresent(session: "Atelier")) == .nothingToMark(session: "Atelier"))
    }

    @Test func aMergedProjectPointsToTheProjectThatTookItIn() throws {
        let w = try World.standard()
        let organisations = w.state.organisations.count
        try w.run(.setStatus(project: "Recyclerie", status: .fusionne, destinationName: "Épicerie"))
        #expect(w.project("Recyclerie").statusHistory.last?.destination == w.project("Épicerie").id)
        #expect(w.state.organisations.count == organisations, "no organisation named after the project")
        #expect(w.error(.setStatus(project: "Épicerie", status: .fusionne, destinationName: "Épicerie"))
                == .mergeProjectIntoItself(project: "Épicerie"))
        #expect(w.error(.setStatus(project: "Épicerie", status: .fusionne, destinationName: "Nulle part")) == .notFound(.project, reference: "Nulle part"))
    }

    @Test func aTestimonySpeakerJoinsTheStaff() throws {
        let w = try World.standard()
        try w.run(.addStaff(cohort: "Promo 1", name: "Marie Dupuis", role: .temoin))
        #expect(w.cohort("Promo 1").staff.map { [$0.name, $0.role.rawValue] } == [["Marie Dupuis", "temoin"]])
        #expect(Catalog.label(StaffRole.temoin, .fr) == "témoin")
    }
}

import Testing
@testable import ParcoursDomain

/// The lookups by cohort and by holder answer what a scan of every entity would.
@Suite struct StateIndexTests {
    func scanSessions(_ s: State, _ cohort: EntityID) -> [EntityID] {
        s.sessions.values.filter { $0.cohort == cohort }.sorted(by: State.chronological).map(\.id)
    }

    func scanProjects(_ s: State, _ holder: EntityID) -> Set<EntityID> {
        Set(s.projects.values.filter { $0.holders.contains(holder) }.map(\.id))
    }

    func agree(_ w: World) {
        for cohort in w.state.cohorts.keys {
            #expect(w.state.sessions(cohort: cohort).map(\.id) == scanSessions(w.state, cohort))
        }
        for holder in w.state.holders.keys {
            #expect(Set(w.state.projects(holder: holder).map(\.id)) == scanProjects(w.state, holder))
        }
    }

    @Test func lookupsFollowCreationJoiningRemovalAndUndo() throws {
        let w = try World.standard()
        agree(w)
        try w.run(.addHolderToProject(holder: "Tom Durand", project: "Épicerie"))
        #expect(w.state.projects(holder: w.holder("Tom Durand").id).map(\.title) == ["Épicerie", "Recyclerie"])
        agree(w)
        try w.run(.undo(author: w.author))
        #expect(w.state.projects(holder: w.holder("Tom Durand").id).map(\.title) == ["Recyclerie"])
        agree(w)
        try w.run(.addSession(cohort: "Promo 1", SessionDraft(title: "Visite", date: Day(iso: "2021-02-20")!, kind: .visite)))
        agree(w)
        try w.run(.undo(author: w.author))
        #expect(!w.state.sessions(cohort: w.cohort("Promo 1").id).contains { $0.title == "Visite" })
        agree(w)
        try w.run(.redo(author: w.author))
        #expect(w.state.sessions(cohort: w.cohort("Promo 1").id).contains { $0.title == "Visite" })
        agree(w)
    }
}

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

    func scanNotes(_ s: State, _ target: NoteTarget) -> [EntityID] {
        s.notes.values.filter { $0.target == target }.sorted { ($0.time, $0.id) < ($1.time, $1.id) }.map(\.id)
    }

    /// The last activity of a project by reading every note and every mark.
    func scanLastActivity(_ s: State, _ project: Project) -> Day {
        var days = [project.created] + project.stageHistory.map(\.date)
        let about = Set([project.id] + project.holders)
        days += s.notes.values.filter { about.contains($0.target.id) }.map(\.date)
        for (session, byHolder) in s.marks {
            for (holder, value) in byHolder where value.mark == .present && project.holders.contains(holder) {
                if let date = s.sessions[session]?.date { days.append(date) }
            }
        }
        return days.max()!
    }

    func nonEmpty<K>(_ lookup: [K: Set<EntityID>]) -> [K: Set<EntityID>] { lookup.filter { !$0.value.isEmpty } }

    func agree(_ w: World) {
        // The lookups the fold keeps are what the tables alone give (a restored snapshot).
        let rebuilt = State(tables: w.state.tables)
        #expect(nonEmpty(rebuilt.lookups.sessionsByCohort) == nonEmpty(w.state.lookups.sessionsByCohort))
        #expect(nonEmpty(rebuilt.lookups.sessionsByWeek) == nonEmpty(w.state.lookups.sessionsByWeek))
        // The lookups held in arrays: each id once, in any order.
        for lookup in [\State.lookups.projectsByHolder, \.lookups.notesByTarget, \.lookups.presentAt] {
            for (key, ids) in w.state[keyPath: lookup] { #expect(Set(ids).count == ids.count, "\(key)") }
            #expect(nonEmpty(rebuilt[keyPath: lookup].mapValues(Set.init)) == nonEmpty(w.state[keyPath: lookup].mapValues(Set.init)))
        }
        for cohort in w.state.cohorts.keys {
            #expect(w.state.sessions(cohort: cohort).map(\.id) == scanSessions(w.state, cohort))
            let scope: Set<EntityID> = [cohort]
            #expect(w.state.pastPlannedSessions(today: day("2021-12-31"), cohorts: scope).map(\.id)
                    == w.state.pastPlannedSessions(today: day("2021-12-31")).filter { $0.cohort == cohort }.map(\.id))
            #expect(w.state.stalledProjects(asOf: day("2021-12-31"), cohorts: scope).map(\.project)
                    == w.state.stalledProjects(asOf: day("2021-12-31")).map(\.project).filter { id in
                        w.state.projects[id]!.holders.contains { w.state.isTakingPart(holder: $0, cohort: cohort) }
                    })
        }
        for (start, length) in [("2021-01-01", 7), ("2021-01-12", 1), ("2021-01-18", 14), ("2020-12-30", 120), ("2021-02-20", 3)] {
            let from = day(start), to = day(start).adding(days: length)
            #expect(w.state.sessions(from: from, to: to).map(\.id)
                    == w.state.sessions.values.filter { $0.date >= from && $0.date < to }.sorted(by: State.chronological).map(\.id),
                    "\(start) +\(length)")
        }
        for holder in w.state.holders.keys {
            #expect(Set(w.state.projects(holder: holder).map(\.id)) == scanProjects(w.state, holder))
            #expect(w.state.notes(about: .holder(holder)).map(\.id) == scanNotes(w.state, .holder(holder)))
        }
        for project in w.state.projects.values {
            #expect(w.state.notes(about: .project(project.id)).map(\.id) == scanNotes(w.state, .project(project.id)))
            #expect(w.state.lastActivity(project: project) == scanLastActivity(w.state, project), "\(project.title)")
        }
    }

    @Test func activityFollowsMarksNotesAndUndo() throws {
        let w = try World.standard()
        let first = w.state.sessions(cohort: w.cohort("Promo 1").id)[0]
        let second = w.state.sessions(cohort: w.cohort("Promo 1").id)[1]
        try w.run(.attend(session: second.id, holder: "Léa Martin", mark: .present))
        let lea = w.project("Épicerie")
        #expect(w.state.lastActivity(project: lea) == max(second.date, lea.created))
        agree(w)
        try w.run(.attend(session: first.id, holder: "Léa Martin", mark: .present))
        // Present again (now remote): still one entry for that session.
        try w.run(.attend(session: first.id, holder: "Léa Martin", mark: .present, remote: true))
        #expect(w.state.lookups.presentAt[w.holder("Léa Martin").id]?.filter { $0 == first.id }.count == 1)
        try w.run(.attend(session: second.id, holder: "Léa Martin", mark: .absent))
        #expect(w.state.lookups.presentAt[w.holder("Léa Martin").id] == [first.id])
        agree(w)
        try w.run(.undo(author: w.author))
        agree(w)
        try w.run(.clearMark(session: second.id, holder: "Léa Martin"))
        agree(w)
        try w.run(.addNote(target: "Tom Durand", text: "Appel"))
        try w.run(.addNote(target: "Épicerie", text: "Devis reçu"))
        agree(w)
        #expect(w.state.notes(about: .holder(w.holder("Tom Durand").id)).map(\.text) == ["Appel"])
        try w.run(.undo(author: w.author))
        #expect(w.state.notes(about: .project(lea.id)).isEmpty)
        agree(w)
        try w.run(.redo(author: w.author))
        #expect(w.state.notes(about: .project(lea.id)).map(\.text) == ["Devis reçu"])
        agree(w)
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
        // Moved to another week, and back by undo.
        try w.run(.updateSession(session: "Visite", SessionEdit(date: day("2021-01-13"))))
        #expect(w.state.sessions(from: day("2021-01-13"), to: day("2021-01-14")).map(\.title).contains("Visite"))
        agree(w)
        try w.run(.undo(author: w.author))
        #expect(w.state.sessions(from: day("2021-02-20"), to: day("2021-02-21")).map(\.title) == ["Visite"])
        agree(w)
    }
}

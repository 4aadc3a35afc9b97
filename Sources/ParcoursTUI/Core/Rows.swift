import Foundation
import ParcoursDomain
import ParcoursKit

/// The rows each screen shows, computed from the state once here so `update` (which
/// needs counts and the selected entity) and the views agree. Business figures come from
/// ParcoursDomain's computations; nothing is computed here but order and filtering.
enum Rows {
    /// Whether a row's texts match a filter (case- and accent-insensitive; empty matches all).
    static func matches(_ filter: String, _ texts: [String]) -> Bool {
        let key = Vocabulary.fold(filter)
        guard !key.isEmpty else { return true }
        return texts.contains { Vocabulary.fold($0).contains(key) }
    }

    // MARK: Dashboard

    /// Programmes with their cohorts' ids in dashboard order: programmes running a cohort
    /// first, then by name; within a programme running cohorts, then recruiting, planned,
    /// and closed ones last (the most recent first), since closed ones need nothing. Ids,
    /// not cohorts: a network has thousands, and the screen shows a dozen.
    static func dashboard(_ state: State) -> [(programme: Programme, cohorts: [EntityID])] {
        func rank(_ status: CohortStatus) -> Int {
            switch status {
            case .running: 0
            case .recruiting: 1
            case .planned: 2
            case .closed: 3
            }
        }
        // One pass over every cohort, keeping small sort keys; then each programme's sorted.
        typealias Key = (rank: Int, day: Int, id: EntityID, closed: Bool)
        var byProgramme: [EntityID: [Key]] = [:]
        for (id, cohort) in state.cohorts {
            let day = cohort.start.year * 10_000 + cohort.start.month * 100 + cohort.start.day
            // Closed cohorts: the most recent first (ties by id, reversed too).
            let closed = cohort.status == .closed
            byProgramme[cohort.programme, default: []].append((rank(cohort.status), closed ? -day : day, id, closed))
        }
        let groups = state.programmes.values.map { programme in
            let keys = (byProgramme[programme.id] ?? []).sorted { a, b in
                if (a.rank, a.day) != (b.rank, b.day) { return (a.rank, a.day) < (b.rank, b.day) }
                return a.closed ? b.id < a.id : a.id < b.id
            }
            return (programme: programme, cohorts: keys.map(\.id), best: keys.first?.rank ?? 4)
        }
        return groups.sorted { a, b in
            (a.best == 0 ? 0 : 1, a.programme.name, a.programme.id) < (b.best == 0 ? 0 : 1, b.programme.name, b.programme.id)
        }.map { (programme: $0.programme, cohorts: $0.cohorts) }
    }

    /// Planned sessions of the next seven days (today included), across cohorts; with
    /// `mine`, those of the cohorts where one of those holders takes part (an individual
    /// meeting only when it is with one of them).
    static func thisWeek(_ state: State, today: Day, mine: Set<EntityID>? = nil) -> [Session] {
        thisWeek(state, from: today, to: today.adding(days: 7), mine: mine)
    }

    /// The same from `start` to `end` (excluded); `planned: false` keeps held and cancelled ones too.
    static func thisWeek(_ state: State, from start: Day, to end: Day, mine: Set<EntityID>?, planned: Bool = true) -> [Session] {
        state.sessions(from: start, to: end).filter { session in
            guard !planned || session.status == .planned else { return false }
            guard let mine else { return true }
            if session.kind == .individuel, let holder = session.holder { return mine.contains(holder) }
            return state.participations(cohort: session.cohort).contains { mine.contains($0.holder) }
        }
    }

    // MARK: Participants

    struct Participant: Hashable {
        var holder: Holder
        var project: Project?
        var participation: Participation
        var rate: Double?
        var lastActivity: Day?
    }

    /// With `mine`, only those holders ("my holders").
    static func participants(_ state: State, cohort: EntityID, sort: ParticipantSort, filter: String,
                             _ l: Language, mine: Set<EntityID>? = nil) -> [Participant] {
        let participations = state.participations(cohort: cohort).filter { mine?.contains($0.holder) ?? true }
        let activity = state.lastActivity(holders: participations.map(\.holder))
        let rows = participations.compactMap { p -> Participant? in
            guard let holder = state.holders[p.holder] else { return nil }
            let project = state.projects(holder: holder.id).first
            return Participant(holder: holder, project: project, participation: p,
                               rate: state.attendance(holder: holder.id, cohort: cohort).rate,
                               lastActivity: activity[holder.id])
        }.filter { row in
            matches(filter, [row.holder.name, row.project?.title ?? "",
                             row.project.map { Catalog.label($0.stage, l) } ?? ""])
        }
        switch sort {
        case .name: return rows
        case .stage: return rows.sorted { ($0.project?.stage ?? .envie) > ($1.project?.stage ?? .envie) }
        case .attendance: return rows.sorted { ($0.rate ?? 2) < ($1.rate ?? 2) }
        case .activity:
            return rows.sorted { ($0.lastActivity ?? Day(year: 1, month: 1, day: 1)!) < ($1.lastActivity ?? Day(year: 1, month: 1, day: 1)!) }
        }
    }

    // MARK: Sessions and roll call

    static func sessions(_ state: State, cohort: EntityID, filter: String, _ l: Language) -> [Session] {
        state.sessions(cohort: cohort).filter {
            matches(filter, [$0.title, Catalog.label($0.kind, l), UIText.kindShort($0.kind, l), state.venueName(of: $0) ?? "", $0.date.iso,
                             holderName($0, state) ?? ""])
        }
    }

    /// The holder met at an individual meeting.
    static func holderName(_ session: Session, _ state: State) -> String? {
        session.kind == .individuel ? session.holder.flatMap { state.holders[$0]?.name } : nil
    }

    /// A session's title for one line: an individual meeting leads with the holder's name.
    static func sessionTitle(_ session: Session, _ state: State) -> String {
        guard let name = holderName(session, state) else { return session.title }
        return name + " · " + session.title
    }

    /// A session's title for a table cell: the holder's name alone for an individual
    /// meeting (its own title shows in the detail pane).
    static func shortTitle(_ session: Session, _ state: State) -> String {
        holderName(session, state) ?? session.title
    }

    /// The roll call's columns: the cohort's sessions that are not cancelled, individual
    /// meetings included (only their holder is expected there).
    static func rollSessions(_ state: State, cohort: EntityID) -> [Session] {
        state.sessions(cohort: cohort).filter { $0.status != .cancelled }
    }

    /// With `mine`, only those holders ("my holders").
    static func rollHolders(_ state: State, cohort: EntityID, mine: Set<EntityID>? = nil) -> [Holder] {
        let holders = state.holdersTakingPart(cohort: cohort)
        guard let mine else { return holders }
        return holders.filter { mine.contains($0.id) }
    }

    // MARK: Pipeline

    struct Card: Hashable {
        var project: Project
        var holder: Holder
    }

    struct Column: Hashable {
        var stage: Stage
        var cards: [Card]
        var folded: Bool
    }

    static func pipeline(_ state: State, cohort: EntityID, fold: Bool) -> [Column] {
        let targets = state.cohorts[cohort].flatMap { state.programmes[$0.programme] }?.targetStages ?? []
        var byStage: [Stage: [Card]] = [:]
        var seen = Set<EntityID>()
        for holder in state.holdersTakingPart(cohort: cohort) {
            for project in state.projects(holder: holder.id) where seen.insert(project.id).inserted {
                byStage[project.stage, default: []].append(Card(project: project, holder: holder))
            }
        }
        return Stage.allCases.map { stage in
            let cards = byStage[stage] ?? []
            let foldable = cards.isEmpty && (targets.isEmpty || !targets.contains(stage))
            return Column(stage: stage, cards: cards, folded: fold && foldable)
        }
    }

    // MARK: Journal

    /// What a journal line can be found by: the names of the holders, projects (and
    /// their holders), sessions and cohorts it refers to, besides its own words.
    static func names(_ references: [EntityID], _ state: State) -> [String] {
        var out: [String] = []
        for id in references {
            if let holder = state.holders[id] { out.append(holder.name) }
            if let project = state.projects[id] {
                out.append(project.title)
                out += project.holders.compactMap { state.holders[$0]?.name }
            }
            if let session = state.sessions[id] { out.append(session.title) }
            if let cohort = state.cohorts[id] { out.append(cohort.name) }
        }
        return out
    }

    /// The cohort's events (its own, its sessions', its holders' and their projects'),
    /// newest first, in plain words, from the lines read back from the logs.
    static func journal(_ state: State, _ events: [RecordedEvent], filter: String, _ l: Language) -> [Journal.Entry] {
        events.reversed().compactMap { recorded in
            let entry = Journal.entry(recorded, state, l, payload: false)
            guard !filter.isEmpty else { return entry }
            let texts = [entry.text, entry.author] + names(recorded.event.references, state)
            return matches(filter, texts) ? entry : nil
        }
    }
}

extension State {
    /// Days since the project reached its current stage (0 on the day itself).
    public func daysInCurrentStage(project: EntityID, asOf day: Day) -> Int? {
        projects[project].map { $0.stageSince.days(to: day) }
    }

    /// The last day something happened to a holder: a note about them or their projects,
    /// a stage change of their projects, a session they attended, a project created.
    public func lastActivity(holder: EntityID) -> Day? {
        lastActivity(holders: [holder])[holder]
    }

    /// `lastActivity(holder:)` for many holders at once, reading notes and marks once
    /// (a cohort's table would otherwise read them once per row).
    public func lastActivity(holders: some Sequence<EntityID>) -> [EntityID: Day] {
        let index = ActivityIndex(self)
        var result: [EntityID: Day] = [:]
        for holder in holders {
            var days: [Day] = [index.notes[holder], index.attended[holder]].compactMap { $0 }
            for project in projects(holder: holder) { days.append(lastActivity(project: project, index)) }
            if let last = days.max() { result[holder] = last }
        }
        return result
    }

    /// The last day something happened to a project: created, stage moved, a note about
    /// it or its holders, a session one of its holders attended.
    public func lastActivity(project: Project) -> Day {
        lastActivity(project: project, ActivityIndex(self))
    }

    func lastActivity(project: Project, _ index: ActivityIndex) -> Day {
        var days = [project.created] + project.stageHistory.map(\.date)
        days += [index.notes[project.id]].compactMap { $0 }
        for holder in project.holders {
            days += [index.notes[holder], index.attended[holder]].compactMap { $0 }
        }
        return days.max()!
    }

    /// Active projects of holders taking part (in the given cohorts, or any) with no stage
    /// change, note or attendance for `days` days or more as of `day`. Longest first.
    public func stalledProjects(asOf day: Day, days threshold: Int = 30,
                                cohorts: Set<EntityID>? = nil) -> [StalledProject] {
        let taking = holdersTakingPart(cohorts: cohorts)
        let index = ActivityIndex(self)
        return projects.values.compactMap { project -> StalledProject? in
            guard project.status == .actif else { return nil }
            let holders = project.holders.filter(taking.contains)
            guard !holders.isEmpty else { return nil }
            let last = lastActivity(project: project, index)
            let idle = last.days(to: day)
            guard idle >= threshold else { return nil }
            return StalledProject(project: project.id, holders: holders.sorted { (holderSortKey($0), $0) < (holderSortKey($1), $1) },
                                  days: idle, lastActivity: last)
        }.sorted { ($1.days, projects[$0.project]?.title ?? "") < ($0.days, projects[$1.project]?.title ?? "") }
    }

    /// Holders taking part in any of the cohorts (or in any cohort).
    public func holdersTakingPart(cohorts: Set<EntityID>? = nil) -> Set<EntityID> {
        var result = Set<EntityID>()
        for (cohort, byHolder) in participations where cohorts?.contains(cohort) ?? true {
            for (holder, participation) in byHolder where participation.status.isTakingPart { result.insert(holder) }
        }
        return result
    }
}

/// Last note day per target id and last attended day per holder, built in one pass
/// so activity figures stay linear in the size of the state.
struct ActivityIndex {
    var notes: [EntityID: Day] = [:]
    var attended: [EntityID: Day] = [:]

    init(_ state: State) {
        for note in state.notes.values {
            notes[note.target.id] = max(notes[note.target.id] ?? note.date, note.date)
        }
        for (sessionID, byHolder) in state.marks {
            guard let session = state.sessions[sessionID] else { continue }
            for (holder, value) in byHolder where value.mark == .present {
                attended[holder] = max(attended[holder] ?? session.date, session.date)
            }
        }
    }
}

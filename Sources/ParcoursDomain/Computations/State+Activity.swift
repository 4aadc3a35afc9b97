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

    /// `lastActivity(holder:)` for many holders at once.
    public func lastActivity(holders: some Sequence<EntityID>) -> [EntityID: Day] {
        var result: [EntityID: Day] = [:]
        for holder in holders {
            var days: [Day] = [lastNoteDay(about: holder), lastAttendedDay(holder)].compactMap { $0 }
            for project in projects(holder: holder) { days.append(lastActivity(project: project)) }
            if let last = days.max() { result[holder] = last }
        }
        return result
    }

    /// The last day something happened to a project: created, stage moved, a note about
    /// it or its holders, a session one of its holders attended.
    public func lastActivity(project: Project) -> Day {
        var last = project.stageHistory.reduce(project.created) { max($0, $1.date) }
        if let day = lastNoteDay(about: project.id) { last = max(last, day) }
        for holder in project.holders {
            if let day = lastNoteDay(about: holder) { last = max(last, day) }
            if let day = lastAttendedDay(holder) { last = max(last, day) }
        }
        return last
    }

    /// The day of the last note about a holder or a project (through the index kept by `apply`).
    func lastNoteDay(about target: EntityID) -> Day? {
        (lookups.notesByTarget[target] ?? []).compactMap { notes[$0]?.date }.max()
    }

    /// The last day of a session the holder was marked present at.
    func lastAttendedDay(_ holder: EntityID) -> Day? {
        (lookups.presentAt[holder] ?? []).compactMap { sessions[$0]?.date }.max()
    }

    /// Active projects of holders still in the accompaniment (in the given cohorts, or any)
    /// with no stage change, note or attendance for `days` days or more as of `day`.
    /// Longest first, then by title, then by id (two projects may share a title: the order
    /// never varies). Once a holder's cohort is over (closed, or past its end) or their
    /// participation ended, quiet is expected: follow-up waves take over, not an alert.
    public func stalledProjects(asOf day: Day, days threshold: Int = 30,
                                cohorts: Set<EntityID>? = nil) -> [StalledProject] {
        let taking = holdersInProgress(cohorts: cohorts, asOf: day)
        // For some cohorts, only their holders' projects (through the index); for the
        // whole network, every project.
        let candidates: [Project] = cohorts == nil ? Array(projects.values)
            : Set(taking.flatMap { lookups.projectsByHolder[$0] ?? [] }).compactMap { projects[$0] }
        let stalled = candidates.compactMap { project -> StalledProject? in
            guard project.status == .actif else { return nil }
            let holders = project.holders.filter(taking.contains)
            guard !holders.isEmpty else { return nil }
            let last = lastActivity(project: project)
            let idle = last.days(to: day)
            guard idle >= threshold else { return nil }
            return StalledProject(project: project.id, holders: byHolderName(holders) { $0 },
                                  days: idle, lastActivity: last)
        }
        // Ties by title as people sort them ("Épicerie" with the E's); each title's key
        // made once, not at every comparison.
        return stalled.map { (title: NameKey.of(projects[$0.project]?.title ?? ""), stalled: $0) }
            .sorted { ($1.stalled.days, $0.title, $0.stalled.project) < ($0.stalled.days, $1.title, $1.stalled.project) }
            .map(\.stalled)
    }

    /// Holders enrolled or under way (inscrit, en cours) in a cohort of `cohorts` (or any)
    /// that is not closed and has not ended before `day`.
    public func holdersInProgress(cohorts: Set<EntityID>? = nil, asOf day: Day) -> Set<EntityID> {
        var result = Set<EntityID>()
        for (cohort, byHolder) in participations where cohorts?.contains(cohort) ?? true {
            guard let known = self.cohorts[cohort], known.status != .closed, (known.end.map { $0 >= day } ?? true) else { continue }
            for (holder, participation) in byHolder where participation.status == .inscrit || participation.status == .enCours {
                result.insert(holder)
            }
        }
        return result
    }

    /// Holders taking part in any of the cohorts (or in any cohort).
    public func holdersTakingPart(cohorts: Set<EntityID>? = nil) -> Set<EntityID> {
        var result = Set<EntityID>()
        func add(_ byHolder: [EntityID: Participation]) {
            for (holder, participation) in byHolder where participation.status.isTakingPart { result.insert(holder) }
        }
        if let cohorts {
            for cohort in cohorts { add(participations[cohort] ?? [:]) }
        } else {
            for byHolder in participations.values { add(byHolder) }
        }
        return result
    }
}

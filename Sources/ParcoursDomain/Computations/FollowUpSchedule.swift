/// The follow-ups a programme's plan asks for, and where each stands: who to call back,
/// when, and what is already known. The one computation the list (`parcours list
/// followups`), the interface and the report's figures share.
///
/// A wave is due for a project when one of its holders' participations in a cohort of a
/// programme with a follow-up plan has ended — moved to `termine` or `sorti` (a
/// transfer carries on elsewhere and ends there) — on the day of that move plus the wave's
/// months. Holders of one project who ended on different days give the latest end.
/// One record per project and wave, whichever programme planned it.
public struct FollowUpItem: Hashable, Sendable {
    /// What is known of the project at that wave.
    public enum Standing: Hashable, Sendable {
        /// A follow-up was recorded at this wave.
        case recorded(FollowUp)
        /// Not recorded, but known: an earlier follow-up found the activity ceased (at that wave).
        case ceasedEarlier(wave: Int)
        /// Not recorded, but known: the project's status on the due day had ended it
        /// (abandoned, redirected, ceased).
        case endedByStatus(ProjectStatus)
        /// Due (on or before today) and not recorded.
        case due
        /// Not yet due.
        case upcoming
    }

    public var project: EntityID
    public var programme: EntityID
    /// The cohort of the participation whose end counts.
    public var cohort: EntityID
    /// Holders of the project whose participation ended there.
    public var holders: [EntityID]
    /// The day the participation ended.
    public var end: Day
    /// Months after `end`.
    public var wave: Int
    /// `end` plus the wave.
    public var dueDay: Day
    public var standing: Standing

    /// Days since it was due, when due and not known (0 on the day itself).
    public func overdue(today: Day) -> Int? {
        guard case .due = standing else { return nil }
        return dueDay.days(to: today)
    }
}

extension State {
    /// The waves planned by the programmes a project went through (its holders'
    /// participations taking part), in order.
    public func plannedWaves(project: EntityID) -> [Int] {
        var waves = Set<Int>()
        for holder in projects[project]?.holders ?? [] {
            for participation in participations(holder: holder) where participation.status.isTakingPart {
                guard let programme = cohorts[participation.cohort]?.programme else { continue }
                waves.formUnion(followUpPlans[programme] ?? [])
            }
        }
        return waves.sorted()
    }

    /// The milestones of their own that the programmes a project went through add to the
    /// standard list (every programme's, when those add none).
    public func milestones(available project: EntityID) -> [CustomMilestone] {
        var programmesSeen = Set<EntityID>()
        for holder in projects[project]?.holders ?? [] {
            for participation in participations(holder: holder) {
                if let programme = cohorts[participation.cohort]?.programme { programmesSeen.insert(programme) }
            }
        }
        let own = programmesSeen.sorted().flatMap { programmeMilestones[$0] ?? [] }
        if !own.isEmpty { return own }
        return programmeMilestones.keys.sorted().flatMap { programmeMilestones[$0] ?? [] }
    }

    /// The follow-ups planned for the participations of `cohorts` (every cohort when nil)
    /// of the holders in `holders` (every holder when nil), as of `today`: one item per
    /// project, programme and wave, in due order (then project, programme, wave).
    public func followUpSchedule(today: Day, cohorts wanted: Set<EntityID>? = nil,
                                 holders admitted: Set<EntityID>? = nil) -> [FollowUpItem] {
        struct Key: Hashable { var project: EntityID; var programme: EntityID }
        var ends: [Key: (end: Day, cohort: EntityID, holders: Set<EntityID>)] = Dictionary(minimumCapacity: projects.count)
        let cohortIDs = (wanted ?? Set(cohorts.keys)).sorted()
        for cohortID in cohortIDs {
            guard let cohort = cohorts[cohortID], let plan = followUpPlans[cohort.programme], !plan.isEmpty else { continue }
            for (holder, participation) in participations[cohortID] ?? [:] {
                guard admitted?.contains(holder) ?? true, holders[holder] != nil,
                      participation.status == .termine || participation.status == .sorti,
                      let end = participation.history.last(where: { $0.to == participation.status })?.date else { continue }
                for project in lookups.projectsByHolder[holder] ?? [] where projects[project] != nil {
                    let key = Key(project: project, programme: cohort.programme)
                    let known = ends[key]
                    if known == nil || end > known!.end {
                        ends[key] = (end, cohortID, [holder])
                    } else if end == known!.end {
                        ends[key] = (end, min(cohortID, known!.cohort), known!.holders.union([holder]))
                    }
                }
            }
        }
        var items: [FollowUpItem] = []
        // Sized once: grown step by step, every item was copied at each step.
        items.reserveCapacity(ends.count * (followUpPlans.values.map(\.count).max() ?? 0))
        for (key, found) in ends {
            let project = projects[key.project]!
            let records = followUps[key.project] ?? []
            let holders = byHolderName(Array(found.holders), { $0 })
            for wave in followUpPlans[key.programme] ?? [] {
                let due = found.end.adding(months: wave)
                let standing: FollowUpItem.Standing
                if let record = records.first(where: { $0.wave == wave }) {
                    standing = .recorded(record)
                } else if let earlier = records.last(where: { $0.wave < wave }), earlier.activity == .cessee {
                    // The latest follow-up before this wave found it ceased: still ceased.
                    standing = .ceasedEarlier(wave: earlier.wave)
                } else if due <= today, State.endingStatuses.contains(State.status(of: project, on: due)) {
                    standing = .endedByStatus(State.status(of: project, on: due))
                } else {
                    standing = due <= today ? .due : .upcoming
                }
                items.append(FollowUpItem(project: key.project, programme: key.programme, cohort: found.cohort,
                                          holders: holders, end: found.end,
                                          wave: wave, dueDay: due, standing: standing))
            }
        }
        // Sorted by position, then arranged once: sorting the items themselves moved
        // (and retained) every field at each step, a fifth of a network's report.
        let order = items.indices.sorted { a, b in
            let x = items[a], y = items[b]
            return (x.dueDay, x.project, x.programme, x.wave) < (y.dueDay, y.project, y.programme, y.wave)
        }
        return order.map { items[$0] }
    }

    /// The statuses that end a project's activity (abandoned, redirected to training or a
    /// job, ceased): a wave due after such a status is known without a call.
    static let endingStatuses: Set<ProjectStatus> = [.abandonne, .reoriente, .cesse]

    /// A project's status on `day`: the last change dated on or before it, else the
    /// status it was recorded with.
    static func status(of project: Project, on day: Day) -> ProjectStatus {
        let initial = project.statusHistory.first?.from ?? project.status
        return project.statusHistory.last(where: { $0.date <= day })?.to ?? initial
    }
}

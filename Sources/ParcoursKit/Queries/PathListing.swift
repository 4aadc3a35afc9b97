import Foundation
import ParcoursDomain

/// The rows of follow-ups, needs, milestones and funding, for `parcours list` and the
/// interface (the dashboard's "Suivis à faire" and needs by kind). Field names are the
/// JSON contract of `list --json` (snake_case there).
extension Listing {
    public struct FollowUpRow: Codable, Hashable, Sendable {
        public var projectId: String
        public var project: String
        public var holders: [String]
        public var programme: String
        public var cohort: String
        /// "6m", "1y".
        public var wave: String
        public var waveMonths: Int
        /// The day the participation ended, and the day the follow-up is due.
        public var end: String
        public var due: String
        /// "recorded", "due", "upcoming", "ceased_earlier" (an earlier follow-up found it
        /// ceased) or "ended_by_status" (its status had ended it by then).
        public var state: String
        /// Days since it was due, for a follow-up due and not recorded.
        public var overdueDays: Int?
        /// What was recorded (activity id) and when.
        public var activity: String?
        public var recordedOn: String?
    }

    public struct NeedRow: Codable, Hashable, Sendable {
        public var id: String
        public var projectId: String
        public var project: String
        public var holders: [String]
        public var kind: String
        public var description: String?
        public var opened: String
        public var resolved: String?
        public var resolution: String?
    }

    public struct NeedKindCount: Codable, Hashable, Sendable {
        public var kind: String
        public var open: Int
    }

    public struct MilestoneRow: Codable, Hashable, Sendable {
        /// A standard milestone's id, or a programme's own milestone's id.
        public var id: String
        public var standard: Bool
        /// A programme's own milestone's title, and its programme.
        public var title: String?
        public var programme: String?
    }

    public struct FundingRow: Codable, Hashable, Sendable {
        public struct FunderLine: Codable, Hashable, Sendable {
            public var name: String
            /// Euros: as given, or its share of the cost.
            public var amount: Double
            /// The share given (0.6 for 60 %), when given as a share.
            public var share: Double?
        }
        public var targetId: String
        public var target: String
        /// "programme" or "cohort".
        public var kind: String
        /// Euros.
        public var cost: Double
        public var funders: [FunderLine]
        public var fee: Double?
        public var inKind: Double?
    }

    /// The follow-ups planned for the participations of a cohort (or every cohort), as of
    /// `today`, in due order; `dueOnly`: those due and not recorded, but those of projects
    /// that went with an erased person (nothing more can be recorded about them).
    public static func followUps(_ state: State, today: Day, cohort: EntityID? = nil, dueOnly: Bool = false) -> [FollowUpRow] {
        let items = state.followUpSchedule(today: today, cohorts: cohort.map { [$0] })
        return items.filter { !dueOnly || ($0.standing == .due && !state.erasures.covers(project: $0.project)) }.map { item in
            let stateText: String
            var activity: String?, recordedOn: String?
            switch item.standing {
            case .recorded(let record):
                stateText = "recorded"
                activity = record.activity.rawValue
                recordedOn = record.date.iso
            case .ceasedEarlier: stateText = "ceased_earlier"
            case .endedByStatus: stateText = "ended_by_status"
            case .due: stateText = "due"
            case .upcoming: stateText = "upcoming"
            }
            return FollowUpRow(projectId: item.project, project: state.projects[item.project]?.title ?? item.project,
                               holders: item.holders.map { state.holders[$0]?.name ?? $0 },
                               programme: state.programmes[item.programme]?.name ?? item.programme,
                               cohort: state.cohorts[item.cohort]?.name ?? item.cohort,
                               wave: FollowUpWave.id(item.wave), waveMonths: item.wave, end: item.end.iso, due: item.dueDay.iso,
                               state: stateText, overdueDays: item.overdue(today: today), activity: activity, recordedOn: recordedOn)
        }
    }

    /// Needs of the projects of a cohort's holders (or of every project), open first, by
    /// kind in the catalog's order, then the day they appeared.
    public static func needs(_ state: State, cohort: EntityID? = nil, openOnly: Bool = false) -> [NeedRow] {
        let projects: Set<EntityID>? = cohort.map { c in
            Set((state.participations[c] ?? [:]).keys.flatMap { state.projects(holder: $0).map(\.id) })
        }
        let order = Dictionary(uniqueKeysWithValues: NeedKind.allCases.enumerated().map { ($1, $0) })
        return state.needs.values
            .filter { (projects?.contains($0.project) ?? true) && (!openOnly || $0.isOpen) && state.projects[$0.project] != nil }
            .sorted { ($0.isOpen ? 0 : 1, order[$0.kind]!, $0.opened, $0.id) < ($1.isOpen ? 0 : 1, order[$1.kind]!, $1.opened, $1.id) }
            .map { need in
                let project = state.projects[need.project]
                return NeedRow(id: need.id, projectId: need.project, project: project?.title ?? need.project,
                               holders: (project?.holders ?? []).compactMap { state.holders[$0]?.name }, kind: need.kind.rawValue,
                               description: need.description, opened: need.opened.iso, resolved: need.resolved?.iso,
                               resolution: need.resolution)
            }
    }

    /// Open needs by kind, every kind in the catalog's order (the dashboard's count).
    public static func openNeedsByKind(_ state: State) -> [NeedKindCount] {
        var open: [NeedKind: Int] = [:]
        for need in state.needs.values where need.isOpen && state.projects[need.project] != nil { open[need.kind, default: 0] += 1 }
        return NeedKind.allCases.map { NeedKindCount(kind: $0.rawValue, open: open[$0] ?? 0) }
    }

    /// The standard milestones in their order, then the programmes' own (of one programme
    /// when given), by programme and title.
    public static func milestones(_ state: State, programme: EntityID? = nil) -> [MilestoneRow] {
        let standard = StandardMilestone.allCases.map { MilestoneRow(id: $0.rawValue, standard: true, title: nil, programme: nil) }
        let own = state.programmeMilestones
            .filter { programme == nil || $0.key == programme }
            .flatMap { key, list in list.map { (programme: state.programmes[key]?.name ?? key, milestone: $0) } }
            .sorted { ($0.programme, NameKey.of($0.milestone.title), $0.milestone.id) < ($1.programme, NameKey.of($1.milestone.title), $1.milestone.id) }
            .map { MilestoneRow(id: $0.milestone.id, standard: false, title: $0.milestone.title, programme: $0.programme) }
        return standard + own
    }

    /// A programme's or cohort's funding as recorded (nil when none).
    public static func funding(_ state: State, target: EntityID) -> FundingRow? {
        guard let funding = state.funding[target] else { return nil }
        let cohort = state.cohorts[target]
        return FundingRow(
            targetId: target, target: cohort?.name ?? state.programmes[target]?.name ?? target,
            kind: cohort == nil ? "programme" : "cohort", cost: Money.euros(funding.cost),
            funders: funding.funders.map {
                FundingRow.FunderLine(name: state.organisations[$0.organisation]?.name ?? $0.organisation,
                                      amount: Money.euros(funding.amount(of: $0)), share: $0.share.map { Double($0) / 10_000 })
            },
            fee: funding.fee.map(Money.euros), inKind: funding.inKind.map(Money.euros))
    }
}

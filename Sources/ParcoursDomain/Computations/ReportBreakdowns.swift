/// The breakdowns a bilan asks for beside the totals (domain.md §4.1): who applied and who
/// was selected, who was in the room and for how many person-hours, and the holders and
/// projects by sector, profile tag and commune.
public struct ReportBreakdowns: Hashable, Sendable, Codable {
    /// Participations in scope (the report's `candidates`) by how selection went.
    public struct Applicants: Hashable, Sendable, Codable {
        /// Selected: retenu or any later status.
        public var selected: Int
        /// Not selected (non_retenu).
        public var notSelected: Int
        /// Still candidates, not decided yet.
        public var undecided: Int

        enum CodingKeys: String, CodingKey {
            case selected, undecided
            case notSelected = "not_selected"
        }
    }

    /// Who was in the room at the held sessions.
    public struct Participants: Hashable, Sendable, Codable {
        /// Holders marked present at least once.
        public var people: Int
        /// Present marks (one person at one session).
        public var presences: Int
        /// Each present mark counted for its session's length: hours per person, the
        /// figure European funds ask for, not hours per session.
        public var personHours: Double

        enum CodingKeys: String, CodingKey {
            case people, presences
            case personHours = "person_hours"
        }
    }

    public var applicants: Applicants
    public var participants: Participants
    /// Sector → projects of holders taking part (a project with two sectors counts in both).
    public var sectors: [String: Int]
    /// Free tag → holders taking part.
    public var tags: [String: Int]
    /// Profile (jeune adulte, QPV, RSA… recorded with the person's consent) → holders
    /// taking part; holders without a consented profile are not counted.
    public var profiles: [String: Int]
    /// Commune → holders taking part ("" when not known).
    public var communes: [String: Int]

    enum CodingKeys: String, CodingKey {
        case applicants, participants
        case sectors = "by_sector"
        case tags = "by_tag"
        case profiles = "by_profile"
        case communes = "by_commune"
    }

    /// Computes the breakdowns over `cohorts` (already narrowed by the filter), for the
    /// holders in `taking`, counting sessions dated in the filter's period.
    static func make(state: State, cohorts: Set<EntityID>, taking: Set<EntityID>, filter: ReportFilter) -> ReportBreakdowns {
        var applicants = Applicants(selected: 0, notSelected: 0, undecided: 0)
        for cohort in cohorts {
            for (holder, participation) in state.participations[cohort] ?? [:] where filter.admits(holder: holder, in: state) {
                switch participation.status {
                case .candidat: applicants.undecided += 1
                case .nonRetenu: applicants.notSelected += 1
                case .retenu, .inscrit, .enCours, .termine, .sorti, .transfere: applicants.selected += 1
                }
            }
        }

        // Minutes summed as integers, then turned into hours once (see FunderFigures).
        var present = Set<EntityID>(), presences = 0, minutes = 0
        for session in state.sessions.values
        where cohorts.contains(session.cohort) && filter.contains(session.date) && session.status == .held {
            for (holder, value) in state.marks[session.id] ?? [:] where value.mark == .present && taking.contains(holder) {
                present.insert(holder)
                presences += 1
                minutes += session.duration.minutes
            }
        }

        var sectors: [String: Int] = [:], tags: [String: Int] = [:], communes: [String: Int] = [:]
        var profiles: [String: Int] = [:]
        for project in state.projects.values where project.holders.contains(where: taking.contains) {
            for sector in Set(project.sectors) { sectors[sector, default: 0] += 1 }
        }
        for holder in taking {
            guard let known = state.holders[holder] else { continue }
            for tag in Set(known.tags) { tags[tag, default: 0] += 1 }
            communes[known.commune ?? "", default: 0] += 1
            if let data = state.sensitive[holder], data.consents[.profile] != nil {
                for tag in Set(data.profile) { profiles[tag.rawValue, default: 0] += 1 }
            }
        }
        return ReportBreakdowns(
            applicants: applicants,
            participants: Participants(people: present.count, presences: presences,
                                       personHours: TimeSpan(minutes: minutes).hours),
            sectors: sectors, tags: tags, profiles: profiles, communes: communes)
    }
}

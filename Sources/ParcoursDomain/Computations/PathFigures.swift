/// Where the projects stand on their path (domain.md F11, F13, F16): milestones reached,
/// needs open and resolved, projects whose structure already existed. Over
/// the report's projects (those of the holders taking part, narrowed by period and
/// commune), as they stand on the report's day.
public struct PathFigures: Hashable, Sendable, Codable {
    public struct Milestone: Hashable, Sendable, Codable {
        /// A standard milestone's id, or a programme's own milestone's id.
        public var id: String
        /// A programme's own milestone's title (null for a standard one: the catalog labels it).
        public var title: String?
        public var standard: Bool
        /// Projects that reached it.
        public var projects: Int

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(title, forKey: .title)
            try c.encode(standard, forKey: .standard)
            try c.encode(projects, forKey: .projects)
        }
    }

    public struct Needs: Hashable, Sendable, Codable {
        public var open: Int
        public var resolved: Int
    }

    /// Already-created vs new projects (domain.md §4.1: "14 porteurs de projet, dont 11
    /// structures déjà créées").
    public struct Origin: Hashable, Sendable, Codable {
        public var alreadyCreated: Int
        public var new: Int
        /// Not said (`project edit --already-created yes|no`).
        public var unknown: Int

        enum CodingKeys: String, CodingKey {
            case new, unknown
            case alreadyCreated = "already_created"
        }
    }

    /// Every standard milestone in its order, then the programmes' own by title.
    public var milestones: [Milestone]
    /// Need kind id → needs of the projects (every kind).
    public var needs: [String: Needs]
    public var projects: Origin
    // No breakdown by legal form: an erasure empties a project's legal form, and the
    // report's figures must stay the same when someone is erased.

    static func make(state: State, cohorts: Set<EntityID>, taking: Set<EntityID>) -> PathFigures {
        let projects = state.projects.values.filter { $0.holders.contains(where: taking.contains) }
        let inScope = Set(projects.map(\.id))

        var reached: [String: Int] = [:]
        for project in inScope {
            for id in (state.milestones[project] ?? [:]).keys { reached[id, default: 0] += 1 }
        }
        var milestones = StandardMilestone.allCases.map {
            Milestone(id: $0.rawValue, title: nil, standard: true, projects: reached[$0.rawValue] ?? 0)
        }
        // The programmes' own: those of the scope's programmes, and any a project reached.
        let programmes = Set(cohorts.compactMap { state.cohorts[$0]?.programme })
        var own: [EntityID: CustomMilestone] = [:]
        for (programme, list) in state.programmeMilestones {
            for milestone in list where programmes.contains(programme) || reached[milestone.id] != nil {
                own[milestone.id] = milestone
            }
        }
        milestones += own.values.sorted { (NameKey.of($0.title), $0.id) < (NameKey.of($1.title), $1.id) }.map {
            Milestone(id: $0.id, title: $0.title, standard: false, projects: reached[$0.id] ?? 0)
        }

        var needs = Dictionary(uniqueKeysWithValues: NeedKind.allCases.map { ($0.rawValue, Needs(open: 0, resolved: 0)) })
        for need in state.needs.values where inScope.contains(need.project) {
            if need.isOpen { needs[need.kind.rawValue]!.open += 1 } else { needs[need.kind.rawValue]!.resolved += 1 }
        }

        var origin = Origin(alreadyCreated: 0, new: 0, unknown: 0)
        for project in projects {
            switch project.alreadyCreated {
            case true?: origin.alreadyCreated += 1
            case false?: origin.new += 1
            case nil: origin.unknown += 1
            }
        }
        return PathFigures(milestones: milestones, needs: needs, projects: origin)
    }
}

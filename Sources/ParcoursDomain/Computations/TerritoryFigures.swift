/// Holders and projects taking part, grouped at one level of the territory (domain.md
/// F30): commune, intercommunality (EPCI), département or région of the official
/// geographic code. A commune recorded with its INSEE code is placed by it; one recorded
/// as free text (logs written before the code shipped) by its name when that names one
/// commune only; the others are counted apart (`not_resolved`), as are those with no
/// commune (`not_given`). One level per report keeps it short: the command line's `--by`
/// chooses it.
public struct TerritoryFigures: Hashable, Sendable, Codable {
    /// One area and how many of each are there.
    public struct Group: Hashable, Sendable, Codable {
        public var code: String
        public var name: String
        public var holders: Int
        public var projects: Int
    }

    public struct Counts: Hashable, Sendable, Codable {
        public var holders: Int
        public var projects: Int
    }

    /// The edition of the geographic code the groups come from (nil: none was available).
    public var edition: String?
    public var level: TerritoryLevel
    /// Most holders first, then most projects, then by name.
    public var groups: [Group]
    /// No commune recorded.
    public var notGiven: Counts
    /// A commune the geographic code does not place (free text that names none, or several).
    public var notResolved: Counts

    enum CodingKeys: String, CodingKey {
        case edition, level, groups
        case notGiven = "not_given"
        case notResolved = "not_resolved"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(edition, forKey: .edition)
        try c.encode(level, forKey: .level)
        try c.encode(groups, forKey: .groups)
        try c.encode(notGiven, forKey: .notGiven)
        try c.encode(notResolved, forKey: .notResolved)
    }

    static func make(state: State, taking: Set<EntityID>, level: TerritoryLevel, geography: Geography) -> TerritoryFigures {
        var counts: [String: Group] = [:]
        var notGiven = Counts(holders: 0, projects: 0), notResolved = Counts(holders: 0, projects: 0)
        // The same free-text commune is resolved once (names are many times the same).
        var cache: [String: GeoCommune?] = [:]
        func place(code: String?, text: String?) -> GeoCommune?? {
            guard code != nil || !(text ?? "").isEmpty else { return .none }
            let key = (code ?? "") + "|" + (text ?? "")
            if let known = cache[key] { return .some(known) }
            let found = geography.commune(code: code, text: text)
            cache[key] = found
            return .some(found)
        }
        func add(_ commune: GeoCommune, holder: Bool) -> Bool {
            guard let area = geography.area(level, of: commune) else { return false }
            var entry = counts[area.code] ?? Group(code: area.code, name: area.name, holders: 0, projects: 0)
            if holder { entry.holders += 1 } else { entry.projects += 1 }
            counts[area.code] = entry
            return true
        }
        for id in taking {
            guard let holder = state.holders[id] else { continue }
            switch place(code: holder.communeCode, text: holder.commune) {
            case .none: notGiven.holders += 1
            case .some(let commune?) where add(commune, holder: true): break
            case .some: notResolved.holders += 1
            }
        }
        for project in state.projects.values where project.holders.contains(where: taking.contains) {
            switch place(code: project.communeCode, text: project.commune) {
            case .none: notGiven.projects += 1
            case .some(let commune?) where add(commune, holder: false): break
            case .some: notResolved.projects += 1
            }
        }
        let groups = counts.values.sorted { ($1.holders, $1.projects, $0.name, $0.code) < ($0.holders, $0.projects, $1.name, $1.code) }
        return TerritoryFigures(edition: geography.isEmpty ? nil : geography.edition, level: level, groups: groups,
                                notGiven: notGiven, notResolved: notResolved)
    }
}

/// Who sent the holders taking part (domain.md F28): holders per prescriber
/// (the organisation that referred them), and those nobody referred.
public struct ReferralFigures: Hashable, Sendable, Codable {
    public struct Prescriber: Hashable, Sendable, Codable {
        public var id: EntityID
        public var name: String
        public var holders: Int
    }

    public var byPrescriber: [Prescriber]
    public var notReferred: Int

    enum CodingKeys: String, CodingKey {
        case byPrescriber = "by_prescriber"
        case notReferred = "not_referred"
    }

    static func make(state: State, taking: Set<EntityID>) -> ReferralFigures {
        var counts: [EntityID: Int] = [:], none = 0
        for id in taking {
            guard let holder = state.holders[id] else { continue }
            if let by = holder.referredBy { counts[by, default: 0] += 1 } else { none += 1 }
        }
        let rows = counts.map { Prescriber(id: $0.key, name: state.organisations[$0.key]?.name ?? $0.key, holders: $0.value) }
            .sorted { ($1.holders, $0.name, $0.id) < ($0.holders, $1.name, $1.id) }
        return ReferralFigures(byPrescriber: rows, notReferred: none)
    }
}

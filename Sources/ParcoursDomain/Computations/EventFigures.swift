/// What open events add up to in a report (domain.md F6, F31, §4.1 "participants at
/// events, by category"). The definitions, as docs/decisions.md states them:
///
/// - an event is **held** when its headcount is recorded (and not cancelled); **planned**
///   otherwise, **cancelled** when called off; counted when dated in the report's period;
/// - **hours**: the length of each held event, once, whatever the number present; they are
///   part of the report's `hours_delivered` (sessions held + events held);
/// - **participants**: the sum of the held events' totals. A headcount counts people at
///   one event: someone at two evenings counts twice (as "44 personnes ont participé aux
///   rencontres inspirantes" counts). They are never holders: no holder figure includes them;
/// - **by category**: the same sum per audience category — the six standard ones always
///   listed (zeros included), free ones by name when given; **unspecified**: those the
///   totals count beyond their categories.
public struct EventFigures: Hashable, Sendable, Codable {
    /// Held events of one kind.
    public struct KindFigures: Hashable, Sendable, Codable {
        public var held: Int
        public var hours: Double
        public var participants: Int
    }

    /// One held event.
    public struct EventLine: Hashable, Sendable, Codable {
        public var id: EntityID
        public var title: String
        public var date: Day
        /// The kind id (`soiree`, `formation`…).
        public var kind: String
        /// Programme name.
        public var programme: String
        /// Cohort name (null for an event of the programme as a whole).
        public var cohort: String?
        public var hours: Double
        public var participants: Int
        /// The categories given (standard ids, free names) → participants.
        public var byCategory: [String: Int]
        public var unspecified: Int

        enum CodingKeys: String, CodingKey {
            case id, title, date, kind, programme, cohort, hours, participants, unspecified
            case byCategory = "by_category"
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(title, forKey: .title)
            try c.encode(date, forKey: .date)
            try c.encode(kind, forKey: .kind)
            try c.encode(programme, forKey: .programme)
            try c.encode(cohort, forKey: .cohort)
            try c.encode(hours, forKey: .hours)
            try c.encode(participants, forKey: .participants)
            try c.encode(byCategory, forKey: .byCategory)
            try c.encode(unspecified, forKey: .unspecified)
        }
    }

    /// A past event neither counted nor cancelled.
    public struct Pending: Hashable, Sendable, Codable {
        public var event: EntityID
        public var title: String
        public var date: Day
        public var programme: String
        public var cohort: String?

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(event, forKey: .event)
            try c.encode(title, forKey: .title)
            try c.encode(date, forKey: .date)
            try c.encode(programme, forKey: .programme)
            try c.encode(cohort, forKey: .cohort)
        }
    }

    public var held: Int
    public var planned: Int
    public var cancelled: Int
    /// Hours of held events (part of `hours_delivered`).
    public var hours: Double
    public var participants: Int
    /// Standard category id (every one) or free category name → participants.
    public var byCategory: [String: Int]
    public var unspecified: Int
    /// Kind id → held events, hours, participants (kinds with a held event only).
    public var byKind: [String: KindFigures]
    /// The held events, in date order.
    public var events: [EventLine]
    /// Past events whose headcount was never recorded (nor the event cancelled).
    public var withoutHeadcount: [Pending]
    /// `hours` in minutes, summed as integers (not written).
    public var minutes = 0

    enum CodingKeys: String, CodingKey {
        case held, planned, cancelled, hours, participants, unspecified, events
        case byCategory = "by_category"
        case byKind = "by_kind"
        case withoutHeadcount = "without_headcount"
    }

    /// The open events of `scope` (a cohort's, a programme's with its cohorts', or all)
    /// dated in the filter's period. The commune does not narrow them: their participants
    /// are counts with no commune, as the sessions' hours are not narrowed either.
    static func make(state: State, scope: ReportScope, today: Day, filter: ReportFilter) -> EventFigures {
        let inScope: (OpenEvent) -> Bool
        switch scope {
        case .all: inScope = { _ in true }
        case .programme(let id): inScope = { $0.programme == id }
        case .cohort(let id): inScope = { $0.cohort == id }
        case .operator(let id): inScope = { state.programmes[$0.programme]?.operators.contains(id) == true }
        }
        let events = state.openEvents.values.filter { inScope($0) && filter.contains($0.date) }.sorted(by: State.chronological)
        var figures = EventFigures(held: 0, planned: 0, cancelled: 0, hours: 0, participants: 0,
                                   byCategory: Dictionary(uniqueKeysWithValues: StandardAudience.allCases.map { ($0.rawValue, 0) }),
                                   unspecified: 0, byKind: [:], events: [], withoutHeadcount: [])
        // Free categories named alike ("Bénévoles", "bénévoles") are one: the first
        // spelling met, in date order, names them.
        var freeNames: [String: String] = [:]
        var kindMinutes: [String: Int] = [:]
        func programme(_ e: OpenEvent) -> String { state.programmes[e.programme]?.name ?? e.programme }
        func cohort(_ e: OpenEvent) -> String? { e.cohort.map { state.cohorts[$0]?.name ?? $0 } }
        for event in events {
            switch event.status {
            case .cancelled: figures.cancelled += 1
            case .planned:
                figures.planned += 1
                if event.date < today {
                    figures.withoutHeadcount.append(Pending(event: event.id, title: event.title, date: event.date,
                                                            programme: programme(event), cohort: cohort(event)))
                }
            case .held:
                guard let headcount = event.headcount else { continue }
                figures.held += 1
                figures.minutes += event.duration.minutes
                figures.participants += headcount.total
                figures.unspecified += headcount.unspecified
                var line: [String: Int] = [:]
                for count in headcount.audiences {
                    var key = count.category
                    if case .free(let name) = count.audience {
                        key = freeNames[NameKey.of(name)] ?? name
                        freeNames[NameKey.of(name)] = key
                    }
                    figures.byCategory[key, default: 0] += count.count
                    line[key, default: 0] += count.count
                }
                let kind = event.kind.rawValue
                var k = figures.byKind[kind] ?? KindFigures(held: 0, hours: 0, participants: 0)
                k.held += 1
                k.participants += headcount.total
                kindMinutes[kind, default: 0] += event.duration.minutes
                figures.byKind[kind] = k
                figures.events.append(EventLine(id: event.id, title: event.title, date: event.date, kind: kind,
                                                programme: programme(event), cohort: cohort(event),
                                                hours: event.duration.hours, participants: headcount.total,
                                                byCategory: line, unspecified: headcount.unspecified))
            }
        }
        for (kind, minutes) in kindMinutes { figures.byKind[kind]?.hours = TimeSpan(minutes: minutes).hours }
        figures.hours = TimeSpan(minutes: figures.minutes).hours
        return figures
    }
}

/// An event open to an audience that is not enrolled — an evening debate, an awareness
/// half-day for officials, a training day for professionals, a learning visit, a launch
/// meeting, a webinar (domain.md F6, F31). It belongs to a programme, and to one of its
/// cohorts when it is part of one; an awareness programme may have no cohort at all.
/// Nobody is marked present: the event is counted by its headcount, by audience
/// category, and is held once that headcount is recorded. Its participants are counts,
/// never holders (docs/decisions.md, *Open events*).
public struct OpenEvent: Hashable, Sendable, Codable, Identifiable {
    public var id: EntityID
    public var programme: EntityID
    /// The cohort it is part of; nil for an event of the programme as a whole.
    public var cohort: EntityID?
    public var details: OpenEventDetails
    /// Called off (it stays listed, cancelled). Never together with a headcount.
    public var cancelled: Bool
    /// Who came, by category; nil until recorded. Recording it is what holds the event.
    public var headcount: Headcount?

    public init(id: EntityID, programme: EntityID, cohort: EntityID? = nil, details: OpenEventDetails,
                cancelled: Bool = false, headcount: Headcount? = nil) {
        self.id = id
        self.programme = programme
        self.cohort = cohort
        self.details = details
        self.cancelled = cancelled
        self.headcount = headcount
    }

    /// Planned, held (its headcount recorded) or cancelled: the same words as a session's.
    public var status: SessionStatus {
        if cancelled { return .cancelled }
        return headcount == nil ? .planned : .held
    }

    public var title: String { details.title }
    public var kind: OpenEventKind { details.kind }
    public var date: Day { details.date }
    public var duration: TimeSpan { details.duration }

    private enum CodingKeys: String, CodingKey { case id, programme, cohort, details, cancelled, headcount }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(EntityID.self, forKey: .id)
        programme = try c.decode(EntityID.self, forKey: .programme)
        cohort = try c.decodeIfPresent(EntityID.self, forKey: .cohort)
        details = try c.decode(OpenEventDetails.self, forKey: .details)
        cancelled = try c.decodeIfPresent(Bool.self, forKey: .cancelled) ?? false
        headcount = try c.decodeIfPresent(Headcount.self, forKey: .headcount)
    }
}

/// What an open event is and when: what `open_event.updated` replaces as a whole.
public struct OpenEventDetails: Hashable, Sendable, Codable {
    public var title: String
    public var kind: OpenEventKind
    public var date: Day
    public var time: ClockTime?
    public var duration: TimeSpan
    public var venue: String?
    /// Held by videoconference (AMESUD's evenings reached a new public that way).
    public var remote: Bool

    public init(title: String, kind: OpenEventKind, date: Day, time: ClockTime? = nil,
                duration: TimeSpan = .hours(2), venue: String? = nil, remote: Bool = false) {
        self.title = title
        self.kind = kind
        self.date = date
        self.time = time
        self.duration = duration
        self.venue = venue
        self.remote = remote
    }
}

/// The formats of open events the guide reports (domain.md §1.1, F31).
public enum OpenEventKind: String, CaseIterable, Sendable, Codable {
    /// An awareness half-day for officials, technical staff or the public (Vendée).
    case sensibilisation
    /// An evening debate or inspiring meeting open to all (AMESUD's "soirées-débats").
    case soiree
    /// A learning visit (URQR's "visites apprenantes").
    case visite
    /// A training day or workshop for professionals or holders (Vignoble, AMESUD).
    case formation
    /// A launch meeting (Boischaut: "80 participants au lancement").
    case lancement
    case webinaire

    /// How long such an event lasts when nobody says: a half-day, an evening, a day.
    public var usualDuration: TimeSpan {
        switch self {
        case .sensibilisation, .visite: TimeSpan(minutes: 210)
        case .soiree, .lancement, .webinaire: .hours(2)
        case .formation: TimeSpan(minutes: TimeSpan.minutesPerDay)
        }
    }
}

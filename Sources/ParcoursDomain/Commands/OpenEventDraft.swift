/// A new open event of a programme or of one of its cohorts.
public struct OpenEventDraft: Hashable, Sendable {
    public var title: String
    public var kind: OpenEventKind
    public var date: Day
    public var time: ClockTime?
    /// The kind's usual length when nil (`OpenEventKind.usualDuration`).
    public var duration: TimeSpan?
    public var venue: String?
    public var remote: Bool

    public init(title: String, kind: OpenEventKind, date: Day, time: ClockTime? = nil, duration: TimeSpan? = nil,
                venue: String? = nil, remote: Bool = false) {
        self.title = title
        self.kind = kind
        self.date = date
        self.time = time
        self.duration = duration
        self.venue = venue
        self.remote = remote
    }
}

/// Changes to an open event; nil leaves a field as it is. For `time` and `venue`,
/// `.some(nil)` clears the field.
public struct OpenEventEdit: Hashable, Sendable {
    public var title: String?
    public var kind: OpenEventKind?
    public var date: Day?
    public var time: ClockTime??
    public var duration: TimeSpan?
    public var venue: String??
    public var remote: Bool?

    public init(title: String? = nil, kind: OpenEventKind? = nil, date: Day? = nil, time: ClockTime?? = nil,
                duration: TimeSpan? = nil, venue: String?? = nil, remote: Bool? = nil) {
        self.title = title
        self.kind = kind
        self.date = date
        self.time = time
        self.duration = duration
        self.venue = venue
        self.remote = remote
    }
}

/// A headcount as typed: each category as written ("élus", "techniciens", "bénévoles
/// associatifs"…) with its number, and the total when more came than the categories say.
/// The domain reads the categories (`Audience.read`) and checks the numbers.
public struct HeadcountInput: Hashable, Sendable {
    public var audiences: [AudienceInput]
    public var total: Int?

    public init(audiences: [AudienceInput], total: Int? = nil) {
        self.audiences = audiences
        self.total = total
    }
}

/// One category as typed, with its number.
public struct AudienceInput: Hashable, Sendable {
    public var category: String
    public var count: Int

    public init(_ category: String, _ count: Int) {
        self.category = category
        self.count = count
    }
}

/// The editable details of a session (what `sessionUpdated` replaces as a whole).
public struct SessionDetails: Hashable, Sendable, Codable {
    public var title: String
    public var kind: SessionKind
    public var date: Day
    public var time: ClockTime?
    public var duration: TimeSpan
    public var venue: String?
    public var remote: Bool
    /// Facilitating organisations.
    public var facilitators: [EntityID]
    /// The holder met, for an individual meeting.
    public var holder: EntityID?
    /// The venue of the directory (`venue` keeps its name as it was when chosen, and the
    /// free text of sessions scheduled before the directory).
    public var place: EntityID?

    public init(title: String, kind: SessionKind = .atelier, date: Day, time: ClockTime? = nil,
                duration: TimeSpan = .hours(3), venue: String? = nil, remote: Bool = false,
                facilitators: [EntityID] = [], holder: EntityID? = nil, place: EntityID? = nil) {
        self.title = title
        self.kind = kind
        self.date = date
        self.time = time
        self.duration = duration
        self.venue = venue
        self.remote = remote
        self.facilitators = facilitators
        self.holder = holder
        self.place = place
    }
}

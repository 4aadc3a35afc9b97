/// A new session of a cohort.
public struct SessionDraft: Hashable, Sendable {
    public var title: String
    public var date: Day
    public var time: ClockTime?
    /// 3 h by default.
    public var duration: TimeSpan?
    public var kind: SessionKind
    public var venue: String?
    public var remote: Bool
    public var byOrganisationName: String?
    /// The holder met (reference), required for an individual meeting.
    public var holder: String?
    /// The people facilitating it (directory references; created on first use).
    public var facilitators: [String]

    public init(title: String, date: Day, time: ClockTime? = nil, duration: TimeSpan? = nil,
                kind: SessionKind = .atelier, venue: String? = nil, remote: Bool = false,
                byOrganisationName: String? = nil, holder: String? = nil, facilitators: [String] = []) {
        self.title = title
        self.date = date
        self.time = time
        self.duration = duration
        self.kind = kind
        self.venue = venue
        self.remote = remote
        self.byOrganisationName = byOrganisationName
        self.holder = holder
        self.facilitators = facilitators
    }
}

/// Changes to a session; nil leaves a field as it is. For `time` and `venue`,
/// `.some(nil)` clears the field.
public struct SessionEdit: Hashable, Sendable {
    public var title: String?
    public var date: Day?
    public var time: ClockTime??
    public var duration: TimeSpan?
    public var kind: SessionKind?
    public var venue: String??
    public var remote: Bool?
    public var byOrganisationName: String?
    public var holder: String?

    public init(title: String? = nil, date: Day? = nil, time: ClockTime?? = nil, duration: TimeSpan? = nil,
                kind: SessionKind? = nil, venue: String?? = nil, remote: Bool? = nil,
                byOrganisationName: String? = nil, holder: String? = nil) {
        self.title = title
        self.date = date
        self.time = time
        self.duration = duration
        self.kind = kind
        self.venue = venue
        self.remote = remote
        self.byOrganisationName = byOrganisationName
        self.holder = holder
    }
}

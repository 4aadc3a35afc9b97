/// What `Generator.run` wrote.
public struct GenerateSummary: Sendable, Equatable {
    public var events: Int
    public var writers: Int
    public var programmes: Int
    public var cohorts: Int
    public var holders: Int
    public var sessions: Int
}

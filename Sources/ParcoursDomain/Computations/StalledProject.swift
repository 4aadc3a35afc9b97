/// An active project nobody has moved for a while.
public struct StalledProject: Hashable, Sendable {
    public var project: EntityID
    /// Its holders who take part in a cohort (in scope).
    public var holders: [EntityID]
    /// Days since its last activity.
    public var days: Int
    public var lastActivity: Day
}

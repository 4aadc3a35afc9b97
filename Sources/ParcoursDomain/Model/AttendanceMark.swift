/// A mark for one holder at one session.
public struct AttendanceMark: Hashable, Sendable {
    public var session: EntityID
    public var holder: EntityID
    public var value: MarkValue

    public init(session: EntityID, holder: EntityID, value: MarkValue) {
        self.session = session
        self.holder = holder
        self.value = value
    }

    public var mark: Mark { value.mark }
}

/// A person of the directory named among a session's facilitators (or taken off).
public struct SessionFacilitatorPayload: EventPayload {
    public var action: String
    public var session: EntityID
    public var person: EntityID

    public init(action: String, session: EntityID, person: EntityID) {
        self.action = action
        self.session = session
        self.person = person
    }
}

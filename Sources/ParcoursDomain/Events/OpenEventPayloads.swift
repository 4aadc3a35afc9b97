// Payloads of the open events' `DomainEvent` cases (docs/log-format.md, *Open events*).

/// A headcount recorded (replacing `previous`, which undo puts back) or cleared
/// (`headcount` nil, the one cleared in `previous`).
public struct HeadcountPayload: EventPayload {
    public var action: String
    public var event: EntityID
    public var headcount: Headcount?
    public var previous: Headcount?

    public init(action: String, event: EntityID, headcount: Headcount?, previous: Headcount?) {
        self.action = action
        self.event = event
        self.headcount = headcount
        self.previous = previous
    }
}

/// An open event called off, or (undo) reopened.
public struct OpenEventStatusPayload: EventPayload {
    public var action: String
    public var event: EntityID

    public init(action: String, event: EntityID) {
        self.action = action
        self.event = event
    }
}

/// An open event's details replaced as a whole, with what they were.
public struct OpenEventUpdatePayload: EventPayload {
    public var action: String
    public var event: EntityID
    public var before: OpenEventDetails
    public var after: OpenEventDetails

    public init(action: String, event: EntityID, before: OpenEventDetails, after: OpenEventDetails) {
        self.action = action
        self.event = event
        self.before = before
        self.after = after
    }
}

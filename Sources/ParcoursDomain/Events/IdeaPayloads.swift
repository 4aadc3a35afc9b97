// The payloads of ideas (F15) and calls for applications (F4). Ideas and calls
// themselves travel whole in `EntityPayload` (`idea.added`, `call.added`).

/// An idea's status moved.
public struct IdeaStatusPayload: EventPayload {
    public var action: String
    public var idea: EntityID
    public var from: IdeaStatus
    public var to: IdeaStatus
    public var date: Day
    public var reason: String?
    /// True when this takes a previous move back (undo): the history entry is dropped.
    public var revert: Bool

    public init(action: String, idea: EntityID, from: IdeaStatus, to: IdeaStatus, date: Day, reason: String? = nil,
                revert: Bool = false) {
        self.action = action
        self.idea = idea
        self.from = from
        self.to = to
        self.date = date
        self.reason = reason
        self.revert = revert
    }
}

/// An idea adopted by a holder (`idea.adopted`: it is now `project`, carried by
/// `holder`, and its status `porteur_identifie`), or that adoption taken back
/// (`idea.unadopted`: back to `from`). The project itself is created by the same action.
public struct IdeaAdoptionPayload: EventPayload {
    public var action: String
    public var idea: EntityID
    public var holder: EntityID
    public var project: EntityID
    /// The status the idea had before its adoption.
    public var from: IdeaStatus
    public var date: Day
    public var note: String?

    public init(action: String, idea: EntityID, holder: EntityID, project: EntityID, from: IdeaStatus, date: Day,
                note: String? = nil) {
        self.action = action
        self.idea = idea
        self.holder = holder
        self.project = project
        self.from = from
        self.date = date
        self.note = note
    }
}

/// A holder's application to a call recorded (`call.applied`), its checklist changed
/// (`call.checked`), or taken away (`call.application_removed`). Each carries the
/// application it replaces, so undo needs only the event.
public struct ApplicationPayload: EventPayload {
    public var action: String
    public var call: EntityID
    public var holder: EntityID
    public var application: Application?
    public var previous: Application?

    public init(action: String, call: EntityID, holder: EntityID, application: Application?, previous: Application?) {
        self.action = action
        self.call = call
        self.holder = holder
        self.application = application
        self.previous = previous
    }
}

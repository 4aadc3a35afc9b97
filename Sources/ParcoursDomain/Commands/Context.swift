import Foundation

/// What a decision needs from the outside world: the domain reads no clock and draws
/// no random number itself.
public struct Context {
    public var now: Date
    public var today: Day
    public var author: String
    /// The action id shared by every event of this command.
    public var action: String
    /// A new random, stable id (ASCII slug).
    public var newID: () -> String
    /// The official geographic code, asked for only by a command that names a commune or
    /// a territory (loading it takes a moment); `Geography.none` keeps communes free text.
    public var geography: () -> Geography

    public init(now: Date, today: Day, author: String, action: String, newID: @escaping () -> String,
                geography: @escaping () -> Geography = { .none }) {
        self.now = now
        self.today = today
        self.author = author
        self.action = action
        self.newID = newID
        self.geography = geography
    }
}

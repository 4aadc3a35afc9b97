import Foundation

/// A line in the logbook (carnet de bord) of a holder or a project.
public struct Note: Hashable, Sendable, Codable, Identifiable {
    public var id: EntityID
    public var target: NoteTarget
    public var text: String
    public var author: String
    public var time: Date
    /// The day it was written, for activity figures.
    public var date: Day

    public init(id: EntityID, target: NoteTarget, text: String, author: String, time: Date, date: Day) {
        self.id = id
        self.target = target
        self.text = text
        self.author = author
        self.time = time
        self.date = date
    }
}

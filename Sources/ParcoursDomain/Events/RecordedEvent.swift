import Foundation

/// Where and when an event was written, as read back from the log.
public struct EventMeta: Hashable, Sendable, Codable {
    public var id: String
    public var author: String
    public var time: Date
    public var writer: String
    public var clock: Int
    public var sequence: Int

    public init(id: String, author: String, time: Date, writer: String, clock: Int, sequence: Int) {
        self.id = id
        self.author = author
        self.time = time
        self.writer = writer
        self.clock = clock
        self.sequence = sequence
    }
}

/// An event with its log metadata: what `State.apply` folds.
public struct RecordedEvent: Hashable, Sendable {
    public var meta: EventMeta
    public var event: DomainEvent

    public init(meta: EventMeta, event: DomainEvent) {
        self.meta = meta
        self.event = event
    }
}

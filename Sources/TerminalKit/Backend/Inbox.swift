import Synchronization

/// Messages posted from background threads to the main loop, which drains them between
/// key reads (it wakes through the `get_wch` timeout).
public final class Inbox<Message: Sendable>: Sendable {
    private let messages = Mutex<[Message]>([])

    public init() {}

    /// Posts a message; safe from any thread.
    public func post(_ message: Message) {
        messages.withLock { $0.append(message) }
    }

    /// Takes every message posted so far, oldest first.
    public func drain() -> [Message] {
        messages.withLock { pending in
            defer { pending.removeAll() }
            return pending
        }
    }
}

/// What the run loop hands to `update`.
public enum Event<Message: Sendable>: Sendable {
    case key(Key)
    /// The terminal now has this size.
    case resize(Size)
    /// The periodic tick (e.g. to poll files).
    case tick
    /// A message posted to the app's inbox from another thread.
    case message(Message)
}

/// What a view returns: the canvas to show and where the text cursor is (nil: hidden).
public struct Frame: Sendable, Equatable {
    public var canvas: Canvas
    public var cursor: Position?

    public init(canvas: Canvas, cursor: Position? = nil) {
        self.canvas = canvas
        self.cursor = cursor
    }
}

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

/// What `update` asks of the run loop.
public enum Command: Sendable, Equatable {
    /// Leave the loop; `run` restores the terminal and returns the model.
    case quit
}

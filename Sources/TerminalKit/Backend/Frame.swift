/// What a view returns: the canvas to show and where the text cursor is (nil: hidden).
public struct Frame: Sendable, Equatable {
    public var canvas: Canvas
    public var cursor: Position?

    public init(canvas: Canvas, cursor: Position? = nil) {
        self.canvas = canvas
        self.cursor = cursor
    }
}

/// A framed panel with a title: draws the frame and clears the inside.
public enum Panel {
    /// Draws a box around `rect` with `title` in its top edge, clears the inside and
    /// returns the inner rectangle, where the content goes.
    @discardableResult
    public static func draw(into canvas: inout Canvas, in rect: Rect, title: String? = nil,
                            style: Style = .plain, titleStyle: Style = .bold) -> Rect {
        canvas.fill(rect)
        canvas.box(rect, title: title, style: style, titleStyle: titleStyle)
        return rect.inset(by: 1)
    }
}

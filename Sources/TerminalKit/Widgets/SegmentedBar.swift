/// A horizontal bar split into proportional coloured segments with labels, e.g. how many
/// projects are at each stage.
public struct SegmentedBar: Sendable, Hashable {
    public struct Segment: Sendable, Hashable {
        public var label: String
        public var value: Int
        public var style: Style
        public init(_ label: String, value: Int, style: Style) {
            self.label = label
            self.value = value
            self.style = style
        }
    }

    public var segments: [Segment]

    public init(segments: [Segment]) { self.segments = segments }

    /// Widths of each segment for a total width (largest remainders; a non-zero value gets
    /// at least one column while there is room). Zero values get zero columns.
    public func widths(total width: Int) -> [Int] {
        let sum = segments.reduce(0) { $0 + max(0, $1.value) }
        guard sum > 0, width > 0 else { return segments.map { _ in 0 } }
        var widths = segments.map { max(0, $0.value) * width / sum }
        var remainders = segments.indices.map { (i: $0, r: (max(0, segments[$0].value) * width) % sum) }
        remainders.sort { $0.r != $1.r ? $0.r > $1.r : $0.i < $1.i }
        var left = width - widths.reduce(0, +)
        for entry in remainders where left > 0 && entry.r > 0 {
            widths[entry.i] += 1
            left -= 1
        }
        // Give a visible column to tiny non-zero segments, taken from the widest.
        for i in segments.indices where segments[i].value > 0 && widths[i] == 0 {
            if let widest = widths.indices.max(by: { widths[$0] < widths[$1] }), widths[widest] > 1 {
                widths[widest] -= 1
                widths[i] = 1
            }
        }
        return widths
    }

    /// Each segment is filled with its style and shows "label value"; a label cut to fit
    /// ends with "…" (keeping the value when there is room, then a blank column), so it
    /// never runs into the next segment's label ("Envie d'ent… 3 Idée 5").
    public func draw(into canvas: inout Canvas, row: Int, col: Int, width: Int) {
        var c = col
        for (segment, w) in zip(segments, widths(total: width)) where w > 0 {
            canvas.fill(Rect(row: row, col: c, width: w, height: 1), style: segment.style)
            canvas.put(Self.text(segment, width: w), row: row, col: c, style: segment.style, maxWidth: w)
            c += w
        }
    }

    /// What a segment `width` columns wide shows.
    public static func text(_ segment: Segment, width w: Int) -> String {
        let value = String(segment.value)
        let full = "\(segment.label) \(value)"
        if DisplayWidth.of(full) <= w { return full }
        let room = w - DisplayWidth.of(value) - 3
        if room >= 1 { return DisplayWidth.prefix(segment.label, width: room) + "… " + value }
        if w >= 2 { return DisplayWidth.prefix(segment.label, width: w - 1) + "…" }
        return ""
    }
}

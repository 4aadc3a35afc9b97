/// What a too-small terminal shows instead of the screen.
public struct MinimumSizeNotice: Sendable, Hashable {
    public var required: Size
    public var actual: Size
    public var language: LabelLanguage

    public init(required: Size, actual: Size, language: LabelLanguage = .english) {
        self.required = required
        self.actual = actual
        self.language = language
    }

    /// "Terminal too small: needs at least 80×24, now 60×20" (or its French version).
    public var message: String {
        switch language {
        case .english: "Terminal too small: needs at least \(required), now \(actual)"
        case .french: "Terminal trop petit : il faut au moins \(required), actuellement \(actual)"
        }
    }

    /// The message wrapped and centred in the canvas' current region.
    public func draw(into canvas: inout Canvas) {
        let area = canvas.bounds
        canvas.fill(area)
        let lines = wrap(message, width: max(1, area.width - 4))  // a margin on each side
        let top = max(0, (area.height - lines.count) / 2)
        for (i, line) in lines.enumerated() {
            let w = DisplayWidth.of(line)
            canvas.put(line, row: top + i, col: max(0, (area.width - w) / 2), style: .bold, maxWidth: area.width)
        }
    }
}

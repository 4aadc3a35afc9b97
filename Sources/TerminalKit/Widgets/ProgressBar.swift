/// A progress bar with its percentage: "████████░░░░░░░░  50 %".
public struct ProgressBar: Sendable, Hashable {
    /// Done fraction, clamped to 0…1.
    public var fraction: Double
    public var showsPercentage: Bool

    public init(fraction: Double, showsPercentage: Bool = true) {
        self.fraction = fraction
        self.showsPercentage = showsPercentage
    }

    public init(done: Int, total: Int, showsPercentage: Bool = true) {
        self.init(fraction: total > 0 ? Double(done) / Double(total) : 0, showsPercentage: showsPercentage)
    }

    public func draw(into canvas: inout Canvas, row: Int, col: Int, width: Int,
                     style: Style = .plain, filledStyle: Style = .plain) {
        let f = fraction.isNaN ? 0 : min(1, max(0, fraction))
        let label = showsPercentage ? " " + DisplayWidth.pad("\(Int((f * 100).rounded(.down))) %", to: 5, alignment: .right) : ""
        let barWidth = max(0, width - DisplayWidth.of(label))
        let filled = Int((Double(barWidth) * f).rounded(.down))
        canvas.horizontalLine(row: row, col: col, length: filled, character: "█", style: filledStyle)
        canvas.horizontalLine(row: row, col: col + filled, length: barWidth - filled, character: "░", style: style)
        canvas.put(label, row: row, col: col + barWidth, style: style, maxWidth: width - barWidth)
    }
}

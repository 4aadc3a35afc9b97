import ParcoursDomain

/// A funder report: scrolls through the lines `Derive` laid out once for this state,
/// scope, day and width (never recomputed at a key); `m` saves it as Markdown.
enum ReportReducer {
    static func reduce(_ action: Action, _ rs: inout ReportScreen, _ m: inout Model) -> [Effect] {
        switch action {
        case .up: rs.scroll = max(0, rs.scroll - 1)
        case .down: rs.scroll += 1
        case .pageUp: rs.scroll = max(0, rs.scroll - m.listRows)
        case .pageDown: rs.scroll += m.listRows
        case .top: rs.scroll = 0
        case .bottom: rs.scroll = Int.max / 2
        case .exportReport: return [.exportReport(rs.scope)]
        default: break
        }
        // Keep the scroll within the text so going back up answers at once.
        let count = m.reportLines(rs.scope).count
        rs.scroll = min(rs.scroll, max(0, count - (m.size.height - 3)))
        return []
    }
}

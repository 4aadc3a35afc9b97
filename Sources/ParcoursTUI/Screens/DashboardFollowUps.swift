import ParcoursDomain
import TerminalKit

/// The dashboard's "Suivis à faire": the follow-ups due and not recorded, most overdue
/// first (which wave, whom to call about which project, which cohort), and the open needs by
/// kind. Shown only when there is something to do; `s` opens the follow-ups view.
enum DashboardFollowUps {
    struct Content {
        /// Per project, its waves due (the first the most overdue), the most overdue project first.
        var due: [[FollowUpItem]]
        var needs: [(kind: NeedKind, count: Int)]

        var isEmpty: Bool { due.isEmpty && needs.isEmpty }
        /// Lines the panel would like: one per project with follow-ups due, one for the needs.
        var lines: Int { due.count + (needs.isEmpty ? 0 : 1) }
        var followUps: Int { due.reduce(0) { $0 + $1.count } }
    }

    static func content(_ m: Model) -> Content {
        let rows = m.followUpRows
        var due = rows.dueGroups
        // "My holders": only their projects' calls (the open needs stay every project's).
        if let mine = m.myHolders { due = due.filter { $0.first?.holders.contains(where: mine.contains) ?? false } }
        return Content(due: due, needs: rows.openNeeds)
    }

    /// Draws the panel in `rect`: as many follow-ups as fit, the needs' line last.
    static func draw(_ m: Model, _ content: Content, in rect: Rect, into c: inout Canvas) {
        let l = m.language, s = m.state
        let title = UIText.followUpsDue.text(l)
            + (content.due.isEmpty ? "" : " — " + UIText.followUpsCount(content.followUps, projects: content.due.count, l))
        let inner = Panel.draw(into: &c, in: rect, title: title)
        let room = max(0, inner.height - (content.needs.isEmpty ? 0 : 1))
        let shown = content.due.prefix(room)
        func late(_ waves: [FollowUpItem]) -> String { UIText.lateness(waves[0].dueDay.days(to: m.today), l) }
        func when(_ waves: [FollowUpItem]) -> String { UIText.followUpAt(waves.map { Catalog.wave($0.wave, l) }.joined(separator: ", "), l) }
        let lateWidth = shown.map { DisplayWidth.of(late($0)) }.max() ?? 0
        let waveWidth = shown.map { DisplayWidth.of(when($0)) }.max() ?? 0
        for (r, waves) in shown.enumerated() {
            let item = waves[0]
            let end = c.put(DisplayWidth.pad(late(waves), to: lateWidth), row: inner.row + r, col: inner.col + 1, style: Palette.alert,
                            maxWidth: inner.width - 2)
            // The waves, whom to call and about what, then the cohort (the first cut when narrow).
            let who = FollowUpsView.holders(item, s), project = s.projects[item.project]?.title ?? item.project
            let text = DisplayWidth.pad(when(waves), to: waveWidth) + "  " + (who.isEmpty ? project : who + " — " + project)
                + " · " + (s.cohorts[item.cohort]?.name ?? "")
            c.put("  " + text, row: inner.row + r, col: end, maxWidth: inner.right - 1 - end, overflow: .ellipsis)
        }
        if !content.needs.isEmpty, inner.height > 0 {
            let row = inner.row + min(shown.count, inner.height - 1)
            let end = c.put(UIText.openNeeds.text(l), row: row, col: inner.col + 1, style: Palette.dim, maxWidth: inner.width - 2)
            let needs = content.needs.map { Catalog.label($0.kind, l) + " \($0.count)" }.joined(separator: " · ")
            c.put(" " + needs, row: row, col: end, maxWidth: inner.right - 1 - end, overflow: .ellipsis)
        }
        // What is left out, and the key that shows everything, on the frame.
        let hidden = content.due.count - shown.count
        let hint = " " + (hidden > 0 ? "▾ " + UIText.more(hidden, l) + " · " : "") + UIText.seeAllFollowUps.text(l) + " "
        c.put(hint, row: rect.bottom - 1, col: max(rect.col + 2, rect.right - 2 - DisplayWidth.of(hint)), style: Palette.dim,
              maxWidth: rect.width - 4)
    }
}

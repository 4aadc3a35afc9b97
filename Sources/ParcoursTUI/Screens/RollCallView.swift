import ParcoursDomain
import TerminalKit

/// The grid of holders × sessions, totals per row and per column, the selected cell's
/// details and the legend. Individual meetings are columns too, marked "RDV"/"1:1" on a
/// second header line; only their holder has a cell there.
enum RollCallView {
    static let nameWidth = 18
    static let cellWidth = 6
    static let totalsWidth = 16

    static func draw(_ m: Model, _ cs: CohortScreen, into c: inout Canvas) -> String {
        let l = m.language
        let area = c.bounds
        let holders = Rows.rollHolders(m.state, cohort: cs.cohort, mine: m.myHolders)
        let sessions = Rows.rollSessions(m.state, cohort: cs.cohort)
        let column = max(0, min(cs.rollColumn, sessions.count - 1))
        if holders.isEmpty || sessions.isEmpty {
            c.put(holders.isEmpty ? UIText.noParticipant.text(l) : UIText.noSession.text(l), row: 1, col: 1, style: Palette.dim,
                  maxWidth: area.width - 2, overflow: .ellipsis)
            return UIText.rowPosition(0, 0, l)
        }
        let fit = max(1, (area.width - nameWidth - totalsWidth - 2) / cellWidth)
        let first = max(0, min(column - fit + 1, sessions.count - fit))
        let shown = Array(sessions.indices.dropFirst(first).prefix(fit))
        let gridRows = max(1, area.height - 6)
        let range = cs.rollRow.visibleRange(count: holders.count, visibleRows: gridRows)
        let selectedRow = min(cs.rollRow.selection, holders.count - 1)

        // Header: session days, the cursor's column highlighted.
        c.put(first > 0 ? "◂" : "", row: 0, col: nameWidth - 2, style: Palette.dim)
        for (k, i) in shown.enumerated() {
            let col = nameWidth + k * cellWidth
            let style = i == column ? Palette.cursor : Style(bold: true, underline: sessions[i].status == .held)
            c.put(DisplayWidth.pad(Texts.shortDay(sessions[i].date, l), to: cellWidth - 1, alignment: .center), row: 0, col: col, style: style)
        }
        for (k, i) in shown.enumerated() where sessions[i].kind != .atelier {
            c.put(DisplayWidth.pad(UIText.kindTiny(sessions[i].kind, l), to: cellWidth - 1, alignment: .center),
                  row: 1, col: nameWidth + k * cellWidth, style: Palette.dim)
        }
        if shown.last.map({ $0 < sessions.count - 1 }) ?? false {
            c.put("▸", row: 0, col: nameWidth + shown.count * cellWidth, style: Palette.dim)
        }
        let totalsCol = nameWidth + shown.count * cellWidth + 2
        // Present / absent / excused, then the rate (excused left out of it).
        c.put(UIText.colMarks.text(l) + "  " + UIText.colRate.text(l), row: 0, col: totalsCol, style: Palette.title,
              maxWidth: area.width - totalsCol)

        // One row per holder: marks, then P/A/E and the rate.
        for (r, h) in range.enumerated() {
            let holder = holders[h]
            let row = 2 + r
            let isRow = h == selectedRow
            c.put((isRow ? "▸ " : "  ") + holder.name, row: row, col: 0, style: isRow ? Palette.title : .plain,
                  maxWidth: nameWidth - 1, overflow: .ellipsis)
            for (k, i) in shown.enumerated() {
                let value = m.state.mark(session: sessions[i].id, holder: holder.id)
                var style = Palette.mark(value?.mark)
                if isRow && i == column { style = Palette.cursor }
                // Another holder's individual meeting: no cell to fill.
                let text = m.state.isExpected(holder: holder.id, at: sessions[i]) ? Texts.mark(value) : ""
                c.put(DisplayWidth.pad(text, to: cellWidth - 1, alignment: .center),
                      row: row, col: nameWidth + k * cellWidth, style: style)
            }
            let count = m.state.attendance(holder: holder.id, cohort: cs.cohort)
            c.put("\(count.present)/\(count.absent)/\(count.excused)  \(UIText.percent(count.rate))", row: row, col: totalsCol,
                  maxWidth: area.width - totalsCol)
        }

        // Column totals: present out of expected.
        let totalsRow = 2 + range.count
        c.put(UIText.colTotal.text(l), row: totalsRow, col: 2, style: Palette.title)
        for (k, i) in shown.enumerated() {
            let count = m.state.attendance(session: sessions[i].id)
            let expected = m.state.expectedHolders(session: sessions[i]).count
            c.put(DisplayWidth.pad("\(count.present)/\(expected)", to: cellWidth - 1, alignment: .center),
                  row: totalsRow, col: nameWidth + k * cellWidth, style: Palette.title)
        }

        // The selected cell in words, then the legend.
        let session = sessions[column]
        let holder = holders[selectedRow]
        // When first (the title may be long), then what and the session's status.
        var detail = Catalog.day(session.date, l)
        if let time = session.time { detail += " \(time)" }
        detail += " · \(Catalog.label(session.status, l)) · \(UIText.kindShort(session.kind, l)) "
        detail += Rows.holderName(session, m.state).map { "· \($0)" } ?? Texts.quoted(session.title, l)
        c.put(detail, row: area.height - 3, col: 1, style: Palette.title, maxWidth: area.width - 2, overflow: .ellipsis)
        var cell = holder.name + (l == .fr ? " : " : ": ")
        if !m.state.isExpected(holder: holder.id, at: session) {
            cell += UIText.notExpected.text(l)
        } else if let value = m.state.mark(session: session.id, holder: holder.id) {
            cell += Catalog.label(value.mark, l)
            if value.remote { cell += ", " + Catalog.label(AttendanceMode.remote, l) }
            if let remark = value.remark { cell += " — " + remark }
        } else {
            cell += "·"
        }
        c.put(cell, row: area.height - 2, col: 1, maxWidth: area.width - 2, overflow: .ellipsis)
        c.put(UIText.legendRollCall.text(l), row: area.height - 1, col: 1, style: Palette.dim, maxWidth: area.width - 2,
              overflow: .ellipsis)
        return UIText.rowPosition(selectedRow, holders.count, l) + " · " + UIText.rowPosition(column, sessions.count, l)
    }

}

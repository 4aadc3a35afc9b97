import ParcoursDomain
import TerminalKit

/// The ideas before their holders, as a pipeline: grouped by status in the order of the
/// work (detected, retained, under study, looking for a holder, holder found, set aside),
/// the group's size on its first row; each idea's holder (once adopted) or where the need
/// came from, its commune, since when it stands there; the selected idea's need, source,
/// history and holder below. The other tab lists the calls for applications with their
/// applicants' eligibility.
enum IdeasView {
    static func draw(_ m: Model, _ s: IdeasScreen, into c: inout Canvas) -> String {
        let l = m.language
        let area = c.bounds
        let counts = [m.ideaLines(s).count, m.callLines(s).count]
        Tabs(titles: IdeasTab.allCases.map { $0.title.text(l) + " (\(counts[$0.rawValue]))" }, selected: s.tab.rawValue)
            .draw(into: &c, row: 0, col: 0, width: area.width)
        let name = s.programme.flatMap { m.state.programmes[$0]?.name } ?? UIText.allProgrammesShort.text(l)
        let scope = " " + UIText.programmeFilter(name, l) + " "
        let scopeWidth = DisplayWidth.of(scope)
        c.put(scope, row: 0, col: max(area.width / 2, area.width - scopeWidth), style: Palette.dim,
              maxWidth: area.width - area.width / 2, overflow: .ellipsis)
        let body = Rect(row: 1, col: 0, width: area.width, height: area.height - 1)
        switch s.tab {
        case .ideas: return ideas(m, s, in: body, into: &c)
        case .calls: return calls(m, s, in: body, into: &c)
        }
    }

    static func ideas(_ m: Model, _ s: IdeasScreen, in body: Rect, into c: inout Canvas) -> String {
        let l = m.language, st = m.state
        let rows = m.ideaLines(s)
        var sizes: [IdeaStatus: Int] = [:]
        for idea in rows { sizes[idea.status, default: 0] += 1 }
        let wide = body.width >= 100
        let groups = IdeaStatus.allCases.filter { sizes[$0] != nil }.map { UIText.statusGroup($0, sizes[$0]!, short: !wide, l) }
        var columns = [
            TableColumn(UIText.colStatus.text(l), width: .fixed(([UIText.colStatus.text(l)] + groups).map(DisplayWidth.of).max() ?? 8)),
            TableColumn(UIText.colIdea.text(l), width: .flexible(min: 14, weight: 3)),
            TableColumn(UIText.colSourceOrHolder.text(l), width: .flexible(min: 10, weight: 2)),
        ]
        if wide { columns.append(TableColumn(UIText.commune.text(l), width: .flexible(min: 8, weight: 1))) }
        columns.append(TableColumn(UIText.colSince.text(l), width: .fixed(10)))
        let (tableRect, pane) = DetailPane.split(body)
        // A status is said on the first row of its group, and on the first row shown.
        let first = s.selection.visibleRange(count: rows.count, visibleRows: TableView.visibleRows(in: tableRect)).lowerBound
        var table = TableView(columns: columns, rowCount: rows.count) { i in
            let idea = rows[i]
            let again = i > first && rows[i - 1].status == idea.status
            let who = idea.adoption.map { "→ " + (st.holders[$0.holder]?.name ?? "") } ?? idea.source ?? ""
            var cells = [again ? "" : UIText.statusGroup(idea.status, sizes[idea.status] ?? 0, short: !wide, l), idea.title, who]
            if wide { cells.append(idea.commune ?? "") }
            cells.append(Texts.numericDay(idea.statusSince, l))
            return cells
        }
        table.emptyMessage = m.filter.isEmpty ? UIText.noIdea.text(l) : UIText.pickerNothing.text(l)
        table.draw(into: &c, in: tableRect, state: s.selection)
        if let pane, rows.indices.contains(s.selection.selection) {
            let idea = rows[s.selection.selection]
            let adopter = idea.adoption.map { a in
                (st.holders[a.holder]?.name ?? "") + " — " + Texts.quoted(st.projects[a.project]?.title ?? "", l)
                    + " · " + Texts.numericDay(a.date, l)
            } ?? ""
            let source = [idea.source, idea.commune, s.programme == nil ? st.programmes[idea.programme]?.name : nil]
                .compactMap { $0 }.joined(separator: " · ")
            DetailPane.draw(idea.title, [
                (UIText.detailNeed.text(l), idea.need ?? ""),
                (UIText.detailSource.text(l), source),
                (UIText.detailAdopter.text(l), adopter),
                (UIText.detailHistory.text(l), UIText.history(idea, l).isEmpty
                    ? Catalog.label(IdeaStatus.detectee, l) + " " + UIText.since(Texts.numericDay(idea.detected, l), l)
                    : UIText.history(idea, l)),
            ], in: pane, into: &c)
        }
        return UIText.rowPosition(s.selection.selection, rows.count, l)
    }

    static func calls(_ m: Model, _ s: IdeasScreen, in body: Rect, into c: inout Canvas) -> String {
        let l = m.language, st = m.state
        let rows = m.callLines(s)
        let wide = body.width >= 100
        var columns = [TableColumn(UIText.colCall.text(l), width: .flexible(min: 14, weight: 3))]
        if wide { columns.append(TableColumn(UIText.colCohort.text(l), width: .flexible(min: 8, weight: 1))) }
        columns += [
            TableColumn(UIText.colOpen.text(l), width: .fixed(23)),
            TableColumn(UIText.colApplications.text(l), width: .fixed(8), alignment: .right),
            TableColumn(UIText.colEligible.text(l), width: .fixed(8), alignment: .right),
        ]
        var table = TableView(columns: columns, rowCount: rows.count) { i in
            let call = rows[i]
            let applicants = st.applicants(call: call.id)
            let eligible = applicants.filter { $0.application.eligibility(criteria: call.criteria.count) == .eligible }.count
            var cells = [call.title]
            if wide { cells.append(call.cohort.flatMap { st.cohorts[$0]?.name } ?? "—") }
            cells += [UIText.callDates(call, l), "\(applicants.count)", "\(eligible)"]
            return cells
        }
        table.emptyMessage = m.filter.isEmpty ? UIText.noCall.text(l) : UIText.pickerNothing.text(l)
        // A programme has a few calls: the table keeps the lines it needs (a third of the
        // body at most) and the pane below lists each criterion and each applicant on a line.
        let tableHeight = min(max(4, rows.count + 2), max(4, body.height / 3))
        let tableRect = Rect(row: body.row, col: body.col, width: body.width, height: tableHeight)
        table.draw(into: &c, in: tableRect, state: s.selection)
        if rows.indices.contains(s.selection.selection), body.height - tableHeight >= 5 {
            let call = rows[s.selection.selection]
            let pane = Rect(row: tableRect.bottom, col: body.col, width: body.width, height: body.height - tableHeight)
            let applicants = st.applicants(call: call.id).map { UIText.applicant($0.holder.name, $0.application, call, l) }
            let source = [call.source, st.programmes[call.programme]?.name].compactMap { $0 }.joined(separator: " · ")
            func lines(_ label: UIText, _ texts: [String]) -> [(String, String)] {
                texts.enumerated().map { ($0.offset == 0 ? label.text(l) : "", $0.element) }
            }
            DetailPane.draw(call.title, [(UIText.detailSource.text(l), source)]
                            + lines(.detailCriteria, call.criteria.enumerated().map { "\($0.offset + 1). \($0.element)" })
                            + lines(.detailApplications, applicants.isEmpty ? [UIText.noApplicant.text(l)] : applicants),
                            in: pane, into: &c)
        }
        return UIText.rowPosition(s.selection.selection, rows.count, l)
    }
}

import ParcoursDomain
import TerminalKit

/// The follow-ups after the programme: a tab each for what is due (most overdue first),
/// what is known and what comes; who, which project, which wave, when, where it stands,
/// which cohort; the selected row's contacts, programme and finding below.
enum FollowUpsView {
    static func draw(_ m: Model, _ fs: FollowUpsScreen, into c: inout Canvas) -> String {
        let l = m.language, s = m.state
        let area = c.bounds
        let counts = FollowUpTab.allCases.map { m.followUpLines(fs, tab: $0).count }
        Tabs(titles: FollowUpTab.allCases.map { $0.title.text(l) + " (\(counts[$0.rawValue]))" }, selected: fs.tab.rawValue)
            .draw(into: &c, row: 0, col: 0, width: area.width)
        let cohort = fs.cohort.flatMap { s.cohorts[$0]?.name } ?? UIText.allCohortsShort.text(l)
        let scope = " " + UIText.cohortFilter(cohort, l) + " "
        let scopeWidth = DisplayWidth.of(scope)
        c.put(scope, row: 0, col: max(area.width / 2, area.width - scopeWidth), style: Palette.dim,
              maxWidth: area.width - area.width / 2, overflow: .ellipsis)
        let rows = m.followUpLines(fs)
        let body = Rect(row: 1, col: 0, width: area.width, height: area.height - 1)
        // Each wave of a project on its own row, the holder and project said once; the
        // cohort's column only when there is room (it is in the pane below, and `c` narrows to one).
        let standings = rows.map { standing($0, today: m.today, l) }
        let waves = rows.map { Catalog.wave($0.wave, l) }
        func widest(_ texts: [String], _ title: UIText) -> Int { ([title.text(l)] + texts).map(DisplayWidth.of).max() ?? 1 }
        var columns = [
            TableColumn(UIText.colHolder.text(l), width: .flexible(min: 12, weight: 2)),
            TableColumn(UIText.colProject.text(l), width: .flexible(min: 12, weight: 3)),
            TableColumn(UIText.colWave.text(l), width: .fixed(widest(waves, .colWave))),
            TableColumn(UIText.colDue.text(l), width: .fixed(10)),
            TableColumn(UIText.colStanding.text(l), width: .fixed(widest(standings, .colStanding))),
        ]
        let wide = area.width >= 100
        if wide { columns.append(TableColumn(UIText.colCohort.text(l), width: .flexible(min: 8, weight: 1))) }
        let (tableRect, pane) = DetailPane.split(body)
        // The first line shown names its project even when the one above is of the same project.
        let first = fs.selection.visibleRange(count: rows.count, visibleRows: TableView.visibleRows(in: tableRect)).lowerBound
        var table = TableView(columns: columns, rowCount: rows.count) { i in
            let item = rows[i]
            let again = i > first && rows[i - 1].project == item.project
            var cells = [again ? "" : holders(item, s), again ? "" : s.projects[item.project]?.title ?? item.project, waves[i],
                         Texts.numericDay(item.dueDay, l), standings[i]]
            if wide { cells.append(again ? "" : s.cohorts[item.cohort]?.name ?? "") }
            return cells
        }
        table.emptyMessage = emptyMessage(m, fs)
        table.draw(into: &c, in: tableRect, state: fs.selection)
        if let pane, rows.indices.contains(fs.selection.selection) {
            detail(m, rows[fs.selection.selection], in: pane, into: &c)
        }
        return UIText.rowPosition(fs.selection.selection, rows.count, l)
    }

    static func holders(_ item: FollowUpItem, _ s: State) -> String {
        item.holders.compactMap { s.holders[$0]?.name }.joined(separator: ", ")
    }

    /// Where a follow-up stands, in a few words: how late, what was found, when it comes.
    static func standing(_ item: FollowUpItem, today: Day, _ l: Language) -> String {
        switch item.standing {
        case .due: return UIText.lateness(item.dueDay.days(to: today), l)
        case .upcoming: return UIText.comingIn(today.days(to: item.dueDay), l)
        case .recorded(let record): return Catalog.label(record.activity, l)
        case .ceasedEarlier(let wave): return UIText.ceasedAt(Catalog.wave(wave, l), l)
        case .endedByStatus(let status): return Catalog.label(status, l)
        }
    }

    static func emptyMessage(_ m: Model, _ fs: FollowUpsScreen) -> String {
        let l = m.language
        if m.followUpRows.items.isEmpty { return UIText.noFollowUpPlanned.text(l) }
        if !m.filter.isEmpty { return UIText.pickerNothing.text(l) }
        switch fs.tab {
        case .due: return UIText.nothingDue.text(l)
        case .known: return UIText.nothingKnown.text(l)
        case .upcoming: return UIText.nothingUpcoming.text(l)
        }
    }

    /// Whom to call (name, phone, e-mail), the programme and the day it ended, the
    /// follow-up (due when, or what was found), and what earlier waves found.
    static func detail(_ m: Model, _ item: FollowUpItem, in pane: Rect, into c: inout Canvas) {
        let l = m.language, s = m.state
        let title = (s.projects[item.project]?.title ?? item.project) + " — " + UIText.followUpAt(Catalog.wave(item.wave, l), l)
        let contacts = item.holders.compactMap { s.holders[$0] }.map { holder in
            ([holder.name] + [holder.phone, holder.email].compactMap { $0 }).joined(separator: " · ")
        }.joined(separator: " ; ")
        let path = [s.programmes[item.programme]?.name ?? "", s.cohorts[item.cohort]?.name ?? "",
                    UIText.endedOn(Texts.numericDay(item.end, l), l)].joined(separator: " · ")
        var found = UIText.dueOn(Texts.numericDay(item.dueDay, l), l) + " · " + standing(item, today: m.today, l)
        var note = ""
        if case .recorded(let record) = item.standing {
            found = Catalog.finding(record, l) + " · " + Texts.numericDay(record.date, l) + " · " + record.author
            note = record.note ?? ""
        }
        if note.isEmpty {
            let earlier = (s.followUps[item.project] ?? []).filter { $0.wave < item.wave }
            note = earlier.map { Catalog.wave($0.wave, l) + (l == .fr ? " : " : ": ") + Catalog.finding($0, l) }.joined(separator: " · ")
        }
        DetailPane.draw(title, [
            (UIText.detailContact.text(l), contacts),
            (UIText.detailProgramme.text(l), path),
            (UIText.detailFollowUp.text(l), found),
            (UIText.detailNote.text(l), note),
        ], in: pane, into: &c)
    }
}

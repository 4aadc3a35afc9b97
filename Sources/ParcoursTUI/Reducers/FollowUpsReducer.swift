import ParcoursDomain

/// The follow-ups view: Tab / Shift-Tab between what is due, what is known and what
/// comes; Enter (or `e`) records the selected follow-up in a form, `o` opens the holder's
/// file, `c` narrows to one cohort, `x` takes back a follow-up recorded by mistake.
enum FollowUpsReducer {
    static func reduce(_ action: Action, _ fs: inout FollowUpsScreen, _ m: inout Model) -> [Effect] {
        let l = m.language
        let count = FollowUpTab.allCases.count
        let rows = m.followUpLines(fs)
        fs.selection.keepSelectionVisible(count: rows.count, visibleRows: m.tableRows)
        let selected = rows.indices.contains(fs.selection.selection) ? rows[fs.selection.selection] : nil
        defer { anchor(&fs, m) }
        switch action {
        case .nextView, .previousView:
            let step = action == .nextView ? 1 : count - 1
            fs.tab = FollowUpTab(rawValue: (fs.tab.rawValue + step) % count)!
            m.filter = ""
        case .recordFollowUp:
            guard let selected else { m.say(UIText.noSelection.text(l), error: true); return [] }
            PathFlows.followUp(project: selected.project, wave: selected.wave, &m)
        case .open:
            guard let holder = selected?.holders.first(where: { m.state.holders[$0] != nil }) else {
                m.say(UIText.noSelection.text(l), error: true)
                return []
            }
            m.push(.holder(HolderScreen(holder: holder)))
        case .chooseCohort:
            m.overlay = .picker(PathFlows.cohortPicker(current: fs.cohort, m))
        case .removeFollowUp:
            guard let selected, case .recorded = selected.standing else {
                m.say(UIText.nothingRecordedHere.text(l), error: true)
                return []
            }
            let title = m.state.projects[selected.project]?.title ?? selected.project
            m.overlay = .confirm(Confirm(title: UIText.confirmRemoveFollowUpTitle.text(l),
                                         lines: [UIText.removeFollowUpQuestion(Catalog.wave(selected.wave, l), title, l),
                                                 UIText.undoRestores.text(l)],
                                         confirmLabel: UIText.buttonRemove.text(l),
                                         commands: [.removeFollowUp(project: selected.project, wave: selected.wave)]))
        case .nextMatch, .previousMatch:
            Selection.move(&fs.selection, action == .nextMatch ? .down : .up, count: rows.count, rows: m.tableRows)
        default:
            Selection.move(&fs.selection, action, count: rows.count, rows: m.tableRows)
        }
        return []
    }

    /// The selected row's project becomes the anchor the cursor keeps to.
    static func anchor(_ fs: inout FollowUpsScreen, _ m: Model) {
        let rows = m.followUpLines(fs)
        fs.anchor = rows.indices.contains(fs.selection.selection) ? rows[fs.selection.selection].project : nil
    }

    /// After the rows were made again (a new state, a new day): back to the anchor's
    /// project when the line under the cursor is now another project's.
    static func follow(_ fs: inout FollowUpsScreen, _ m: Model) {
        guard let anchor = fs.anchor else { return }
        let rows = m.followUpLines(fs)
        if rows.indices.contains(fs.selection.selection), rows[fs.selection.selection].project == anchor { return }
        if let i = rows.firstIndex(where: { $0.project == anchor }) { fs.selection.selection = i }
        fs.selection.keepSelectionVisible(count: rows.count, visibleRows: m.tableRows)
    }
}

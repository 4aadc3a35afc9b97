import ParcoursDomain

/// A cohort's participants: opens a holder's file, adds a holder (enrolled in the same
/// action), changes a participation, sorts; edits, removes, merges or transfers the
/// holder selected.
enum ParticipantsReducer {
    static func reduce(_ action: Action, _ cs: inout CohortScreen, _ m: inout Model) -> [Effect] {
        let l = m.language
        let rows = Rows.participants(m.state, cohort: cs.cohort, sort: cs.sort, filter: m.filter, l, mine: m.myHolders)
        switch action {
        case .open:
            guard rows.indices.contains(cs.participants.selection) else { return [] }
            m.push(.holder(HolderScreen(holder: rows[cs.participants.selection].holder.id)))
        case .newHolder:
            m.overlay = .form(Forms.newHolder(cohort: cs.cohort, l))
        case .changeParticipation:
            guard rows.indices.contains(cs.participants.selection) else {
                m.say(UIText.noSelection.text(l), error: true)
                return []
            }
            let row = rows[cs.participants.selection]
            m.overlay = .form(Forms.participation(holder: row.holder.id, cohort: cs.cohort, current: row.participation.status, l))
        case .edit, .removeHolder, .mergeHolder, .transfer:
            guard rows.indices.contains(cs.participants.selection) else {
                m.say(UIText.noSelection.text(l), error: true)
                return []
            }
            let holder = rows[cs.participants.selection].holder.id
            switch action {
            case .edit: CorrectionFlows.edit(.holder(holder), &m)
            case .removeHolder: CorrectionFlows.remove(holder: holder, &m)
            case .mergeHolder: CorrectionFlows.merge(keep: holder, &m)
            default: CorrectionFlows.transfer(holder: holder, from: cs.cohort, &m)
            }
        case .sort:
            cs.sort = ParticipantSort(rawValue: (cs.sort.rawValue + 1) % ParticipantSort.allCases.count)!
            m.say("\(UIText.sortedBy.text(l)) : \(cs.sort.label.text(l))")
        case .nextMatch: Selection.move(&cs.participants, .down, count: rows.count, rows: m.tableRows)
        case .previousMatch: Selection.move(&cs.participants, .up, count: rows.count, rows: m.tableRows)
        default: Selection.move(&cs.participants, action, count: rows.count, rows: m.tableRows)
        }
        return []
    }
}

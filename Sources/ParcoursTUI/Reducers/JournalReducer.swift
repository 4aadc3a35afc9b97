import ParcoursDomain

/// A cohort's journal: a cursor over its lines in words. The lines are read back from
/// the logs as an effect (`Derive` asks for them); until they arrive the list is empty.
/// Nothing else is selected there, so `E` edits the cohort.
enum JournalReducer {
    static func reduce(_ action: Action, _ cs: inout CohortScreen, _ m: inout Model) -> [Effect] {
        let count = m.journalEntries(cohort: cs.cohort)?.count ?? 0
        switch action {
        case .edit: CorrectionFlows.edit(.cohort(cs.cohort), &m)
        case .nextMatch: Selection.move(&cs.journal, .down, count: count, rows: m.listRows)
        case .previousMatch: Selection.move(&cs.journal, .up, count: count, rows: m.listRows)
        default: Selection.move(&cs.journal, action, count: count, rows: m.listRows)
        }
        return []
    }
}

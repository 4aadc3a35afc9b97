import ParcoursDomain
import TerminalKit

/// A list to pick from: letters narrow it (typed into its search line; a short list has
/// none, and j / k move there too), ↑ ↓ PgUp PgDn move, Enter picks (what follows is the picker's purpose: `CorrectionFlows.picked`),
/// Esc cancels with nothing written.
enum PickerReducer {
    static func reduce(_ key: Key, _ picker: Picker, _ m: inout Model) -> [Effect] {
        var picker = picker
        let rows = PickerView.visibleRows(picker, m)
        switch key {
        case .escape:
            m.overlay = nil
            return []
        case .enter:
            guard let item = picker.picked else { return [] }
            m.overlay = nil
            CorrectionFlows.picked(item, picker.purpose, &m)
            return []
        case .character("k") where !picker.searchable: picker.selection.move(by: -1, count: picker.shown.count, visibleRows: rows)
        case .character("j") where !picker.searchable: picker.selection.move(by: 1, count: picker.shown.count, visibleRows: rows)
        case .up: picker.selection.move(by: -1, count: picker.shown.count, visibleRows: rows)
        case .down: picker.selection.move(by: 1, count: picker.shown.count, visibleRows: rows)
        case .pageUp: picker.selection.move(by: -rows, count: picker.shown.count, visibleRows: rows)
        case .pageDown: picker.selection.move(by: rows, count: picker.shown.count, visibleRows: rows)
        default:
            guard picker.searchable else { return [] }
            let before = picker.filter.text
            picker.filter.handle(key)
            if picker.filter.text != before { picker.selection = SelectionState() }
        }
        m.overlay = .picker(picker)
        return []
    }
}

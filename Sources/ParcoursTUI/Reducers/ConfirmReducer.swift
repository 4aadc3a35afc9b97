import ParcoursDomain
import TerminalKit

/// A question before a removal, a merge, an erasure or a withdrawn consent: `o` / `y`
/// (or Enter on the confirming button) asks for its commands; Esc, `n` or `q` (or Enter
/// on the cancelling button) closes it with nothing written. ◂ ▸ and Tab move between
/// the two buttons.
enum ConfirmReducer {
    static func reduce(_ key: Key, _ confirm: Confirm, _ m: inout Model) -> [Effect] {
        var confirm = confirm
        switch key {
        case .character("o"), .character("O"), .character("y"), .character("Y"):
            return accept(confirm, &m)
        case .escape, .character("n"), .character("N"), .character("q"):
            return cancel(&m)
        case .enter:
            return confirm.selected == 1 ? accept(confirm, &m) : cancel(&m)
        case .left, .right, .tab, .backTab, .character("h"), .character("l"):
            confirm.selected = 1 - confirm.selected
            m.overlay = .confirm(confirm)
        default:
            break
        }
        return []
    }

    static func accept(_ confirm: Confirm, _ m: inout Model) -> [Effect] {
        m.overlay = nil
        return [.perform(confirm.commands)]
    }

    static func cancel(_ m: inout Model) -> [Effect] {
        m.overlay = nil
        m.say(UIText.nothingChanged.text(m.language))
        return []
    }
}

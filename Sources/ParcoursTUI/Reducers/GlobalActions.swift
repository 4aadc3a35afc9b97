import ParcoursDomain
import TerminalKit

/// The actions valid on every screen (help, command line, filter, undo, redo, back,
/// quit), and the read-only refusal of every writing action; nil lets the screen's
/// reducer have the action.
enum GlobalActions {
    static func reduce(_ action: Action, _ m: inout Model) -> [Effect]? {
        // Read-only: refuse before any form opens, in plain words (the welcome menu's
        // first two items write too).
        var writes = action.writes
        if case .welcome(let menu) = m.screen, action == .open, menu < 2 { writes = true }
        if m.readOnly && writes {
            m.say(UIText.readOnlyRefused.text(m.language), error: true)
            return []
        }
        switch action {
        case .help:
            m.overlay = .help(scroll: 0)
            return []
        case .commandLine:
            m.overlay = .prompt(.command, TextFieldState())
            return []
        case .filter:
            m.overlay = .prompt(.filter, TextFieldState(text: m.filter))
            return []
        case .myHolders:
            MyHoldersFlow.toggle(&m)
            return []
        case .undo: return [.perform([.undo(author: m.author)])]
        case .redo: return [.perform([.redo(author: m.author)])]
        case .quit: return Quit.request(&m)
        case .back:
            if m.stack.count > 1 {
                m.stack.removeLast()
                m.filter = ""
                return []
            }
            return Quit.request(&m)
        default:
            return nil
        }
    }
}

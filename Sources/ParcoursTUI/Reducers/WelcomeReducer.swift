import ParcoursDomain

/// The first screen of an empty data directory: load the examples, start with a
/// programme form, or quit.
enum WelcomeReducer {
    static func reduce(_ action: Action, _ menu: inout Int, _ m: inout Model) -> [Effect] {
        switch action {
        case .up: menu = (menu + 2) % 3
        case .down: menu = (menu + 1) % 3
        case .loadDemo: return [.loadDemo]
        case .startEmpty: m.overlay = .form(Forms.newProgramme(m.language))
        case .open:
            switch menu {
            case 0: return [.loadDemo]
            case 1: m.overlay = .form(Forms.newProgramme(m.language))
            default: return Quit.request(&m)
            }
        default: break
        }
        return []
    }
}

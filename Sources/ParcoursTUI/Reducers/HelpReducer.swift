import TerminalKit

/// The `?` overlay: scrolls, and closes with Esc, `?`, `q` or Enter.
enum HelpReducer {
    static func reduce(_ key: Key, scroll: Int, _ m: inout Model) -> [Effect] {
        switch key {
        case .escape, .character("?"), .character("q"), .enter: m.overlay = nil
        case .down, .character("j"): m.overlay = .help(scroll: scroll + 1)
        case .up, .character("k"): m.overlay = .help(scroll: max(0, scroll - 1))
        default: break
        }
        return []
    }
}

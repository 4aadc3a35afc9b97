extension Key {
    /// A short human name for help screens and the status line: "Ctrl-R", "Shift-Tab",
    /// "↑", "Entrée" (French) or "Enter" (English).
    public func displayName(_ language: LabelLanguage = .english) -> String {
        let fr = language == .french
        switch self {
        case .character(" "): return fr ? "Espace" : "Space"
        case .character(let c): return String(c)
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .home: return fr ? "Début" : "Home"
        case .end: return fr ? "Fin" : "End"
        case .pageUp: return fr ? "PgPréc" : "PgUp"
        case .pageDown: return fr ? "PgSuiv" : "PgDn"
        case .enter: return fr ? "Entrée" : "Enter"
        case .escape: return fr ? "Échap" : "Esc"
        case .tab: return fr ? "Tab" : "Tab"
        case .backTab: return fr ? "Maj-Tab" : "Shift-Tab"
        case .backspace: return fr ? "Retour arrière" : "Backspace"
        case .delete: return fr ? "Suppr" : "Delete"
        case .insert: return fr ? "Inser" : "Insert"
        case .function(let n): return "F\(n)"
        case .ctrl(let c): return "Ctrl-" + String(c).uppercased()
        case .alt(let c): return "Alt-" + String(c)
        case .resize: return fr ? "redimensionnement" : "resize"
        case .unknown(let code): return fr ? "touche \(code)" : "key \(code)"
        }
    }
}

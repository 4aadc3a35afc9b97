/// The two interface languages whose built-in labels TerminalKit knows (key names, notices).
public enum Language: Sendable, Hashable {
    case english, french

    /// French when `hint` (e.g. "fr", "fr_FR.UTF-8") starts with "fr", English otherwise.
    public init(hint: String?) {
        self = (hint?.lowercased().hasPrefix("fr") ?? false) ? .french : .english
    }
}

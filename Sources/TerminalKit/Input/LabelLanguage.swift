/// The language of TerminalKit's own labels (key names in help screens, the size
/// notice). TerminalKit knows no domain, so it has its own two-case enum; an
/// application maps its language onto it.
public enum LabelLanguage: Sendable, Hashable {
    case english, french

    /// French when `hint` (e.g. "fr", "fr_FR.UTF-8") starts with "fr", English otherwise.
    public init(hint: String?) {
        self = (hint?.lowercased().hasPrefix("fr") ?? false) ? .french : .english
    }
}

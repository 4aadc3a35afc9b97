/// The languages of the interface: French when the locale is French, English otherwise.
public enum Language: String, CaseIterable, Sendable, Codable {
    case fr, en

    /// French for `fr`, `fr_FR.UTF-8`, `fr-CA`…; English otherwise.
    public init(localeIdentifier: String?) {
        let id = (localeIdentifier ?? "").lowercased()
        self = id == "fr" || id.hasPrefix("fr_") || id.hasPrefix("fr-") || id.hasPrefix("fr.") ? .fr : .en
    }
}

/// What a session is.
public enum SessionKind: String, CaseIterable, Sendable, Codable {
    case atelier, individuel, bilan, visite, reunion
}

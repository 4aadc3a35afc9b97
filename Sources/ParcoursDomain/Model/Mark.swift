/// An attendance mark. Excused is left out of rates.
public enum Mark: String, CaseIterable, Sendable, Codable {
    case present, absent, excuse
}

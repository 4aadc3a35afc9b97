/// Whether a session is still to come, took place, or was called off.
public enum SessionStatus: String, CaseIterable, Sendable, Codable {
    case planned, held, cancelled
}

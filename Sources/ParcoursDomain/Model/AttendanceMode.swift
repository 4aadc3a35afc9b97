/// How a holder attended.
public enum AttendanceMode: String, CaseIterable, Sendable, Codable {
    case inPerson = "in_person"
    case remote
}

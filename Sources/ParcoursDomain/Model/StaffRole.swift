/// A staff member's role in a cohort.
public enum StaffRole: String, CaseIterable, Sendable, Codable {
    case coordinator, referent, facilitator, intervenant
}

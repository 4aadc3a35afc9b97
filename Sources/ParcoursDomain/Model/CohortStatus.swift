/// A cohort's life: planned → recruiting → running → closed.
public enum CohortStatus: String, CaseIterable, Sendable, Codable {
    case planned, recruiting, running, closed
}

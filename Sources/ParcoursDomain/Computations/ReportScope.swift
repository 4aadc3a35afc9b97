/// What a report covers.
public enum ReportScope: Hashable, Sendable {
    case all
    case programme(EntityID)
    case cohort(EntityID)
}

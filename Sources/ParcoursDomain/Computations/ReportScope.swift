/// What a report covers.
public enum ReportScope: Hashable, Sendable {
    case all
    case programme(EntityID)
    case cohort(EntityID)
    /// Every programme an organisation runs (is an operator of), side by side.
    case `operator`(EntityID)
}

/// A staff member's role in a cohort: the roles of the seeds' programmes (coordinateur,
/// référent thématique, animateur, intervenant, témoin — an entrepreneur who tells their story).
public enum StaffRole: String, CaseIterable, Sendable, Codable {
    case coordinator, referent, facilitator, intervenant, temoin
}

/// A project's status, independent of its stage (domain.md §2.3).
public enum ProjectStatus: String, CaseIterable, Sendable, Codable {
    case actif
    case enPause = "en_pause"
    case abandonne, reoriente, oriente, fusionne, integre, cesse

    /// True for statuses that end the accompaniment of the project here.
    public var isExit: Bool {
        switch self {
        case .actif, .enPause: false
        case .abandonne, .reoriente, .oriente, .fusionne, .integre, .cesse: true
        }
    }
}

/// Who carries a project: a person, a citizen collective or an existing structure.
public enum HolderKind: String, CaseIterable, Sendable, Codable {
    case person, collective, structure
}

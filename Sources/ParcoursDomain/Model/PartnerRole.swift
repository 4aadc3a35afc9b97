/// The part a partner organisation plays in a programme (domain.md F27): a known list, so
/// reports and the attendance sheet can count funders or prescribers. A role recorded as
/// free text before the list (logs of earlier versions) stays as it was written.
public enum PartnerRole: String, CaseIterable, Sendable, Codable {
    case financeur, operationnel, prescripteur, intervenant, temoin
    case lieuAccueil = "lieu_accueil"

    /// The role a person typed: its id, its French or English label, or a usual synonym,
    /// in any case and accents ("Financeur", "funder", "lieu d'accueil", "host venue").
    public static func parse(_ text: String) -> PartnerRole? {
        let key = CommuneKey.of(text)
        for role in allCases {
            let names = [role.rawValue, Catalog.label(role, .fr), Catalog.label(role, .en)] + role.synonyms
            if names.contains(where: { CommuneKey.of($0) == key }) { return role }
        }
        return nil
    }

    var synonyms: [String] {
        switch self {
        case .financeur: ["financement", "funding", "cofinanceur"]
        case .operationnel: ["operational", "partenaire operationnel", "operator"]
        case .prescripteur: ["prescriber", "referral", "orienteur"]
        case .intervenant: ["intervention", "contributor"]
        case .temoin: ["witness", "structure temoin", "testimony"]
        case .lieuAccueil: ["lieu", "venue", "accueil", "host", "host venue", "salle"]
        }
    }
}

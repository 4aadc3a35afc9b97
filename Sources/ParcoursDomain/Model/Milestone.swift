/// The standard milestones of a project's path (domain.md F13), in the order a project
/// usually meets them. Ids are ASCII slugs like stages; labels come from the catalog.
public enum StandardMilestone: String, CaseIterable, Sendable, Codable {
    /// The social need identified (problem tree).
    case besoinIdentifie = "besoin_identifie"
    case charteSociale = "charte_sociale"
    case pitch
    case noteIntention = "note_intention"
    case etudeMarche = "etude_marche"
    case modeleEconomique = "modele_economique"
    case formeJuridique = "forme_juridique"
    case planFinancement = "plan_financement"
    case planAction = "plan_action"
    /// The legal structure registered: counted as a structure created (unless it already existed).
    case structureImmatriculee = "structure_immatriculee"
    case localTrouve = "local_trouve"
    case ouverture
}

/// A milestone a programme adds to the standard list ("Visite d'un lieu similaire").
public struct CustomMilestone: Hashable, Sendable, Codable, Identifiable {
    public var id: EntityID
    public var title: String

    public init(id: EntityID, title: String) {
        self.id = id
        self.title = title
    }
}

/// A milestone named in a message: a standard one (labelled in the reader's language)
/// or a programme's own (its title).
public enum MilestoneName: Hashable, Sendable {
    case standard(StandardMilestone)
    case custom(String)
}

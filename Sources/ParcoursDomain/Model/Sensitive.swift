/// Peripheral obstacles a holder faces (*freins périphériques*): recorded only with the
/// person's consent to that scope, erased when it is withdrawn.
public enum Obstacle: String, CaseIterable, Sendable, Codable, Comparable {
    case mobilite
    case gardeEnfants = "garde_enfants"
    case numerique
    case monoparentalite

    public static func < (a: Obstacle, b: Obstacle) -> Bool { a.rawValue < b.rawValue }
}

/// Profile facts funders ask about: recorded only with the person's consent.
public enum ProfileTag: String, CaseIterable, Sendable, Codable, Comparable {
    case jeuneAdulte = "jeune_adulte"
    case neet
    case demandeurEmploi = "demandeur_emploi"
    case eloigneEmploi = "eloigne_emploi"
    case beneficiaireRSA = "beneficiaire_rsa"
    case habitantQPV = "habitant_qpv"
    case neorural
    case pluriactif

    public static func < (a: ProfileTag, b: ProfileTag) -> Bool { a.rawValue < b.rawValue }
}

/// What a consent covers.
public enum ConsentScope: String, CaseIterable, Sendable, Codable, Comparable {
    case obstacles, profile

    public static func < (a: ConsentScope, b: ConsentScope) -> Bool { a.rawValue < b.rawValue }
}

/// A holder's sensitive data and the consents it rests on.
public struct SensitiveData: Hashable, Sendable, Codable {
    /// When the person consented, per scope (absent: no consent, or withdrawn).
    public var consents: [ConsentScope: Day] = [:]
    public var obstacles: [Obstacle] = []
    public var profile: [ProfileTag] = []
    /// The actions that recorded this data, per scope: what a withdrawal erases.
    public var actions: [ConsentScope: [String]] = [:]

    public init(consents: [ConsentScope: Day] = [:], obstacles: [Obstacle] = [], profile: [ProfileTag] = []) {
        self.consents = consents
        self.obstacles = obstacles
        self.profile = profile
    }

    public var isEmpty: Bool { consents.isEmpty && obstacles.isEmpty && profile.isEmpty }
}

extension Catalog {
    /// A consent scope in words.
    public static func consentScope(_ scope: ConsentScope, _ l: Language) -> String {
        switch scope {
        case .obstacles: pick(l, "freins périphériques", "peripheral obstacles")
        case .profile: pick(l, "profil", "profile")
        }
    }

    /// An obstacle or profile id in words.
    public static func sensitiveLabel(_ id: String, _ scope: ConsentScope, _ l: Language) -> String {
        switch scope {
        case .obstacles: Obstacle(rawValue: id).map { label($0, l) } ?? id
        case .profile: ProfileTag(rawValue: id).map { label($0, l) } ?? id
        }
    }

    public static func label(_ obstacle: Obstacle, _ l: Language) -> String {
        switch obstacle {
        case .mobilite: pick(l, "mobilité", "mobility")
        case .gardeEnfants: pick(l, "garde d’enfants", "childcare")
        case .numerique: pick(l, "accès au numérique", "digital access")
        case .monoparentalite: pick(l, "monoparentalité", "single parent")
        }
    }

    public static func label(_ tag: ProfileTag, _ l: Language) -> String {
        switch tag {
        case .jeuneAdulte: pick(l, "jeune adulte", "young adult")
        case .neet: pick(l, "ni en emploi ni en formation (NEET)", "not in employment or training (NEET)")
        case .demandeurEmploi: pick(l, "demandeur d’emploi", "jobseeker")
        case .eloigneEmploi: pick(l, "éloigné de l’emploi", "far from employment")
        case .beneficiaireRSA: pick(l, "bénéficiaire du RSA", "RSA recipient")
        case .habitantQPV: pick(l, "habitant d’un quartier prioritaire (QPV)", "priority neighbourhood resident (QPV)")
        case .neorural: pick(l, "néorural", "new rural resident")
        case .pluriactif: pick(l, "pluriactif", "multiple jobs")
        }
    }
}

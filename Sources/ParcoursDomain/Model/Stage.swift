/// Project maturity, ordered from the wish to start to development (domain.md §2.2).
/// A project can move back; an exit keeps the stage it had reached.
public enum Stage: String, CaseIterable, Sendable, Codable, Comparable {
    case envie, idee, emergence, etude, test, creation, consolidation, developpement

    var index: Int { Stage.allCases.firstIndex(of: self)! }

    public static func < (a: Stage, b: Stage) -> Bool { a.index < b.index }

    /// The following stage, nil at the last one.
    public var next: Stage? { index + 1 < Stage.allCases.count ? Stage.allCases[index + 1] : nil }

    /// The preceding stage, nil at the first one.
    public var previous: Stage? { index > 0 ? Stage.allCases[index - 1] : nil }

    /// The guide's four macro-stages, used by funders' reports.
    public var macro: MacroStage {
        switch self {
        case .envie, .idee, .emergence: .premiersPas
        case .etude, .test, .creation: .creation
        case .consolidation: .consolidation
        case .developpement: .developpement
        }
    }
}

/// The guide's macro-stages (premiers pas, création, consolidation, développement).
public enum MacroStage: String, CaseIterable, Sendable, Codable {
    case premiersPas = "premiers_pas"
    case creation, consolidation, developpement
}

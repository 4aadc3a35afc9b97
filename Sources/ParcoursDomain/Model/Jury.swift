/// A level of the jury's grid, for the project's evolution and for the person's progress.
/// Four described levels rather than a score out of 10 (docs/decisions.md, "The jury's
/// scale"): a jury of the programme's speakers agrees on a described level faster than on
/// a number, an even count leaves no non-committal middle, and funders read "2 of 3
/// judged satisfactory or better" more honestly than a mean over three people.
public enum JuryLevel: String, CaseIterable, Sendable, Codable, Comparable {
    case insuffisant
    case aConforter = "a_conforter"
    case satisfaisant
    case tresSatisfaisant = "tres_satisfaisant"

    /// 1 to 4, as the command line also accepts it.
    public var rank: Int { JuryLevel.allCases.firstIndex(of: self)! + 1 }

    public static func < (a: JuryLevel, b: JuryLevel) -> Bool { a.rank < b.rank }
}

/// What the jury decides for the holder at the end of the accompaniment (domain.md §4.2:
/// "être orientées vers d'autres dispositifs existants sur le territoire").
public enum JuryDecision: String, CaseIterable, Sendable, Codable {
    /// The project goes on (in its own development, or a next stage with the same operator).
    case poursuivre
    /// Referred on to another programme or structure (an incubator, a CAE…): `destination`.
    case orienter
    /// Turned towards another path: training, employment, another project.
    case reorienter
    /// The project stops.
    case arreter
}

/// A member of a review session's jury: one of the speakers (intervenants), named as the
/// cohort's staff is, with the organisation they come from.
public struct JuryMember: Hashable, Sendable, Codable {
    public var name: String
    public var organisation: EntityID?

    public init(name: String, organisation: EntityID? = nil) {
        self.name = name
        self.organisation = organisation
    }
}

/// The jury's evaluation of one holder at a review session: the project's evolution, the
/// person's progress, the orientation decision, and the jury's words.
public struct JuryEvaluation: Hashable, Sendable, Codable {
    public var project: JuryLevel
    public var progress: JuryLevel
    public var decision: JuryDecision
    /// Where the holder is referred (`orienter`).
    public var destination: EntityID?
    /// The jury's comment: personal data about the person, emptied when they are erased.
    public var comment: String?

    public init(project: JuryLevel, progress: JuryLevel, decision: JuryDecision, destination: EntityID? = nil,
                comment: String? = nil) {
        self.project = project
        self.progress = progress
        self.decision = decision
        self.destination = destination
        self.comment = comment
    }

    public var erased: JuryEvaluation {
        var evaluation = self
        evaluation.comment = nil
        return evaluation
    }
}

/// A review session's jury: its members and its evaluations, by holder.
public struct Jury: Hashable, Sendable, Codable {
    public var members: [JuryMember] = []
    public var evaluations: [EntityID: JuryEvaluation] = [:]

    public init(members: [JuryMember] = [], evaluations: [EntityID: JuryEvaluation] = [:]) {
        self.members = members
        self.evaluations = evaluations
    }

    public var isEmpty: Bool { members.isEmpty && evaluations.isEmpty }
}

/// A call for applications (appel à projets, appel à manifestation d'intérêt — AMI) of a
/// programme (domain.md F4): where it comes from, when it is open, and the eligibility
/// criteria each application is checked against ("portés par un collectif, avoir une
/// visée d'utilité sociale et s'inscrire en complémentarité avec ce qui existe déjà").
public struct CallForApplications: Hashable, Sendable, Codable, Identifiable {
    public var id: EntityID
    public var programme: EntityID
    /// The cohort it recruits for, if any: an application there enrols the holder as a candidate.
    public var cohort: EntityID?
    public var title: String
    /// Who launched or relayed it (a local authority, a network, a newsletter…).
    public var source: String?
    public var opens: Day?
    public var closes: Day?
    /// The eligibility criteria, in order; an application's checks name them by position.
    public var criteria: [String]
    /// The day it was recorded.
    public var created: Day

    public init(id: EntityID, programme: EntityID, cohort: EntityID? = nil, title: String, source: String? = nil,
                opens: Day? = nil, closes: Day? = nil, criteria: [String] = [], created: Day) {
        self.id = id
        self.programme = programme
        self.cohort = cohort
        self.title = title
        self.source = source
        self.opens = opens
        self.closes = closes
        self.criteria = criteria
        self.created = created
    }
}

/// One criterion checked on an application: met or not.
public struct CriterionCheck: Hashable, Sendable, Codable {
    /// The criterion's position in the call's list, from 0.
    public var criterion: Int
    public var met: Bool

    public init(criterion: Int, met: Bool) {
        self.criterion = criterion
        self.met = met
    }
}

/// Where an application stands against the call's criteria.
public enum Eligibility: String, CaseIterable, Sendable, Codable {
    /// Every criterion checked and met (or the call has none).
    case eligible
    /// At least one criterion checked and not met.
    case notEligible = "not_eligible"
    /// Some criteria not checked yet, none unmet.
    case pending
}

/// A holder's application (dossier) to a call: when it came, and its eligibility checklist.
public struct Application: Hashable, Sendable, Codable {
    public var date: Day
    /// The criteria checked so far, by position (a criterion not listed is not checked yet).
    public var checks: [CriterionCheck]

    public init(date: Day, checks: [CriterionCheck] = []) {
        self.date = date
        self.checks = checks
    }

    /// Whether criterion `index` was checked met (true), not met (false), or not yet (nil).
    public func check(_ index: Int) -> Bool? {
        checks.first { $0.criterion == index }?.met
    }

    /// Its eligibility against `criteria` criteria.
    public func eligibility(criteria count: Int) -> Eligibility {
        if checks.contains(where: { !$0.met && $0.criterion < count }) { return .notEligible }
        return (0..<count).allSatisfy { check($0) == true } ? .eligible : .pending
    }
}

// What an edit command asks to change: nil leaves a field as it is. For optional texts
// an empty text clears the field.

/// Changes to a holder (`holder edit`).
public struct HolderEdit: Hashable, Sendable {
    public var name: String?
    public var kind: HolderKind?
    public var commune: String?
    public var email: String?
    public var phone: String?
    /// Tags added, and removed (compared without case or accents).
    public var addTags: [String]
    public var removeTags: [String]
    /// The referring organisation's name (created on first use); "" clears it.
    public var referredByName: String?
    /// The referent, a person of the directory (created on first use); "" clears it.
    public var referentName: String?

    public init(name: String? = nil, kind: HolderKind? = nil, commune: String? = nil, email: String? = nil,
                phone: String? = nil, addTags: [String] = [], removeTags: [String] = [], referredByName: String? = nil,
                referentName: String? = nil) {
        self.name = name
        self.kind = kind
        self.commune = commune
        self.email = email
        self.phone = phone
        self.addTags = addTags
        self.removeTags = removeTags
        self.referredByName = referredByName
        self.referentName = referentName
    }
}

/// Changes to a project (`project edit`). Its stage and status have their own commands.
public struct ProjectEdit: Hashable, Sendable {
    public var title: String?
    public var description: String?
    /// The sectors, replacing the current ones (empty texts dropped; none left clears).
    public var sectors: [String]?
    public var commune: String?
    public var legalForm: String?
    public var alreadyCreated: Bool?

    public init(title: String? = nil, description: String? = nil, sectors: [String]? = nil, commune: String? = nil,
                legalForm: String? = nil, alreadyCreated: Bool? = nil) {
        self.title = title
        self.description = description
        self.sectors = sectors
        self.commune = commune
        self.legalForm = legalForm
        self.alreadyCreated = alreadyCreated
    }
}

/// Changes to a programme (`programme edit`). Partners and the template have their own commands.
public struct ProgrammeEdit: Hashable, Sendable {
    public var name: String?
    public var targetPublic: String?
    /// Replaces the target stages (an empty list clears them).
    public var targetStages: [Stage]?
    /// Replaces the operators, by name (created on first use).
    public var operatorNames: [String]?
    /// The programme's type as typed (its id or label; empty clears it).
    public var type: String?
    /// Replaces the territory: each a région, département, EPCI or commune as typed (an
    /// empty list clears it).
    public var territory: [String]?

    public init(name: String? = nil, targetPublic: String? = nil, targetStages: [Stage]? = nil, operatorNames: [String]? = nil,
                type: String? = nil, territory: [String]? = nil) {
        self.name = name
        self.targetPublic = targetPublic
        self.targetStages = targetStages
        self.operatorNames = operatorNames
        self.type = type
        self.territory = territory
    }
}

/// Changes to a cohort (`cohort edit`). `.some(nil)` clears the end or the capacity.
public struct CohortEdit: Hashable, Sendable {
    public var name: String?
    public var start: Day?
    public var end: Day??
    public var capacity: Int??

    public init(name: String? = nil, start: Day? = nil, end: Day?? = nil, capacity: Int?? = nil) {
        self.name = name
        self.start = start
        self.end = end
        self.capacity = capacity
    }
}

/// Changes to a template workshop (`programme workshop-edit`).
public struct WorkshopEdit: Hashable, Sendable {
    public var title: String?
    public var duration: TimeSpan?
    /// The organisation that usually runs it (created on first use); "" clears it.
    public var byOrganisationName: String?
    /// "" clears them.
    public var objectives: String?
    public var kind: SessionKind?

    public init(title: String? = nil, duration: TimeSpan? = nil, byOrganisationName: String? = nil,
                objectives: String? = nil, kind: SessionKind? = nil) {
        self.title = title
        self.duration = duration
        self.byOrganisationName = byOrganisationName
        self.objectives = objectives
        self.kind = kind
    }
}

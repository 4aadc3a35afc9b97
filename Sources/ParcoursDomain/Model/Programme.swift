/// A partner organisation of a programme and its role in plain words ("financeur", "lieu").
public struct Partner: Hashable, Sendable, Codable {
    public var organisation: EntityID
    public var role: String

    public init(organisation: EntityID, role: String) {
        self.organisation = organisation
        self.role = role
    }
}

/// A programme (dispositif): who runs it, for whom, and its workshop template.
public struct Programme: Hashable, Sendable, Codable, Identifiable {
    public var id: EntityID
    public var name: String
    public var operators: [EntityID]
    public var partners: [Partner]
    public var targetStages: [Stage]
    public var targetPublic: String?
    public var template: [WorkshopTemplate]
    /// What kind of programme (nil: not said).
    public var type: ProgrammeType?
    /// The territory it serves: areas of the geographic code ("departement:07",
    /// "epci:200072015"; nil: not said).
    public var territory: [String]?

    public init(id: EntityID, name: String, operators: [EntityID] = [], partners: [Partner] = [],
                targetStages: [Stage] = [], targetPublic: String? = nil, template: [WorkshopTemplate] = []) {
        self.id = id
        self.name = name
        self.operators = operators
        self.partners = partners
        self.targetStages = targetStages
        self.targetPublic = targetPublic
        self.template = template
    }
}

/// One move of a project's stage.
public struct StageChange: Hashable, Sendable, Codable {
    public var date: Day
    public var from: Stage
    public var to: Stage
    public var author: String
    public var note: String?

    public init(date: Day, from: Stage, to: Stage, author: String, note: String?) {
        self.date = date
        self.from = from
        self.to = to
        self.author = author
        self.note = note
    }
}

/// One move of a project's status.
public struct StatusChange: Hashable, Sendable, Codable {
    public var date: Day
    public var from: ProjectStatus
    public var to: ProjectStatus
    public var author: String
    /// Where the project was oriented (status `oriente`).
    public var destination: EntityID?
    public var note: String?

    public init(date: Day, from: ProjectStatus, to: ProjectStatus, author: String, destination: EntityID?, note: String?) {
        self.date = date
        self.from = from
        self.to = to
        self.author = author
        self.destination = destination
        self.note = note
    }
}

/// A project: carried by one or more holders; carries the stage and the status.
public struct Project: Hashable, Sendable, Codable, Identifiable {
    public var id: EntityID
    public var holders: [EntityID]
    public var title: String
    /// What the project is, in the holders' words.
    public var description: String?
    public var sectors: [String]
    public var commune: String?
    public var legalForm: String?
    /// Whether its structure already existed when it came in (nil: not said).
    public var alreadyCreated: Bool?
    public var stage: Stage
    public var status: ProjectStatus
    /// The day the project was recorded; the stage counts from here until it first moves.
    public var created: Day
    public var stageHistory: [StageChange]
    public var statusHistory: [StatusChange]
    /// The INSEE code of `commune` (nil for free text).
    public var communeCode: String?

    public init(id: EntityID, holders: [EntityID], title: String, sectors: [String] = [],
                commune: String? = nil, legalForm: String? = nil, stage: Stage = .idee,
                status: ProjectStatus = .actif, created: Day,
                stageHistory: [StageChange] = [], statusHistory: [StatusChange] = [],
                description: String? = nil, alreadyCreated: Bool? = nil, communeCode: String? = nil) {
        self.id = id
        self.holders = holders
        self.title = title
        self.sectors = sectors
        self.commune = commune
        self.legalForm = legalForm
        self.stage = stage
        self.status = status
        self.created = created
        self.stageHistory = stageHistory
        self.statusHistory = statusHistory
        self.description = description
        self.alreadyCreated = alreadyCreated
        self.communeCode = communeCode
    }

    /// The day the current stage was reached.
    public var stageSince: Day { stageHistory.last?.date ?? created }
}

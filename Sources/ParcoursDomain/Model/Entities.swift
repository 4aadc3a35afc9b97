import Foundation

/// Ids are random ASCII slugs drawn by `Context.newID()`; names are labels, never keys.
public typealias EntityID = String

/// An operator, partner, funder, prescriber or venue owner.
public struct Organisation: Hashable, Sendable, Codable, Identifiable {
    public var id: EntityID
    public var name: String
    public var kind: OrganisationKind

    public init(id: EntityID, name: String, kind: OrganisationKind) {
        self.id = id
        self.name = name
        self.kind = kind
    }
}

/// A partner organisation of a programme and its role in plain words ("financeur", "lieu").
public struct Partner: Hashable, Sendable, Codable {
    public var organisation: EntityID
    public var role: String

    public init(organisation: EntityID, role: String) {
        self.organisation = organisation
        self.role = role
    }
}

/// One workshop of a programme's template, in order.
public struct WorkshopTemplate: Hashable, Sendable, Codable {
    public var title: String
    public var objectives: String?
    public var duration: TimeSpan?
    /// The organisation that usually facilitates it.
    public var facilitator: EntityID?
    /// Collective workshop by default; `individuel` means one meeting per holder.
    public var kind: SessionKind

    public init(title: String, objectives: String? = nil, duration: TimeSpan? = nil,
                facilitator: EntityID? = nil, kind: SessionKind = .atelier) {
        self.title = title
        self.objectives = objectives
        self.duration = duration
        self.facilitator = facilitator
        self.kind = kind
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

/// A person on a cohort's staff (a name, not a holder).
public struct StaffMember: Hashable, Sendable, Codable {
    public var name: String
    public var role: StaffRole

    public init(name: String, role: StaffRole) {
        self.name = name
        self.role = role
    }
}

/// A cohort (promotion, édition): one run of a programme.
public struct Cohort: Hashable, Sendable, Codable, Identifiable {
    public var id: EntityID
    public var programme: EntityID
    public var name: String
    public var start: Day
    public var end: Day?
    public var capacity: Int?
    public var staff: [StaffMember]
    public var status: CohortStatus

    public init(id: EntityID, programme: EntityID, name: String, start: Day, end: Day? = nil,
                capacity: Int? = nil, staff: [StaffMember] = [], status: CohortStatus = .planned) {
        self.id = id
        self.programme = programme
        self.name = name
        self.start = start
        self.end = end
        self.capacity = capacity
        self.staff = staff
        self.status = status
    }
}

/// A project holder (porteur): a person, a collective or a structure.
public struct Holder: Hashable, Sendable, Codable, Identifiable {
    public var id: EntityID
    public var name: String
    public var kind: HolderKind
    public var commune: String?
    public var email: String?
    public var phone: String?
    public var tags: [String]
    /// The organisation that sent them (prescripteur).
    public var referredBy: EntityID?

    public init(id: EntityID, name: String, kind: HolderKind = .person, commune: String? = nil,
                email: String? = nil, phone: String? = nil, tags: [String] = [], referredBy: EntityID? = nil) {
        self.id = id
        self.name = name
        self.kind = kind
        self.commune = commune
        self.email = email
        self.phone = phone
        self.tags = tags
        self.referredBy = referredBy
    }
}

/// One move of a project's stage.
public struct StageChange: Hashable, Sendable, Codable {
    public var date: Day
    public var from: Stage
    public var to: Stage
    public var author: String
    public var note: String?
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
}

/// A project: carried by one or more holders; carries the stage and the status.
public struct Project: Hashable, Sendable, Codable, Identifiable {
    public var id: EntityID
    public var holders: [EntityID]
    public var title: String
    public var sectors: [String]
    public var commune: String?
    public var legalForm: String?
    public var stage: Stage
    public var status: ProjectStatus
    /// The day the project was recorded; the stage counts from here until it first moves.
    public var created: Day
    public var stageHistory: [StageChange]
    public var statusHistory: [StatusChange]

    public init(id: EntityID, holders: [EntityID], title: String, sectors: [String] = [],
                commune: String? = nil, legalForm: String? = nil, stage: Stage = .idee,
                status: ProjectStatus = .actif, created: Day,
                stageHistory: [StageChange] = [], statusHistory: [StatusChange] = []) {
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
    }

    /// The day the current stage was reached.
    public var stageSince: Day { stageHistory.last?.date ?? created }
}

/// One move of a participation.
public struct ParticipationChange: Hashable, Sendable, Codable {
    public var date: Day
    public var from: ParticipationStatus?
    public var to: ParticipationStatus
    public var author: String
}

/// A holder in a cohort.
public struct Participation: Hashable, Sendable, Codable {
    public var holder: EntityID
    public var cohort: EntityID
    public var status: ParticipationStatus
    public var history: [ParticipationChange]
}

/// The editable details of a session (what `sessionUpdated` replaces as a whole).
public struct SessionDetails: Hashable, Sendable, Codable {
    public var title: String
    public var kind: SessionKind
    public var date: Day
    public var time: ClockTime?
    public var duration: TimeSpan
    public var venue: String?
    public var remote: Bool
    /// Facilitating organisations.
    public var facilitators: [EntityID]
    /// The holder met, for an individual meeting.
    public var holder: EntityID?

    public init(title: String, kind: SessionKind = .atelier, date: Day, time: ClockTime? = nil,
                duration: TimeSpan = .hours(3), venue: String? = nil, remote: Bool = false,
                facilitators: [EntityID] = [], holder: EntityID? = nil) {
        self.title = title
        self.kind = kind
        self.date = date
        self.time = time
        self.duration = duration
        self.venue = venue
        self.remote = remote
        self.facilitators = facilitators
        self.holder = holder
    }
}

/// A workshop, individual meeting, review, visit or meeting of a cohort.
@dynamicMemberLookup
public struct Session: Hashable, Sendable, Codable, Identifiable {
    public var id: EntityID
    public var cohort: EntityID
    public var details: SessionDetails
    public var status: SessionStatus
    /// Position in the programme's template when created from it.
    public var templateIndex: Int?

    public init(id: EntityID, cohort: EntityID, details: SessionDetails,
                status: SessionStatus = .planned, templateIndex: Int? = nil) {
        self.id = id
        self.cohort = cohort
        self.details = details
        self.status = status
        self.templateIndex = templateIndex
    }

    public subscript<T>(dynamicMember path: KeyPath<SessionDetails, T>) -> T { details[keyPath: path] }
}

/// What was recorded for one holder at one session.
public struct MarkValue: Hashable, Sendable, Codable {
    public var mark: Mark
    public var remote: Bool
    public var remark: String?
    public var author: String
    public var time: Date

    public init(mark: Mark, remote: Bool = false, remark: String? = nil, author: String, time: Date) {
        self.mark = mark
        self.remote = remote
        self.remark = remark
        self.author = author
        self.time = time
    }

    public var mode: AttendanceMode { remote ? .remote : .inPerson }
}

/// A mark for one holder at one session.
public struct AttendanceMark: Hashable, Sendable {
    public var session: EntityID
    public var holder: EntityID
    public var value: MarkValue

    public init(session: EntityID, holder: EntityID, value: MarkValue) {
        self.session = session
        self.holder = holder
        self.value = value
    }

    public var mark: Mark { value.mark }
}

/// What a note is about.
public enum NoteTarget: Hashable, Sendable, Codable {
    case holder(EntityID)
    case project(EntityID)

    public var id: EntityID {
        switch self {
        case .holder(let id), .project(let id): id
        }
    }
}

/// A line in the logbook (carnet de bord) of a holder or a project.
public struct Note: Hashable, Sendable, Codable, Identifiable {
    public var id: EntityID
    public var target: NoteTarget
    public var text: String
    public var author: String
    public var time: Date
    /// The day it was written, for activity figures.
    public var date: Day

    public init(id: EntityID, target: NoteTarget, text: String, author: String, time: Date, date: Day) {
        self.id = id
        self.target = target
        self.text = text
        self.author = author
        self.time = time
        self.date = date
    }
}

extension NoteTarget {
    private enum CodingKeys: String, CodingKey { case kind, id }

    // Written as {"kind": "holder", "id": "…"}: readable in the log.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let id = try c.decode(String.self, forKey: .id)
        switch try c.decode(String.self, forKey: .kind) {
        case "holder": self = .holder(id)
        case "project": self = .project(id)
        case let other:
            throw DecodingError.dataCorruptedError(forKey: .kind, in: c, debugDescription: "unknown target \(other)")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .holder(let id): try c.encode("holder", forKey: .kind); try c.encode(id, forKey: .id)
        case .project(let id): try c.encode("project", forKey: .kind); try c.encode(id, forKey: .id)
        }
    }
}

/// What a facilitator asks for. Entity references are strings: an id, an id prefix
/// (4 characters or more) or a name/title (see `Resolver`). Organisations are given by
/// name and created on first use.
public enum Command: Hashable, Sendable {
    case addOrganisation(name: String, kind: OrganisationKind)
    case addProgramme(name: String, operatorNames: [String] = [], targetStages: [Stage] = [], targetPublic: String? = nil)
    case addPartner(programme: String, organisationName: String, role: String)
    /// `kind: .individuel` marks a template slot for one meeting per holder.
    case addWorkshop(programme: String, title: String, duration: TimeSpan? = nil, byOrganisationName: String? = nil,
                     objectives: String? = nil, kind: SessionKind = .atelier)
    /// With `fromTemplate`, one session per collective template workshop is scheduled,
    /// weekly from the start day. Individual slots of the template become one meeting per
    /// holder when they start taking part (`enrol`, `setParticipation`).
    case addCohort(programme: String, name: String, start: Day, end: Day? = nil, capacity: Int? = nil, fromTemplate: Bool = false)
    case setCohortStatus(cohort: String, status: CohortStatus)
    case addStaff(cohort: String, name: String, role: StaffRole)
    case addHolder(HolderDraft)
    case addHolderToProject(holder: String, project: String)
    case enrol(holder: String, cohort: String, status: ParticipationStatus = .inscrit)
    case setParticipation(holder: String, cohort: String, status: ParticipationStatus)
    case addSession(cohort: String, SessionDraft)
    case updateSession(session: String, SessionEdit)
    case cancelSession(session: String)
    /// Schedules the collective template workshops the cohort has no session for yet,
    /// weekly after its last session (or from its start), and the individual meetings
    /// missing for holders taking part.
    case createMissingTemplateSessions(cohort: String)
    case attend(session: String, holder: String, mark: Mark, remote: Bool = false, remark: String? = nil)
    /// Marks present every expected holder who has no mark yet.
    case markAllPresent(session: String)
    case clearMark(session: String, holder: String)
    case setStage(project: String, stage: Stage, note: String? = nil, date: Day? = nil)
    case setStatus(project: String, status: ProjectStatus, destinationName: String? = nil, note: String? = nil)
    /// `target` is resolved as a holder or a project reference.
    case addNote(target: String, text: String)
    case undo(author: String)
    case redo(author: String)
}

/// A new holder, optionally with their project in the same action.
public struct HolderDraft: Hashable, Sendable {
    public var name: String
    public var kind: HolderKind
    public var commune: String?
    public var email: String?
    public var phone: String?
    public var tags: [String]
    public var referredByName: String?
    /// With a title, the project is created in the same action.
    public var projectTitle: String?
    /// The project's stage; idee by default.
    public var stage: Stage?
    public var sectors: [String]

    public init(name: String, kind: HolderKind = .person, commune: String? = nil, email: String? = nil,
                phone: String? = nil, tags: [String] = [], referredByName: String? = nil,
                projectTitle: String? = nil, stage: Stage? = nil, sectors: [String] = []) {
        self.name = name
        self.kind = kind
        self.commune = commune
        self.email = email
        self.phone = phone
        self.tags = tags
        self.referredByName = referredByName
        self.projectTitle = projectTitle
        self.stage = stage
        self.sectors = sectors
    }
}

/// A new session of a cohort.
public struct SessionDraft: Hashable, Sendable {
    public var title: String
    public var date: Day
    public var time: ClockTime?
    /// 3 h by default.
    public var duration: TimeSpan?
    public var kind: SessionKind
    public var venue: String?
    public var remote: Bool
    public var byOrganisationName: String?
    /// The holder met (reference), required for an individual meeting.
    public var holder: String?

    public init(title: String, date: Day, time: ClockTime? = nil, duration: TimeSpan? = nil,
                kind: SessionKind = .atelier, venue: String? = nil, remote: Bool = false,
                byOrganisationName: String? = nil, holder: String? = nil) {
        self.title = title
        self.date = date
        self.time = time
        self.duration = duration
        self.kind = kind
        self.venue = venue
        self.remote = remote
        self.byOrganisationName = byOrganisationName
        self.holder = holder
    }
}

/// Changes to a session; nil leaves a field as it is. For `time` and `venue`,
/// `.some(nil)` clears the field.
public struct SessionEdit: Hashable, Sendable {
    public var title: String?
    public var date: Day?
    public var time: ClockTime??
    public var duration: TimeSpan?
    public var kind: SessionKind?
    public var venue: String??
    public var remote: Bool?
    public var byOrganisationName: String?
    public var holder: String?

    public init(title: String? = nil, date: Day? = nil, time: ClockTime?? = nil, duration: TimeSpan? = nil,
                kind: SessionKind? = nil, venue: String?? = nil, remote: Bool? = nil,
                byOrganisationName: String? = nil, holder: String? = nil) {
        self.title = title
        self.date = date
        self.time = time
        self.duration = duration
        self.kind = kind
        self.venue = venue
        self.remote = remote
        self.byOrganisationName = byOrganisationName
        self.holder = holder
    }
}

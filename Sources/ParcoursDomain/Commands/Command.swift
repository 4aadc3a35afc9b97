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
    /// Marks attendance. On a holder already marked, `remote` nil keeps the remote flag
    /// and `remark` nil keeps the remark ("" clears it).
    case attend(session: String, holder: String, mark: Mark, remote: Bool? = nil, remark: String? = nil)
    /// Marks present every expected holder who has no mark yet.
    case markAllPresent(session: String)
    case clearMark(session: String, holder: String)
    case setStage(project: String, stage: Stage, note: String? = nil, date: Day? = nil)
    case setStatus(project: String, status: ProjectStatus, destinationName: String? = nil, note: String? = nil)
    /// `target` is resolved as a holder or a project reference.
    case addNote(target: String, text: String)
    /// Erases a person's data (RGPD art. 17): the receipt keeps who and why, no data.
    case erase(holder: String, reason: String)
    /// A consent to a scope of sensitive data, given on `given` or withdrawn on `withdrawn`
    /// (which erases what was recorded under it).
    case setConsent(holder: String, scope: ConsentScope, given: Day?, withdrawn: Day?)
    /// Sets a scope of sensitive data (obstacle or profile ids); refused without consent.
    case setSensitive(holder: String, scope: ConsentScope, values: [String])
    /// Sets how long personal data is kept after the last contact.
    case setRetention(months: Int)
    /// Erases everyone whose last contact is older than the period (`months`, else the
    /// setting): one action, one receipt each.
    case applyRetention(months: Int?)
    case undo(author: String)
    case redo(author: String)
}

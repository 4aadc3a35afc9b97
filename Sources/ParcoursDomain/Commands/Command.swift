/// What a facilitator asks for. Entity references are strings: an id, an id prefix
/// (4 characters or more) or a name/title (see `Resolver`). Organisations are given by
/// name and created on first use.
public enum Command: Hashable, Sendable {
    case addOrganisation(name: String, kind: OrganisationKind)
    /// `type`: its type as typed (id or label); `territory`: régions, départements, EPCIs
    /// or communes as typed.
    case addProgramme(name: String, operatorNames: [String] = [], targetStages: [Stage] = [], targetPublic: String? = nil,
                      type: String? = nil, territory: [String] = [])
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
    /// `date`: when the holder entered (today by default; not later, nor before they were recorded).
    case enrol(holder: String, cohort: String, status: ParticipationStatus = .inscrit, date: Day? = nil)
    /// `date`: when it moved (today by default; not later, nor before its last move).
    case setParticipation(holder: String, cohort: String, status: ParticipationStatus, date: Day? = nil,
                          reason: String? = nil)
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
    /// `note` is the reason (why); `date` when it changed (today by default).
    case setStatus(project: String, status: ProjectStatus, destinationName: String? = nil, note: String? = nil,
                   date: Day? = nil)
    /// `target` is resolved as a holder or a project reference; `date` is the day the
    /// note is about (today by default).
    case addNote(target: String, text: String, date: Day? = nil)
    // Corrections: each edit records only the fields it changes, with their old values.
    case editHolder(holder: String, HolderEdit)
    case editProject(project: String, ProjectEdit)
    case editProgramme(programme: String, ProgrammeEdit)
    case editCohort(cohort: String, CohortEdit)
    case editOrganisation(organisation: String, name: String? = nil, kind: OrganisationKind? = nil)
    /// `workshop`: its position in the template (1, 2…) or its title.
    case editWorkshop(programme: String, workshop: String, WorkshopEdit)
    /// Moves a template workshop to `position` (1-based); the others close up.
    case moveWorkshop(programme: String, workshop: String, position: Int)
    case removeWorkshop(programme: String, workshop: String)
    /// Appends a copy of `from`'s template to `to`'s.
    case copyTemplate(from: String, to: String)
    /// Takes a holder entered by mistake out of every list. Refused while they have marks,
    /// notes or participations unless `withHistory` (which removes those too, one action).
    case removeHolder(holder: String, reason: String, withHistory: Bool = false)
    /// Moves every reference of `duplicate` to `keep`, then removes `duplicate`.
    case mergeHolders(keep: String, duplicate: String)
    /// Removes a participation entered by mistake (refused while it has marks).
    case removeParticipation(holder: String, cohort: String, reason: String)
    /// Moves a holder from their current cohort (`from` when they have several) to
    /// `cohort`: not a drop-out.
    case transfer(holder: String, cohort: String, from: String? = nil, date: Day? = nil, reason: String? = nil)
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
    // Follow-up after the programme, the project's path, money (issue 17).
    /// Sets a programme's follow-up waves, in months after the end of each holder's
    /// participation (an empty list removes them).
    case planFollowUps(programme: String, waves: [Int])
    /// Records what became of a project at one wave (replacing what that wave held).
    case recordFollowUp(project: String, wave: Int, FollowUpDraft)
    case removeFollowUp(project: String, wave: Int)
    /// A milestone of the programme's own, beside the standard list.
    case addProgrammeMilestone(programme: String, title: String)
    /// `milestone`: a standard milestone's id or label, or a programme's own by its title;
    /// `date`: when (today by default).
    case reachMilestone(project: String, milestone: String, date: Day? = nil)
    case clearMilestone(project: String, milestone: String)
    case addNeed(project: String, kind: NeedKind, description: String? = nil, date: Day? = nil)
    /// Resolves the project's open need of that kind.
    case resolveNeed(project: String, kind: NeedKind, note: String? = nil, date: Day? = nil)
    /// A change of legal form that happened on `date` (kept in the history); a misspelt
    /// form is corrected with `editProject` instead.
    case changeLegalForm(project: String, form: String, date: Day? = nil)
    /// Sets (or with `remove`, removes) a programme's or cohort's cost and funding.
    case setFunding(target: String, FundingDraft)
    // Evaluations (questionnaires, the jury of a review session).
    /// Defines a questionnaire for a programme (`QuestionnaireDraft.standardExit` is the
    /// guide's end-of-programme survey).
    case addQuestionnaire(programme: String, QuestionnaireDraft)
    /// Removes a questionnaire defined by mistake (refused while it has answers).
    case removeQuestionnaire(questionnaire: String)
    /// Records a holder's answers, replacing earlier ones. `cohort`: the programme's cohort
    /// they answer in, when they have several; `date`: when they answered (today by default).
    case answerQuestionnaire(holder: String, questionnaire: String, answers: [AnswerInput], cohort: String? = nil,
                             date: Day? = nil)
    case clearAnswers(holder: String, questionnaire: String)
    /// A member of a review session's jury, from `organisationName` (created on first use).
    case addJuryMember(session: String, name: String, organisationName: String? = nil)
    case removeJuryMember(session: String, name: String)
    /// The jury's evaluation of a holder at a review session, replacing an earlier one.
    case evaluateAtJury(session: String, holder: String, JuryEvaluationDraft)
    case clearJuryEvaluation(session: String, holder: String)
    case undo(author: String)
    case redo(author: String)
    /// A person at an organisation (a contact), with their position and its dates.
    case addContact(organisation: String, ContactDraft)
    /// A contact corrected, or their end date set when they leave.
    case editContact(organisation: String, contact: String, ContactEdit)
    /// A contact entered by mistake taken back (undo brings it back).
    case removeContact(organisation: String, contact: String)
    /// A contact erased for good: their name, position, e-mail and phone leave every file.
    case eraseContact(organisation: String, contact: String, reason: String)
    // Open events, counted by headcount (domain.md F6, F31).
    /// Schedules an open event of `target`: a cohort, or a programme (an awareness
    /// programme may have no cohort).
    case addOpenEvent(target: String, OpenEventDraft)
    case editOpenEvent(event: String, OpenEventEdit)
    /// Calls a planned open event off.
    case cancelOpenEvent(event: String)
    /// Records who came, by audience category (replacing an earlier headcount): the
    /// event is held.
    case recordHeadcount(event: String, HeadcountInput)
    /// Takes the headcount away: the event is planned again.
    case clearHeadcount(event: String)
    /// Says a past session nobody was expected at took place (no roll call to take).
    case holdSession(session: String)
    // Ideas before holders (F15) and calls for applications (F4).
    /// An idea detected on a territory, worked on by a programme (a Fabrique); `date`:
    /// when it was detected (today by default).
    case addIdea(programme: String, IdeaDraft)
    /// Moves an idea's status; `date`: when (today by default; not before its last move).
    case setIdeaStatus(idea: String, status: IdeaStatus, reason: String? = nil, date: Day? = nil)
    /// The idea becomes the holder's project (created in the same action), keeping its
    /// history; `stage`: the project's stage (by default `etude` once the idea was
    /// studied, `idee` otherwise).
    case adoptIdea(idea: String, holder: String, stage: Stage? = nil, note: String? = nil, date: Day? = nil)
    /// The holder found for the idea is recorded and adopts it in one action (undone
    /// together): the holder from `holder` (recorded on the adoption's day unless it
    /// says), then as `adoptIdea`.
    case adoptIdeaByNewHolder(idea: String, holder: HolderDraft, stage: Stage? = nil, note: String? = nil, date: Day? = nil)
    case addCall(programme: String, CallDraft)
    /// Records a holder's application to a call (a candidate of its cohort, if it has one).
    case applyToCall(call: String, holder: String, date: Day? = nil)
    /// Checks criteria of an application: `met` and `unmet` name criteria by number (from 1)
    /// or words of their text; `unchecked` takes a check back.
    case checkApplication(call: String, holder: String, met: [String] = [], unmet: [String] = [],
                          unchecked: [String] = [])
    /// Takes an application recorded by mistake away.
    case removeApplication(call: String, holder: String)
    // The people and venue directories, the facilitators of a session (issue 18). A
    // holder's referent is `HolderEdit.referentName`; a session's venue `SessionDraft.venue`.
    case addPerson(PersonDraft)
    case editPerson(person: String, PersonEdit)
    /// Removes a person entered by mistake (refused while something names them).
    case removePerson(person: String)
    case addVenue(VenueDraft)
    case editVenue(venue: String, VenueEdit)
    /// Removes a venue entered by mistake (refused while a session takes place there).
    case removeVenue(venue: String)
    /// Names a person (created in the directory on first use) among a session's facilitators.
    case addSessionFacilitator(session: String, person: String)
    case removeSessionFacilitator(session: String, person: String)
}

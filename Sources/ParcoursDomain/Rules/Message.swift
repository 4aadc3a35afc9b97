/// A plain-words summary of what a command did. Carries names (not ids), captured
/// when decided; rendered by `Catalog.text(_:_:)`.
public enum Message: Hashable, Sendable {
    case organisationAdded(name: String)
    case programmeCreated(name: String, createdOrganisations: [String])
    case partnerAdded(organisation: String, programme: String)
    case workshopAdded(title: String, programme: String, position: Int)
    case cohortCreated(name: String, programme: String, sessions: Int)
    case cohortStatusChanged(cohort: String, status: CohortStatus)
    case staffAdded(name: String, role: StaffRole, cohort: String)
    case holderAdded(name: String, project: String?)
    /// A person's data erased; they are now shown under their number.
    case erased(number: Int)
    case retentionSet(months: Int)
    case consentGiven(holder: String, scope: ConsentScope)
    case consentWithdrawn(holder: String, scope: ConsentScope)
    case sensitiveSet(holder: String, scope: ConsentScope, count: Int)
    case retentionApplied(count: Int, months: Int)
    /// Two things one action did, said one after the other.
    indirect case both(Message, Message)
    case holderJoinedProject(holder: String, project: String)
    /// `meetings`: individual meetings scheduled for the holder from the template.
    case enrolled(holder: String, cohort: String, status: ParticipationStatus, meetings: Int = 0)
    case participationChanged(holder: String, cohort: String, from: ParticipationStatus, to: ParticipationStatus, meetings: Int = 0)
    case sessionScheduled(title: String, date: Day)
    case sessionUpdated(title: String)
    case sessionCancelled(title: String, date: Day)
    /// `count` collective sessions and `meetings` individual meetings.
    case templateSessionsCreated(cohort: String, count: Int, meetings: Int = 0)
    case marked(holder: String, session: String, mark: Mark)
    case markedAllPresent(session: String, count: Int)
    case markCleared(holder: String, session: String)
    case stageChanged(project: String, from: Stage, to: Stage)
    case statusChanged(project: String, from: ProjectStatus, to: ProjectStatus)
    case noteAdded(about: String)
    /// `fields`: the names of the fields changed, as the log writes them.
    case edited(EntityKind, name: String, fields: [String])
    case workshopEdited(title: String, programme: String)
    case workshopMoved(title: String, programme: String, position: Int)
    /// `unlinked`: sessions already made from it, kept but no longer tied to the template.
    case workshopRemoved(title: String, programme: String, unlinked: Int)
    case templateCopied(from: String, to: String, count: Int)
    /// What went with the holder (`--with-history`).
    case holderRemoved(name: String, marks: Int, notes: Int, participations: Int, meetings: Int, projects: Int)
    /// `moved`: references moved to `keep`; `filled`: fields of `keep` taken from the duplicate.
    case holdersMerged(keep: String, duplicate: String, moved: Int, filled: [String])
    /// `meetings`: the individual meetings planned for it, removed with it.
    case participationRemoved(holder: String, cohort: String, meetings: Int)
    /// `cancelled`: planned individual meetings called off in the cohort left; `planned`:
    /// those planned in the new one from its template.
    case transferred(holder: String, from: String, to: String, cancelled: Int, planned: Int)
    /// A first presence started the participation (inscrit → en cours): `holders` of them.
    case participationsStarted(holders: [String], cohort: String)
    // Follow-up, the project's path, money (issue 17).
    /// `waves`: months after the end of each participation, none when removed.
    case followUpsPlanned(programme: String, waves: [Int])
    case followUpRecorded(project: String, wave: Int, activity: FollowUpActivity, replaced: Bool)
    case followUpRemoved(project: String, wave: Int)
    case programmeMilestoneAdded(title: String, programme: String)
    case milestoneReached(project: String, milestone: MilestoneName, date: Day)
    case milestoneCleared(project: String, milestone: MilestoneName)
    case needAdded(project: String, kind: NeedKind)
    case needResolved(project: String, kind: NeedKind)
    case legalFormChanged(project: String, from: String?, to: String)
    /// `cost` in cents.
    case fundingSet(target: String, cost: Int, funders: Int)
    case fundingRemoved(target: String)
    case questionnaireAdded(title: String, programme: String, questions: Int)
    case questionnaireRemoved(title: String)
    /// `replaced`: earlier answers were replaced.
    case answered(holder: String, questionnaire: String, count: Int, replaced: Bool)
    case answersCleared(holder: String, questionnaire: String)
    case juryMemberAdded(name: String, session: String)
    case juryMemberRemoved(name: String, session: String)
    case juryEvaluated(holder: String, session: String, decision: JuryDecision)
    case juryEvaluationCleared(holder: String, session: String)
    case openEventScheduled(title: String, date: Day, owner: String)
    case openEventUpdated(title: String)
    case openEventCancelled(title: String, date: Day)
    /// `replaced`: an earlier headcount was replaced.
    case headcountRecorded(event: String, total: Int, replaced: Bool)
    case headcountCleared(event: String)
    /// A session nobody was expected at, said to have taken place.
    case sessionHeld(title: String, date: Day)
    case idea(IdeaMessage)
    case call(CallMessage)
    case undid([LocalizedText])
    case redid([LocalizedText])
    case contactAdded(name: String, organisation: String)
    case contactRemoved(name: String, organisation: String)
    /// A contact erased; they are now shown as "Contact effacé".
    case contactErased(organisation: String)
    // The people and venue directories (issue 18).
    case personAdded(name: String)
    case personRemoved(name: String)
    case venueAdded(name: String)
    case venueRemoved(name: String)
    case facilitatorAdded(person: String, session: String)
    case facilitatorRemoved(person: String, session: String)
    /// People and venues a command named for the first time, added to the directory.
    case addedToDirectory(people: [String], venues: [String])
}

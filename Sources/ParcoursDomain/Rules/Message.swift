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
    case undid([LocalizedText])
    case redid([LocalizedText])
}

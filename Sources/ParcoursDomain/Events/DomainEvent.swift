import Foundation

/// One past-tense fact. The state a screen shows is the fold of these (`State.apply`).
/// Removal cases exist for undo, which appends compensating events instead of erasing.
public enum DomainEvent: Hashable, Sendable {
    case organisationAdded(EntityPayload<Organisation>)
    case organisationRemoved(EntityPayload<Organisation>)
    case organisationEdited(EditPayload<OrganisationField>)
    case programmeCreated(EntityPayload<Programme>)
    case programmeRemoved(EntityPayload<Programme>)
    case programmeEdited(EditPayload<ProgrammeField>)
    case partnerAdded(PartnerPayload)
    case partnerRemoved(PartnerPayload)
    case workshopAdded(WorkshopPayload)
    case workshopRemoved(WorkshopPayload)
    case workshopEdited(WorkshopEditPayload)
    case workshopMoved(WorkshopMovePayload)
    case cohortCreated(EntityPayload<Cohort>)
    case cohortRemoved(EntityPayload<Cohort>)
    case cohortEdited(EditPayload<CohortField>)
    case cohortStatusChanged(CohortStatusPayload)
    case staffAdded(StaffPayload)
    case staffRemoved(StaffPayload)
    case holderAdded(EntityPayload<Holder>)
    case holderRemoved(EntityPayload<Holder>)
    case holderEdited(EditPayload<HolderField>)
    case holderDiscarded(HolderRemovalPayload)
    case holderRestored(HolderRemovalPayload)
    case holderMerged(HolderMergePayload)
    case holderUnmerged(HolderMergePayload)
    case projectCreated(EntityPayload<Project>)
    case projectRemoved(EntityPayload<Project>)
    case projectEdited(EditPayload<ProjectField>)
    case projectHolderAdded(ProjectHolderPayload)
    case projectHolderRemoved(ProjectHolderPayload)
    case participationChanged(ParticipationPayload)
    case participationRemoved(ParticipationRecordPayload)
    case participationRestored(ParticipationRecordPayload)
    case sessionScheduled(EntityPayload<Session>)
    case sessionRemoved(EntityPayload<Session>)
    case sessionUpdated(SessionUpdatePayload)
    case sessionHeld(SessionStatusPayload)
    case sessionCancelled(SessionStatusPayload)
    case sessionReopened(SessionStatusPayload)
    case attendanceMarked(AttendancePayload)
    case attendanceCleared(AttendancePayload)
    case stageChanged(StagePayload)
    case statusChanged(StatusPayload)
    case noteAdded(EntityPayload<Note>)
    case noteRemoved(EntityPayload<Note>)
    case actionUndone(UndoPayload)
    case actionRedone(UndoPayload)
    /// A person erased (RGPD art. 17, or the retention period): the receipt, holding who
    /// was erased (an id), why, and no personal data.
    case personErased(ErasurePayload)
    /// A setting of the data directory changed (the retention period).
    case settingsChanged(SettingsPayload)
    /// A person's consent to a scope of sensitive data given or withdrawn.
    case consentChanged(ConsentPayload)
    /// A person's sensitive data of one scope (obstacles, profile) set.
    case sensitiveSet(SensitivePayload)
    /// A programme's follow-up waves set (months after each holder's participation ended).
    case followUpPlanned(FollowUpPlanPayload)
    /// A project's follow-up at one wave recorded (activity, jobs, structure).
    case followUpRecorded(FollowUpPayload)
    /// A follow-up taken back (a correction, or undo).
    case followUpRemoved(FollowUpPayload)
    /// A programme's own milestone, beside the standard list.
    case programmeMilestoneAdded(ProgrammeMilestonePayload)
    case programmeMilestoneRemoved(ProgrammeMilestonePayload)
    /// A milestone of a project's path reached on a day.
    case milestoneReached(MilestonePayload)
    case milestoneCleared(MilestonePayload)
    /// A need or blocker of a project opened (premises, land, financing, expertise).
    case needAdded(EntityPayload<Need>)
    case needRemoved(EntityPayload<Need>)
    /// A need resolved on a day.
    case needResolved(NeedResolutionPayload)
    case needReopened(NeedResolutionPayload)
    /// A project's legal form changed on a day (its history).
    case legalFormChanged(LegalFormPayload)
    /// A programme's or cohort's cost and funding set (or removed).
    case fundingSet(FundingPayload)
    /// A questionnaire defined for a programme (or, for undo, taken back).
    case questionnaireAdded(EntityPayload<Questionnaire>)
    case questionnaireRemoved(EntityPayload<Questionnaire>)
    /// A holder's answers to a questionnaire recorded (replacing earlier ones), or cleared.
    case questionnaireAnswered(ResponsePayload)
    case answersCleared(ResponsePayload)
    /// A review session's jury: a member added or removed.
    case juryMemberAdded(JuryMemberPayload)
    case juryMemberRemoved(JuryMemberPayload)
    /// The jury's evaluation of a holder set (replacing an earlier one), or cleared.
    case juryEvaluated(JuryEvaluationPayload)
    case juryEvaluationCleared(JuryEvaluationPayload)
    /// A person at an organisation (a contact) added, or taken back.
    case contactAdded(EntityPayload<Contact>)
    case contactRemoved(EntityPayload<Contact>)
    /// A contact corrected, or their end date set.
    case contactEdited(EditPayload<ContactField>)
    /// A contact erased: the receipt (their id, why), with no personal data.
    case contactErased(ContactErasurePayload)
    /// An open event (evening debate, awareness half-day, training…) scheduled, or (undo) removed.
    case openEventScheduled(EntityPayload<OpenEvent>)
    case openEventRemoved(EntityPayload<OpenEvent>)
    case openEventUpdated(OpenEventUpdatePayload)
    case openEventCancelled(OpenEventStatusPayload)
    case openEventReopened(OpenEventStatusPayload)
    /// An open event's headcount by audience recorded (holding the event), or cleared.
    case headcountRecorded(HeadcountPayload)
    case headcountCleared(HeadcountPayload)
    /// An idea detected before any holder (F15), or (for undo) taken back.
    case ideaAdded(EntityPayload<Idea>)
    case ideaRemoved(EntityPayload<Idea>)
    case ideaStatusChanged(IdeaStatusPayload)
    /// An idea adopted by a holder: it becomes their project (created in the same action).
    case ideaAdopted(IdeaAdoptionPayload)
    case ideaUnadopted(IdeaAdoptionPayload)
    /// A call for applications (F4), or (for undo) taken back.
    case callAdded(EntityPayload<CallForApplications>)
    case callRemoved(EntityPayload<CallForApplications>)
    /// A holder's application to a call: recorded, its checklist changed, taken away.
    case callApplied(ApplicationPayload)
    case callChecked(ApplicationPayload)
    case applicationRemoved(ApplicationPayload)
    /// The people directory: facilitators, coordinators, referents, speakers, witnesses.
    case personAdded(EntityPayload<Person>)
    case personRemoved(EntityPayload<Person>)
    case personEdited(EditPayload<PersonField>)
    /// The venue directory.
    case venueAdded(EntityPayload<Venue>)
    case venueRemoved(EntityPayload<Venue>)
    case venueEdited(EditPayload<VenueField>)
    /// A person of the directory named among a session's facilitators, or taken off.
    case sessionFacilitatorAdded(SessionFacilitatorPayload)
    case sessionFacilitatorRemoved(SessionFacilitatorPayload)
    /// A type this version does not know (written by a newer one): kept, never dropped.
    case unknown(type: String, payload: Data)

    /// The kind of this event, nil for a type this version does not know.
    public var kind: EventKind? {
        switch self {
        case .organisationAdded: .organisationAdded
        case .organisationRemoved: .organisationRemoved
        case .organisationEdited: .organisationEdited
        case .programmeCreated: .programmeCreated
        case .programmeRemoved: .programmeRemoved
        case .programmeEdited: .programmeEdited
        case .partnerAdded: .partnerAdded
        case .partnerRemoved: .partnerRemoved
        case .workshopAdded: .workshopAdded
        case .workshopRemoved: .workshopRemoved
        case .workshopEdited: .workshopEdited
        case .workshopMoved: .workshopMoved
        case .cohortCreated: .cohortCreated
        case .cohortRemoved: .cohortRemoved
        case .cohortEdited: .cohortEdited
        case .cohortStatusChanged: .cohortStatusChanged
        case .staffAdded: .staffAdded
        case .staffRemoved: .staffRemoved
        case .holderAdded: .holderAdded
        case .holderRemoved: .holderRemoved
        case .holderEdited: .holderEdited
        case .holderDiscarded: .holderDiscarded
        case .holderRestored: .holderRestored
        case .holderMerged: .holderMerged
        case .holderUnmerged: .holderUnmerged
        case .projectCreated: .projectCreated
        case .projectRemoved: .projectRemoved
        case .projectEdited: .projectEdited
        case .projectHolderAdded: .projectHolderAdded
        case .projectHolderRemoved: .projectHolderRemoved
        case .participationChanged: .participationChanged
        case .participationRemoved: .participationRemoved
        case .participationRestored: .participationRestored
        case .sessionScheduled: .sessionScheduled
        case .sessionRemoved: .sessionRemoved
        case .sessionUpdated: .sessionUpdated
        case .sessionHeld: .sessionHeld
        case .sessionCancelled: .sessionCancelled
        case .sessionReopened: .sessionReopened
        case .attendanceMarked: .attendanceMarked
        case .attendanceCleared: .attendanceCleared
        case .stageChanged: .stageChanged
        case .statusChanged: .statusChanged
        case .noteAdded: .noteAdded
        case .noteRemoved: .noteRemoved
        case .actionUndone: .actionUndone
        case .actionRedone: .actionRedone
        case .personErased: .personErased
        case .settingsChanged: .settingsChanged
        case .consentChanged: .consentChanged
        case .sensitiveSet: .sensitiveSet
        case .followUpPlanned: .followUpPlanned
        case .followUpRecorded: .followUpRecorded
        case .followUpRemoved: .followUpRemoved
        case .programmeMilestoneAdded: .programmeMilestoneAdded
        case .programmeMilestoneRemoved: .programmeMilestoneRemoved
        case .milestoneReached: .milestoneReached
        case .milestoneCleared: .milestoneCleared
        case .needAdded: .needAdded
        case .needRemoved: .needRemoved
        case .needResolved: .needResolved
        case .needReopened: .needReopened
        case .legalFormChanged: .legalFormChanged
        case .fundingSet: .fundingSet
        case .questionnaireAdded: .questionnaireAdded
        case .questionnaireRemoved: .questionnaireRemoved
        case .questionnaireAnswered: .questionnaireAnswered
        case .answersCleared: .answersCleared
        case .juryMemberAdded: .juryMemberAdded
        case .juryMemberRemoved: .juryMemberRemoved
        case .juryEvaluated: .juryEvaluated
        case .juryEvaluationCleared: .juryEvaluationCleared
        case .contactAdded: .contactAdded
        case .contactRemoved: .contactRemoved
        case .contactEdited: .contactEdited
        case .contactErased: .contactErased
        case .openEventScheduled: .openEventScheduled
        case .openEventRemoved: .openEventRemoved
        case .openEventUpdated: .openEventUpdated
        case .openEventCancelled: .openEventCancelled
        case .openEventReopened: .openEventReopened
        case .headcountRecorded: .headcountRecorded
        case .headcountCleared: .headcountCleared
        case .ideaAdded: .ideaAdded
        case .ideaRemoved: .ideaRemoved
        case .ideaStatusChanged: .ideaStatusChanged
        case .ideaAdopted: .ideaAdopted
        case .ideaUnadopted: .ideaUnadopted
        case .callAdded: .callAdded
        case .callRemoved: .callRemoved
        case .callApplied: .callApplied
        case .callChecked: .callChecked
        case .applicationRemoved: .applicationRemoved
        case .personAdded: .personAdded
        case .personRemoved: .personRemoved
        case .personEdited: .personEdited
        case .venueAdded: .venueAdded
        case .venueRemoved: .venueRemoved
        case .venueEdited: .venueEdited
        case .sessionFacilitatorAdded: .sessionFacilitatorAdded
        case .sessionFacilitatorRemoved: .sessionFacilitatorRemoved
        case .unknown: nil
        }
    }

    /// The dotted type name written in the log.
    public var typeName: String {
        if case .unknown(let type, _) = self { return type }
        return kind!.rawValue
    }

    /// Every type name this version knows.
    public static let knownTypes: Set<String> = Set(EventKind.allCases.map(\.rawValue))

    /// The event's data (nil for an unknown type, whose payload stays as written).
    public var payload: (any EventPayload)? {
        switch self {
        case .organisationAdded(let p): p
        case .organisationRemoved(let p): p
        case .organisationEdited(let p): p
        case .programmeCreated(let p): p
        case .programmeRemoved(let p): p
        case .programmeEdited(let p): p
        case .partnerAdded(let p): p
        case .partnerRemoved(let p): p
        case .workshopAdded(let p): p
        case .workshopRemoved(let p): p
        case .workshopEdited(let p): p
        case .workshopMoved(let p): p
        case .cohortCreated(let p): p
        case .cohortRemoved(let p): p
        case .cohortEdited(let p): p
        case .cohortStatusChanged(let p): p
        case .staffAdded(let p): p
        case .staffRemoved(let p): p
        case .holderAdded(let p): p
        case .holderRemoved(let p): p
        case .holderEdited(let p): p
        case .holderDiscarded(let p): p
        case .holderRestored(let p): p
        case .holderMerged(let p): p
        case .holderUnmerged(let p): p
        case .projectCreated(let p): p
        case .projectRemoved(let p): p
        case .projectEdited(let p): p
        case .projectHolderAdded(let p): p
        case .projectHolderRemoved(let p): p
        case .participationChanged(let p): p
        case .participationRemoved(let p): p
        case .participationRestored(let p): p
        case .sessionScheduled(let p): p
        case .sessionRemoved(let p): p
        case .sessionUpdated(let p): p
        case .sessionHeld(let p): p
        case .sessionCancelled(let p): p
        case .sessionReopened(let p): p
        case .attendanceMarked(let p): p
        case .attendanceCleared(let p): p
        case .stageChanged(let p): p
        case .statusChanged(let p): p
        case .noteAdded(let p): p
        case .noteRemoved(let p): p
        case .actionUndone(let p): p
        case .actionRedone(let p): p
        case .personErased(let p): p
        case .settingsChanged(let p): p
        case .consentChanged(let p): p
        case .sensitiveSet(let p): p
        case .followUpPlanned(let p): p
        case .followUpRecorded(let p): p
        case .followUpRemoved(let p): p
        case .programmeMilestoneAdded(let p): p
        case .programmeMilestoneRemoved(let p): p
        case .milestoneReached(let p): p
        case .milestoneCleared(let p): p
        case .needAdded(let p): p
        case .needRemoved(let p): p
        case .needResolved(let p): p
        case .needReopened(let p): p
        case .legalFormChanged(let p): p
        case .fundingSet(let p): p
        case .questionnaireAdded(let p): p
        case .questionnaireRemoved(let p): p
        case .questionnaireAnswered(let p): p
        case .answersCleared(let p): p
        case .juryMemberAdded(let p): p
        case .juryMemberRemoved(let p): p
        case .juryEvaluated(let p): p
        case .juryEvaluationCleared(let p): p
        case .contactAdded(let p): p
        case .contactRemoved(let p): p
        case .contactEdited(let p): p
        case .contactErased(let p): p
        case .openEventScheduled(let p): p
        case .openEventRemoved(let p): p
        case .openEventUpdated(let p): p
        case .openEventCancelled(let p): p
        case .openEventReopened(let p): p
        case .headcountRecorded(let p): p
        case .headcountCleared(let p): p
        case .ideaAdded(let p): p
        case .ideaRemoved(let p): p
        case .ideaStatusChanged(let p): p
        case .ideaAdopted(let p): p
        case .ideaUnadopted(let p): p
        case .callAdded(let p): p
        case .callRemoved(let p): p
        case .callApplied(let p): p
        case .callChecked(let p): p
        case .applicationRemoved(let p): p
        case .personAdded(let p): p
        case .personRemoved(let p): p
        case .personEdited(let p): p
        case .venueAdded(let p): p
        case .venueRemoved(let p): p
        case .venueEdited(let p): p
        case .sessionFacilitatorAdded(let p): p
        case .sessionFacilitatorRemoved(let p): p
        case .unknown: nil
        }
    }

    /// The event of `kind` carrying the payload `read` gives: which payload type each
    /// kind carries, and which case it makes. `read` is the codec's (JSON, a snapshot).
    public static func make(_ kind: EventKind, reading read: some EventPayloadReader) throws -> DomainEvent {
        switch kind {
        case .organisationAdded: .organisationAdded(try read(EntityPayload<Organisation>.self))
        case .organisationRemoved: .organisationRemoved(try read(EntityPayload<Organisation>.self))
        case .organisationEdited: .organisationEdited(try read(EditPayload<OrganisationField>.self))
        case .programmeCreated: .programmeCreated(try read(EntityPayload<Programme>.self))
        case .programmeRemoved: .programmeRemoved(try read(EntityPayload<Programme>.self))
        case .programmeEdited: .programmeEdited(try read(EditPayload<ProgrammeField>.self))
        case .partnerAdded: .partnerAdded(try read(PartnerPayload.self))
        case .partnerRemoved: .partnerRemoved(try read(PartnerPayload.self))
        case .workshopAdded: .workshopAdded(try read(WorkshopPayload.self))
        case .workshopRemoved: .workshopRemoved(try read(WorkshopPayload.self))
        case .workshopEdited: .workshopEdited(try read(WorkshopEditPayload.self))
        case .workshopMoved: .workshopMoved(try read(WorkshopMovePayload.self))
        case .cohortCreated: .cohortCreated(try read(EntityPayload<Cohort>.self))
        case .cohortRemoved: .cohortRemoved(try read(EntityPayload<Cohort>.self))
        case .cohortEdited: .cohortEdited(try read(EditPayload<CohortField>.self))
        case .cohortStatusChanged: .cohortStatusChanged(try read(CohortStatusPayload.self))
        case .staffAdded: .staffAdded(try read(StaffPayload.self))
        case .staffRemoved: .staffRemoved(try read(StaffPayload.self))
        case .holderAdded: .holderAdded(try read(EntityPayload<Holder>.self))
        case .holderRemoved: .holderRemoved(try read(EntityPayload<Holder>.self))
        case .holderEdited: .holderEdited(try read(EditPayload<HolderField>.self))
        case .holderDiscarded: .holderDiscarded(try read(HolderRemovalPayload.self))
        case .holderRestored: .holderRestored(try read(HolderRemovalPayload.self))
        case .holderMerged: .holderMerged(try read(HolderMergePayload.self))
        case .holderUnmerged: .holderUnmerged(try read(HolderMergePayload.self))
        case .projectCreated: .projectCreated(try read(EntityPayload<Project>.self))
        case .projectRemoved: .projectRemoved(try read(EntityPayload<Project>.self))
        case .projectEdited: .projectEdited(try read(EditPayload<ProjectField>.self))
        case .projectHolderAdded: .projectHolderAdded(try read(ProjectHolderPayload.self))
        case .projectHolderRemoved: .projectHolderRemoved(try read(ProjectHolderPayload.self))
        case .participationChanged: .participationChanged(try read(ParticipationPayload.self))
        case .participationRemoved: .participationRemoved(try read(ParticipationRecordPayload.self))
        case .participationRestored: .participationRestored(try read(ParticipationRecordPayload.self))
        case .sessionScheduled: .sessionScheduled(try read(EntityPayload<Session>.self))
        case .sessionRemoved: .sessionRemoved(try read(EntityPayload<Session>.self))
        case .sessionUpdated: .sessionUpdated(try read(SessionUpdatePayload.self))
        case .sessionHeld: .sessionHeld(try read(SessionStatusPayload.self))
        case .sessionCancelled: .sessionCancelled(try read(SessionStatusPayload.self))
        case .sessionReopened: .sessionReopened(try read(SessionStatusPayload.self))
        case .attendanceMarked: .attendanceMarked(try read(AttendancePayload.self))
        case .attendanceCleared: .attendanceCleared(try read(AttendancePayload.self))
        case .stageChanged: .stageChanged(try read(StagePayload.self))
        case .statusChanged: .statusChanged(try read(StatusPayload.self))
        case .noteAdded: .noteAdded(try read(EntityPayload<Note>.self))
        case .noteRemoved: .noteRemoved(try read(EntityPayload<Note>.self))
        case .actionUndone: .actionUndone(try read(UndoPayload.self))
        case .actionRedone: .actionRedone(try read(UndoPayload.self))
        case .personErased: .personErased(try read(ErasurePayload.self))
        case .settingsChanged: .settingsChanged(try read(SettingsPayload.self))
        case .consentChanged: .consentChanged(try read(ConsentPayload.self))
        case .sensitiveSet: .sensitiveSet(try read(SensitivePayload.self))
        case .followUpPlanned: .followUpPlanned(try read(FollowUpPlanPayload.self))
        case .followUpRecorded: .followUpRecorded(try read(FollowUpPayload.self))
        case .followUpRemoved: .followUpRemoved(try read(FollowUpPayload.self))
        case .programmeMilestoneAdded: .programmeMilestoneAdded(try read(ProgrammeMilestonePayload.self))
        case .programmeMilestoneRemoved: .programmeMilestoneRemoved(try read(ProgrammeMilestonePayload.self))
        case .milestoneReached: .milestoneReached(try read(MilestonePayload.self))
        case .milestoneCleared: .milestoneCleared(try read(MilestonePayload.self))
        case .needAdded: .needAdded(try read(EntityPayload<Need>.self))
        case .needRemoved: .needRemoved(try read(EntityPayload<Need>.self))
        case .needResolved: .needResolved(try read(NeedResolutionPayload.self))
        case .needReopened: .needReopened(try read(NeedResolutionPayload.self))
        case .legalFormChanged: .legalFormChanged(try read(LegalFormPayload.self))
        case .fundingSet: .fundingSet(try read(FundingPayload.self))
        case .questionnaireAdded: .questionnaireAdded(try read(EntityPayload<Questionnaire>.self))
        case .questionnaireRemoved: .questionnaireRemoved(try read(EntityPayload<Questionnaire>.self))
        case .questionnaireAnswered: .questionnaireAnswered(try read(ResponsePayload.self))
        case .answersCleared: .answersCleared(try read(ResponsePayload.self))
        case .juryMemberAdded: .juryMemberAdded(try read(JuryMemberPayload.self))
        case .juryMemberRemoved: .juryMemberRemoved(try read(JuryMemberPayload.self))
        case .juryEvaluated: .juryEvaluated(try read(JuryEvaluationPayload.self))
        case .juryEvaluationCleared: .juryEvaluationCleared(try read(JuryEvaluationPayload.self))
        case .contactAdded: .contactAdded(try read(EntityPayload<Contact>.self))
        case .contactRemoved: .contactRemoved(try read(EntityPayload<Contact>.self))
        case .contactEdited: .contactEdited(try read(EditPayload<ContactField>.self))
        case .contactErased: .contactErased(try read(ContactErasurePayload.self))
        case .openEventScheduled: .openEventScheduled(try read(EntityPayload<OpenEvent>.self))
        case .openEventRemoved: .openEventRemoved(try read(EntityPayload<OpenEvent>.self))
        case .openEventUpdated: .openEventUpdated(try read(OpenEventUpdatePayload.self))
        case .openEventCancelled: .openEventCancelled(try read(OpenEventStatusPayload.self))
        case .openEventReopened: .openEventReopened(try read(OpenEventStatusPayload.self))
        case .headcountRecorded: .headcountRecorded(try read(HeadcountPayload.self))
        case .headcountCleared: .headcountCleared(try read(HeadcountPayload.self))
        case .ideaAdded: .ideaAdded(try read(EntityPayload<Idea>.self))
        case .ideaRemoved: .ideaRemoved(try read(EntityPayload<Idea>.self))
        case .ideaStatusChanged: .ideaStatusChanged(try read(IdeaStatusPayload.self))
        case .ideaAdopted: .ideaAdopted(try read(IdeaAdoptionPayload.self))
        case .ideaUnadopted: .ideaUnadopted(try read(IdeaAdoptionPayload.self))
        case .callAdded: .callAdded(try read(EntityPayload<CallForApplications>.self))
        case .callRemoved: .callRemoved(try read(EntityPayload<CallForApplications>.self))
        case .callApplied: .callApplied(try read(ApplicationPayload.self))
        case .callChecked: .callChecked(try read(ApplicationPayload.self))
        case .applicationRemoved: .applicationRemoved(try read(ApplicationPayload.self))
        case .personAdded: .personAdded(try read(EntityPayload<Person>.self))
        case .personRemoved: .personRemoved(try read(EntityPayload<Person>.self))
        case .personEdited: .personEdited(try read(EditPayload<PersonField>.self))
        case .venueAdded: .venueAdded(try read(EntityPayload<Venue>.self))
        case .venueRemoved: .venueRemoved(try read(EntityPayload<Venue>.self))
        case .venueEdited: .venueEdited(try read(EditPayload<VenueField>.self))
        case .sessionFacilitatorAdded: .sessionFacilitatorAdded(try read(SessionFacilitatorPayload.self))
        case .sessionFacilitatorRemoved: .sessionFacilitatorRemoved(try read(SessionFacilitatorPayload.self))
        }
    }

    /// The action id shared by every event of one command (empty for an unknown event
    /// whose payload has none).
    public var action: String {
        if let payload { return payload.action }
        guard case .unknown(_, let data) = self else { return "" }
        return ((try? JSONSerialization.jsonObject(with: data)) as? [String: Any])?["action"] as? String ?? ""
    }

    /// The ids this event concerns directly (for filtering a journal).
    public var references: [EntityID] {
        switch self {
        case .organisationAdded(let p), .organisationRemoved(let p): [p.entity.id]
        case .programmeCreated(let p), .programmeRemoved(let p): [p.entity.id] + p.entity.operators
        case .partnerAdded(let p), .partnerRemoved(let p): [p.programme, p.partner.organisation]
        case .workshopAdded(let p), .workshopRemoved(let p): [p.programme]
        case .cohortCreated(let p), .cohortRemoved(let p): [p.entity.id, p.entity.programme]
        case .cohortStatusChanged(let p): [p.cohort]
        case .staffAdded(let p), .staffRemoved(let p): [p.cohort] + (p.member.person.map { [$0] } ?? [])
        case .holderAdded(let p), .holderRemoved(let p): [p.entity.id] + (p.entity.referredBy.map { [$0] } ?? [])
        case .projectCreated(let p), .projectRemoved(let p): [p.entity.id] + p.entity.holders
        case .projectHolderAdded(let p), .projectHolderRemoved(let p): [p.project, p.holder]
        case .participationChanged(let p): [p.holder, p.cohort]
        case .sessionScheduled(let p), .sessionRemoved(let p):
            [p.entity.id, p.entity.cohort] + (p.entity.details.holder.map { [$0] } ?? [])
                + (p.entity.details.place.map { [$0] } ?? [])
        case .sessionUpdated(let p): [p.session]
        case .sessionHeld(let p), .sessionCancelled(let p), .sessionReopened(let p): [p.session]
        case .attendanceMarked(let p), .attendanceCleared(let p): [p.session, p.holder]
        case .stageChanged(let p): [p.project]
        case .statusChanged(let p): [p.project] + (p.destination.map { [$0] } ?? [])
        case .noteAdded(let p), .noteRemoved(let p): [p.entity.id, p.entity.target.id]
        case .actionUndone(let p), .actionRedone(let p): [p.target]
        case .personErased(let p): [p.holder]
        case .settingsChanged: []
        case .consentChanged(let p): [p.holder]
        case .sensitiveSet(let p): [p.holder]
        case .questionnaireAdded(let p), .questionnaireRemoved(let p): [p.entity.id, p.entity.programme]
        case .questionnaireAnswered(let p), .answersCleared(let p):
            [p.questionnaire, p.holder] + ([p.response?.cohort, p.previous?.cohort].compactMap { $0 })
        case .juryMemberAdded(let p), .juryMemberRemoved(let p): [p.session] + (p.member.organisation.map { [$0] } ?? [])
        case .juryEvaluated(let p), .juryEvaluationCleared(let p):
            [p.session, p.holder] + ([p.evaluation?.destination, p.previous?.destination].compactMap { $0 })
        case .organisationEdited(let p): [p.id]
        case .programmeEdited(let p): [p.id] + p.changes.flatMap { $0.field == .operators ? Self.ids($0) : [] }
        case .workshopEdited(let p): [p.programme]
        case .workshopMoved(let p): [p.programme]
        case .cohortEdited(let p): [p.id]
        case .holderEdited(let p):
            [p.id] + p.changes.flatMap { $0.field == .referredBy || $0.field == .referent ? Self.ids($0) : [] }
        case .holderDiscarded(let p), .holderRestored(let p): [p.holder.id] + (p.mergedInto.map { [$0] } ?? [])
        case .holderMerged(let p), .holderUnmerged(let p): [p.keep, p.duplicate]
        case .projectEdited(let p): [p.id]
        case .participationRemoved(let p), .participationRestored(let p): [p.participation.holder, p.participation.cohort]
        case .openEventScheduled(let p), .openEventRemoved(let p):
            [p.entity.id, p.entity.programme] + (p.entity.cohort.map { [$0] } ?? [])
        case .openEventUpdated(let p): [p.event]
        case .openEventCancelled(let p), .openEventReopened(let p): [p.event]
        case .headcountRecorded(let p), .headcountCleared(let p): [p.event]
        case .ideaAdded(let p), .ideaRemoved(let p): [p.entity.id, p.entity.programme] + (p.entity.adoption.map { [$0.holder, $0.project] } ?? [])
        case .ideaStatusChanged(let p): [p.idea]
        case .ideaAdopted(let p), .ideaUnadopted(let p): [p.idea, p.holder, p.project]
        case .callAdded(let p), .callRemoved(let p): [p.entity.id, p.entity.programme] + (p.entity.cohort.map { [$0] } ?? [])
        case .callApplied(let p), .callChecked(let p), .applicationRemoved(let p): [p.call, p.holder]
        case .followUpPlanned(let p): [p.programme]
        case .followUpRecorded(let p), .followUpRemoved(let p): [p.project]
        case .programmeMilestoneAdded(let p), .programmeMilestoneRemoved(let p): [p.programme]
        case .milestoneReached(let p), .milestoneCleared(let p): [p.project]
        case .needAdded(let p), .needRemoved(let p): [p.entity.id, p.entity.project]
        case .needResolved(let p), .needReopened(let p): [p.need, p.project]
        case .legalFormChanged(let p): [p.project]
        case .fundingSet(let p):
            [p.target] + Set(((p.funding?.funders ?? []) + (p.previous?.funders ?? [])).map(\.organisation)).sorted()
        case .contactAdded(let p), .contactRemoved(let p): [p.entity.id, p.entity.organisation]
        case .contactEdited(let p): [p.id]
        case .contactErased(let p): [p.contact, p.organisation]
        case .personAdded(let p), .personRemoved(let p): [p.entity.id] + (p.entity.organisation.map { [$0] } ?? [])
        case .personEdited(let p): [p.id] + p.changes.flatMap { $0.field == .organisation ? Self.ids($0) : [] }
        case .venueAdded(let p), .venueRemoved(let p): [p.entity.id] + (p.entity.lender.map { [$0] } ?? [])
        case .venueEdited(let p): [p.id] + p.changes.flatMap { $0.field == .lender ? Self.ids($0) : [] }
        case .sessionFacilitatorAdded(let p), .sessionFacilitatorRemoved(let p): [p.session, p.person]
        case .unknown: []
        }
    }
}

extension DomainEvent {
    /// This event with what it says about erased people emptied (`Erasures`): what the
    /// fold applies, and what the logs are rewritten to. The same on every machine.
    public func erasing(_ e: Erasures) -> DomainEvent {
        guard !e.isEmpty else { return self }
        func holder(_ p: EntityPayload<Holder>) -> EntityPayload<Holder> {
            e.covers(holder: p.entity.id) ? EntityPayload(action: p.action, entity: p.entity.erased) : p
        }
        func project(_ p: EntityPayload<Project>) -> EntityPayload<Project> {
            e.covers(project: p.entity.id) ? EntityPayload(action: p.action, entity: p.entity.erased) : p
        }
        func note(_ p: EntityPayload<Note>) -> EntityPayload<Note> {
            guard e.covers(note: p.entity.target) else { return p }
            var note = p.entity
            note.text = ""
            return EntityPayload(action: p.action, entity: note)
        }
        func details(_ d: SessionDetails) -> SessionDetails {
            guard d.kind == .individuel, e.covers(holder: d.holder) else { return d }
            var details = d
            details.title = ""
            return details
        }
        func session(_ p: EntityPayload<Session>) -> EntityPayload<Session> {
            var session = p.entity
            session.details = details(session.details)
            return EntityPayload(action: p.action, entity: session)
        }
        func attendance(_ p: AttendancePayload) -> AttendancePayload {
            guard e.covers(holder: p.holder) else { return p }
            var q = p
            q.mark = p.mark?.erased
            q.previous = p.previous?.erased
            return q
        }
        switch self {
        case .holderAdded(let p): return .holderAdded(holder(p))
        case .holderRemoved(let p): return .holderRemoved(holder(p))
        case .projectCreated(let p): return .projectCreated(project(p))
        case .projectRemoved(let p): return .projectRemoved(project(p))
        case .noteAdded(let p): return .noteAdded(note(p))
        case .noteRemoved(let p): return .noteRemoved(note(p))
        case .sessionScheduled(let p): return .sessionScheduled(session(p))
        case .sessionRemoved(let p): return .sessionRemoved(session(p))
        case .sessionUpdated(var p):
            p.before = details(p.before)
            p.after = details(p.after)
            return .sessionUpdated(p)
        case .attendanceMarked(let p): return .attendanceMarked(attendance(p))
        case .attendanceCleared(let p): return .attendanceCleared(attendance(p))
        case .stageChanged(var p):
            if e.covers(project: p.project) { p.note = nil }
            return .stageChanged(p)
        case .statusChanged(var p):
            if e.covers(project: p.project) { p.note = nil }
            return .statusChanged(p)
        case .holderEdited(var p):
            guard e.covers(holder: p.id) else { return self }
            p.changes = p.changes.map { change in
                guard change.field != .kind, change.field != .referredBy else { return change }
                var masked = change
                masked.from = nil
                masked.to = nil
                return masked
            }
            return .holderEdited(p)
        case .projectEdited(var p):
            guard e.covers(project: p.id) else { return self }
            p.changes = p.changes.map { change in
                guard [.title, .description, .commune, .legalForm, .communeCode].contains(change.field) else { return change }
                var masked = change
                masked.from = nil
                masked.to = nil
                return masked
            }
            return .projectEdited(p)
        case .holderDiscarded(var p), .holderRestored(var p):
            guard e.covers(holder: p.holder.id) else { return self }
            p.holder = p.holder.erased
            p.reason = nil
            if case .holderDiscarded = self { return .holderDiscarded(p) }
            return .holderRestored(p)
        case .participationChanged(var p):
            guard e.covers(holder: p.holder), p.reason != nil else { return self }
            p.reason = nil
            return .participationChanged(p)
        case .participationRemoved(var p), .participationRestored(var p):
            guard e.covers(holder: p.participation.holder) else { return self }
            p.reason = nil
            p.participation.history = p.participation.history.map { var change = $0; change.reason = nil; return change }
            if case .participationRemoved = self { return .participationRemoved(p) }
            return .participationRestored(p)
        case .sensitiveSet(var p):
            guard e.covers(holder: p.holder) || e.maskedActions.contains(p.action) else { return self }
            p.values = []
            p.previous = []
            return .sensitiveSet(p)
        case .followUpRecorded(var p), .followUpRemoved(var p):
            guard e.covers(project: p.project) else { return self }
            p.record = p.record?.erased
            p.previous = p.previous?.erased
            if case .followUpRecorded = self { return .followUpRecorded(p) }
            return .followUpRemoved(p)
        case .needAdded(let p), .needRemoved(let p):
            guard e.covers(project: p.entity.project) else { return self }
            let erased = EntityPayload(action: p.action, entity: p.entity.erased)
            if case .needAdded = self { return .needAdded(erased) }
            return .needRemoved(erased)
        case .needResolved(var p), .needReopened(var p):
            guard e.covers(project: p.project) else { return self }
            p.note = nil
            if case .needResolved = self { return .needResolved(p) }
            return .needReopened(p)
        case .legalFormChanged(var p):
            guard e.covers(project: p.project) else { return self }
            p.from = nil
            p.to = nil
            return .legalFormChanged(p)
        // Free-text answers and the jury's comments are about the person: emptied; the
        // scores, yes/no, choices and decisions stay (they are what reports count).
        case .questionnaireAnswered(var p), .answersCleared(var p):
            guard e.covers(holder: p.holder) else { return self }
            p.response = p.response?.erased
            p.previous = p.previous?.erased
            if case .questionnaireAnswered = self { return .questionnaireAnswered(p) }
            return .answersCleared(p)
        case .juryEvaluated(var p), .juryEvaluationCleared(var p):
            guard e.covers(holder: p.holder) else { return self }
            p.evaluation = p.evaluation?.erased
            p.previous = p.previous?.erased
            if case .juryEvaluated = self { return .juryEvaluated(p) }
            return .juryEvaluationCleared(p)
        case .contactAdded(let p), .contactRemoved(let p):
            guard e.contacts.contains(p.entity.id) else { return self }
            let erased = EntityPayload(action: p.action, entity: p.entity.erased)
            if case .contactAdded = self { return .contactAdded(erased) }
            return .contactRemoved(erased)
        case .contactEdited(var p):
            guard e.contacts.contains(p.id) else { return self }
            p.changes = p.changes.map { change in
                guard [.name, .role, .email, .phone].contains(change.field) else { return change }
                var masked = change
                masked.from = nil
                masked.to = nil
                return masked
            }
            return .contactEdited(p)
        case .ideaAdded, .ideaRemoved, .ideaStatusChanged, .ideaAdopted, .ideaUnadopted:
            return erasingIdea(e)
        case .personAdded, .personRemoved, .personEdited, .staffAdded, .staffRemoved:
            return erasingDirectory(e)
        default:
            return self
        }
    }
}

extension DomainEvent {
    /// The entity ids a change of a reference field names, before and after.
    private static func ids<F>(_ change: FieldChange<F>) -> [EntityID] {
        [change.from, change.to].flatMap { value -> [EntityID] in
            switch value {
            case .text(let id)?: [id]
            case .list(let ids)?: ids
            default: []
            }
        }
    }
}

/// Each kind of event this version knows, by the name written in the log: the one
/// place that name is written (the codec, the snapshot and the reader's list of known
/// types are derived from it).
public enum EventKind: String, CaseIterable, Sendable, Hashable {
    case organisationAdded = "organisation.added"
    case organisationRemoved = "organisation.removed"
    case organisationEdited = "organisation.edited"
    case programmeCreated = "programme.created"
    case programmeRemoved = "programme.removed"
    case programmeEdited = "programme.edited"
    case partnerAdded = "programme.partner_added"
    case partnerRemoved = "programme.partner_removed"
    case workshopAdded = "programme.workshop_added"
    case workshopRemoved = "programme.workshop_removed"
    case workshopEdited = "programme.workshop_edited"
    case workshopMoved = "programme.workshop_moved"
    case cohortCreated = "cohort.created"
    case cohortRemoved = "cohort.removed"
    case cohortEdited = "cohort.edited"
    case cohortStatusChanged = "cohort.status_changed"
    case staffAdded = "cohort.staff_added"
    case staffRemoved = "cohort.staff_removed"
    case holderAdded = "holder.added"
    case holderRemoved = "holder.removed"
    case holderEdited = "holder.edited"
    case holderDiscarded = "holder.discarded"
    case holderRestored = "holder.restored"
    case holderMerged = "holder.merged"
    case holderUnmerged = "holder.unmerged"
    case projectCreated = "project.created"
    case projectRemoved = "project.removed"
    case projectEdited = "project.edited"
    case projectHolderAdded = "project.holder_added"
    case projectHolderRemoved = "project.holder_removed"
    case participationChanged = "participation.changed"
    case participationRemoved = "participation.removed"
    case participationRestored = "participation.restored"
    case sessionScheduled = "session.scheduled"
    case sessionRemoved = "session.removed"
    case sessionUpdated = "session.updated"
    case sessionHeld = "session.held"
    case sessionCancelled = "session.cancelled"
    case sessionReopened = "session.reopened"
    case attendanceMarked = "attendance.marked"
    case attendanceCleared = "attendance.cleared"
    case stageChanged = "project.stage_changed"
    case statusChanged = "project.status_changed"
    case noteAdded = "note.added"
    case noteRemoved = "note.removed"
    case actionUndone = "action.undone"
    case actionRedone = "action.redone"
    case personErased = "person.erased"
    case settingsChanged = "settings.changed"
    case consentChanged = "consent.changed"
    case sensitiveSet = "sensitive.set"
    case followUpPlanned = "followup.planned"
    case followUpRecorded = "followup.recorded"
    case followUpRemoved = "followup.removed"
    case programmeMilestoneAdded = "programme.milestone_added"
    case programmeMilestoneRemoved = "programme.milestone_removed"
    case milestoneReached = "project.milestone_reached"
    case milestoneCleared = "project.milestone_cleared"
    case needAdded = "project.need_added"
    case needRemoved = "project.need_removed"
    case needResolved = "project.need_resolved"
    case needReopened = "project.need_reopened"
    case legalFormChanged = "project.legal_form_changed"
    case fundingSet = "funding.set"
    case questionnaireAdded = "questionnaire.added"
    case questionnaireRemoved = "questionnaire.removed"
    case questionnaireAnswered = "questionnaire.answered"
    case answersCleared = "questionnaire.answer_cleared"
    case juryMemberAdded = "jury.member_added"
    case juryMemberRemoved = "jury.member_removed"
    case juryEvaluated = "jury.evaluated"
    case juryEvaluationCleared = "jury.evaluation_cleared"
    case contactAdded = "organisation.contact_added"
    case contactRemoved = "organisation.contact_removed"
    case contactEdited = "organisation.contact_edited"
    case contactErased = "organisation.contact_erased"
    case openEventScheduled = "open_event.scheduled"
    case openEventRemoved = "open_event.removed"
    case openEventUpdated = "open_event.updated"
    case openEventCancelled = "open_event.cancelled"
    case openEventReopened = "open_event.reopened"
    case headcountRecorded = "open_event.headcount_recorded"
    case headcountCleared = "open_event.headcount_cleared"
    case ideaAdded = "idea.added"
    case ideaRemoved = "idea.removed"
    case ideaStatusChanged = "idea.status_changed"
    case ideaAdopted = "idea.adopted"
    case ideaUnadopted = "idea.unadopted"
    case callAdded = "call.added"
    case callRemoved = "call.removed"
    case callApplied = "call.applied"
    case callChecked = "call.checked"
    case applicationRemoved = "call.application_removed"
    case personAdded = "person.added"
    case personRemoved = "person.removed"
    case personEdited = "person.edited"
    case venueAdded = "venue.added"
    case venueRemoved = "venue.removed"
    case venueEdited = "venue.edited"
    case sessionFacilitatorAdded = "session.facilitator_added"
    case sessionFacilitatorRemoved = "session.facilitator_removed"
}

/// What every event's payload is: its data, carrying the action id shared by every
/// event of one command.
public protocol EventPayload: Hashable, Sendable, Codable {
    var action: String { get }
}

/// Reads a payload of a given type (the codec's JSON decoder, a snapshot's reader).
public protocol EventPayloadReader {
    func callAsFunction<Payload: EventPayload>(_ type: Payload.Type) throws -> Payload
}

extension DomainEvent {
    /// The event that takes this one back, under a new action id. Removals carry the
    /// current snapshot from `state` (so a later redo brings back what was there).
    /// Nil for events that have nothing to take back (undo markers, unknown types).
    func inverse(action: String, in state: State) -> DomainEvent? {
        func entity<T>(_ p: EntityPayload<T>, _ current: T?) -> EntityPayload<T> {
            EntityPayload(action: action, entity: current ?? p.entity)
        }
        switch self {
        case .organisationAdded(let p): return .organisationRemoved(entity(p, state.organisations[p.entity.id]))
        case .organisationRemoved(let p): return .organisationAdded(entity(p, nil))
        case .programmeCreated(let p): return .programmeRemoved(entity(p, state.programmes[p.entity.id]))
        case .programmeRemoved(let p): return .programmeCreated(entity(p, nil))
        case .partnerAdded(var p): p.action = action; return .partnerRemoved(p)
        case .partnerRemoved(var p): p.action = action; return .partnerAdded(p)
        case .workshopAdded(var p):
            p.action = action
            let made = state.sessionsMade(fromWorkshop: p.index, of: p.programme)
            p.sessions = made.isEmpty ? nil : made
            return .workshopRemoved(p)
        case .workshopRemoved(var p): p.action = action; return .workshopAdded(p)
        case .workshopEdited(let p):
            return .workshopEdited(WorkshopEditPayload(action: action, programme: p.programme, index: p.index,
                                                       before: p.after, after: p.before))
        case .workshopMoved(let p):
            return .workshopMoved(WorkshopMovePayload(action: action, programme: p.programme, from: p.to, to: p.from))
        case .organisationEdited(let p): return .organisationEdited(p.reversed(action: action))
        case .programmeEdited(let p): return .programmeEdited(p.reversed(action: action))
        case .cohortEdited(let p): return .cohortEdited(p.reversed(action: action))
        case .holderEdited(let p): return .holderEdited(p.reversed(action: action))
        case .projectEdited(let p): return .projectEdited(p.reversed(action: action))
        case .holderDiscarded(var p): p.action = action; return .holderRestored(p)
        case .holderRestored(var p):
            p.action = action
            p.holder = state.holders[p.holder.id] ?? p.holder
            return .holderDiscarded(p)
        case .holderMerged(var p): p.action = action; return .holderUnmerged(p)
        case .holderUnmerged(var p): p.action = action; return .holderMerged(p)
        case .participationRemoved(var p): p.action = action; return .participationRestored(p)
        case .participationRestored(var p):
            p.action = action
            p.participation = state.participation(holder: p.participation.holder, cohort: p.participation.cohort) ?? p.participation
            return .participationRemoved(p)
        case .cohortCreated(let p): return .cohortRemoved(entity(p, state.cohorts[p.entity.id]))
        case .cohortRemoved(let p): return .cohortCreated(entity(p, nil))
        case .cohortStatusChanged(let p):
            return .cohortStatusChanged(CohortStatusPayload(action: action, cohort: p.cohort, from: p.to, to: p.from))
        case .staffAdded(var p): p.action = action; return .staffRemoved(p)
        case .staffRemoved(var p): p.action = action; return .staffAdded(p)
        case .holderAdded(let p): return .holderRemoved(entity(p, state.holders[p.entity.id]))
        case .holderRemoved(let p): return .holderAdded(entity(p, nil))
        case .projectCreated(let p): return .projectRemoved(entity(p, state.projects[p.entity.id]))
        case .projectRemoved(let p): return .projectCreated(entity(p, nil))
        case .projectHolderAdded(var p): p.action = action; return .projectHolderRemoved(p)
        case .projectHolderRemoved(var p): p.action = action; return .projectHolderAdded(p)
        case .participationChanged(let p):
            return .participationChanged(ParticipationPayload(action: action, holder: p.holder, cohort: p.cohort,
                                                              from: p.to, to: p.from, date: p.date, reason: p.reason,
                                                              revert: !p.revert))
        case .sessionScheduled(let p): return .sessionScheduled(entity(p, nil)).flippedSession(action, state)
        case .sessionRemoved(let p): return .sessionScheduled(entity(p, nil))
        case .sessionUpdated(let p):
            return .sessionUpdated(SessionUpdatePayload(action: action, session: p.session, before: p.after, after: p.before))
        case .sessionHeld(let p), .sessionCancelled(let p), .sessionReopened(let p):
            let back = SessionStatusPayload(action: action, session: p.session, from: p.to, to: p.from)
            switch back.to {
            case .planned: return .sessionReopened(back)
            case .held: return .sessionHeld(back)
            case .cancelled: return .sessionCancelled(back)
            }
        case .attendanceMarked(let p), .attendanceCleared(let p):
            let back = AttendancePayload(action: action, session: p.session, holder: p.holder,
                                         mark: p.previous, previous: p.mark)
            return back.mark == nil ? .attendanceCleared(back) : .attendanceMarked(back)
        case .stageChanged(let p):
            return .stageChanged(StagePayload(action: action, project: p.project, from: p.to, to: p.from,
                                              date: p.date, note: p.note, revert: !p.revert))
        case .statusChanged(let p):
            return .statusChanged(StatusPayload(action: action, project: p.project, from: p.to, to: p.from, date: p.date,
                                                destination: p.destination, note: p.note, revert: !p.revert))
        case .noteAdded(let p): return .noteRemoved(entity(p, state.notes[p.entity.id]))
        case .noteRemoved(let p): return .noteAdded(entity(p, nil))
        // An erasure is never taken back: the data it removed is gone.
        case .settingsChanged(let p):
            return .settingsChanged(SettingsPayload(action: action, settings: p.previous, previous: p.settings))
        case .consentChanged(let p):
            // A consent given is taken back by withdrawing it; a withdrawal erased data
            // for good and is never taken back.
            guard let given = p.given else { return nil }
            return .consentChanged(ConsentPayload(action: action, holder: p.holder, scope: p.scope, given: nil,
                                                  withdrawn: given, previous: given))
        case .sensitiveSet(let p):
            return .sensitiveSet(SensitivePayload(action: action, holder: p.holder, scope: p.scope,
                                                  values: p.previous, previous: p.values))
        case .followUpPlanned(let p):
            return .followUpPlanned(FollowUpPlanPayload(action: action, programme: p.programme, waves: p.previous, previous: p.waves))
        case .followUpRecorded(let p), .followUpRemoved(let p):
            let back = FollowUpPayload(action: action, project: p.project, wave: p.wave, record: p.previous, previous: p.record)
            return back.record == nil ? .followUpRemoved(back) : .followUpRecorded(back)
        case .programmeMilestoneAdded(var p): p.action = action; return .programmeMilestoneRemoved(p)
        case .programmeMilestoneRemoved(var p): p.action = action; return .programmeMilestoneAdded(p)
        case .milestoneReached(let p), .milestoneCleared(let p):
            let back = MilestonePayload(action: action, project: p.project, milestone: p.milestone, date: p.previous, previous: p.date)
            return back.date == nil ? .milestoneCleared(back) : .milestoneReached(back)
        case .needAdded(let p): return .needRemoved(entity(p, state.needs[p.entity.id]))
        case .needRemoved(let p): return .needAdded(entity(p, nil))
        case .needResolved(var p): p.action = action; return .needReopened(p)
        case .needReopened(var p): p.action = action; return .needResolved(p)
        case .legalFormChanged(let p):
            return .legalFormChanged(LegalFormPayload(action: action, project: p.project, from: p.to, to: p.from,
                                                      date: p.date, revert: !p.revert))
        case .fundingSet(let p):
            return .fundingSet(FundingPayload(action: action, target: p.target, funding: p.previous, previous: p.funding))
        case .questionnaireAdded(let p): return .questionnaireRemoved(entity(p, state.questionnaires[p.entity.id]))
        case .questionnaireRemoved(let p): return .questionnaireAdded(entity(p, nil))
        case .questionnaireAnswered(let p), .answersCleared(let p):
            let back = ResponsePayload(action: action, questionnaire: p.questionnaire, holder: p.holder,
                                       response: p.previous, previous: p.response)
            return back.response == nil ? .answersCleared(back) : .questionnaireAnswered(back)
        case .juryMemberAdded(var p): p.action = action; return .juryMemberRemoved(p)
        case .juryMemberRemoved(var p): p.action = action; return .juryMemberAdded(p)
        case .juryEvaluated(let p), .juryEvaluationCleared(let p):
            let back = JuryEvaluationPayload(action: action, session: p.session, holder: p.holder,
                                             evaluation: p.previous, previous: p.evaluation)
            return back.evaluation == nil ? .juryEvaluationCleared(back) : .juryEvaluated(back)
        case .contactAdded(let p): return .contactRemoved(entity(p, state.contacts[p.entity.id]))
        case .contactRemoved(let p): return .contactAdded(entity(p, nil))
        case .contactEdited(let p): return .contactEdited(p.reversed(action: action))
        case .openEventScheduled, .openEventRemoved, .openEventUpdated, .openEventCancelled, .openEventReopened,
             .headcountRecorded, .headcountCleared:
            return openEventInverse(action: action, in: state)
        case .ideaAdded, .ideaRemoved, .ideaStatusChanged, .ideaAdopted, .ideaUnadopted,
             .callAdded, .callRemoved, .callApplied, .callChecked, .applicationRemoved:
            return ideaOrCallInverse(action: action, in: state)
        case .personAdded(let p): return .personRemoved(entity(p, state.people[p.entity.id]))
        case .personRemoved(let p): return .personAdded(entity(p, nil))
        case .personEdited(let p): return .personEdited(p.reversed(action: action))
        case .venueAdded(let p): return .venueRemoved(entity(p, state.venues[p.entity.id]))
        case .venueRemoved(let p): return .venueAdded(entity(p, nil))
        case .venueEdited(let p): return .venueEdited(p.reversed(action: action))
        case .sessionFacilitatorAdded(var p): p.action = action; return .sessionFacilitatorRemoved(p)
        case .sessionFacilitatorRemoved(var p): p.action = action; return .sessionFacilitatorAdded(p)
        case .actionUndone, .actionRedone, .personErased, .contactErased, .unknown: return nil
        }
    }

    /// sessionScheduled → sessionRemoved with the current snapshot.
    private func flippedSession(_ action: String, _ state: State) -> DomainEvent {
        guard case .sessionScheduled(let p) = self else { return self }
        return .sessionRemoved(EntityPayload(action: action, entity: state.sessions[p.entity.id] ?? p.entity))
    }
}

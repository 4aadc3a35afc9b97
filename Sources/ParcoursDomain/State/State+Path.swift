// How the follow-up, path and money events fold (issue 17). Like every fold: total, an
// event naming something missing is ignored and counted in `anomalies`.
extension State {
    mutating func applyPath(_ event: DomainEvent, author: String) {
        switch event {
        case .followUpPlanned(let p):
            guard programmes[p.programme] != nil else { anomalies += 1; return }
            followUpPlans[p.programme] = p.waves.isEmpty ? nil : p.waves
        case .followUpRecorded(let p):
            guard projects[p.project] != nil, let record = p.record else { anomalies += 1; return }
            var records = followUps[p.project] ?? []
            records.removeAll { $0.wave == p.wave }
            records.append(record)
            followUps[p.project] = records.sorted { $0.wave < $1.wave }
        case .followUpRemoved(let p):
            guard let records = followUps[p.project], records.contains(where: { $0.wave == p.wave }) else {
                anomalies += 1
                return
            }
            let left = records.filter { $0.wave != p.wave }
            followUps[p.project] = left.isEmpty ? nil : left
        case .programmeMilestoneAdded(let p):
            guard programmes[p.programme] != nil else { anomalies += 1; return }
            var own = programmeMilestones[p.programme] ?? []
            if !own.contains(where: { $0.id == p.milestone.id }) { own.append(p.milestone) }
            programmeMilestones[p.programme] = own
        case .programmeMilestoneRemoved(let p):
            guard let own = programmeMilestones[p.programme], own.contains(where: { $0.id == p.milestone.id }) else {
                anomalies += 1
                return
            }
            let left = own.filter { $0.id != p.milestone.id }
            programmeMilestones[p.programme] = left.isEmpty ? nil : left
        case .milestoneReached(let p):
            guard projects[p.project] != nil, let date = p.date else { anomalies += 1; return }
            milestones[p.project, default: [:]][p.milestone] = date
        case .milestoneCleared(let p):
            guard milestones[p.project]?.removeValue(forKey: p.milestone) != nil else { anomalies += 1; return }
            if milestones[p.project]?.isEmpty == true { milestones[p.project] = nil }
        case .needAdded(let p):
            guard projects[p.entity.project] != nil else { anomalies += 1; return }
            needs[p.entity.id] = p.entity
        case .needRemoved(let p):
            if needs.removeValue(forKey: p.entity.id) == nil { anomalies += 1 }
        case .needResolved(let p):
            guard needs[p.need] != nil else { anomalies += 1; return }
            needs[p.need]!.resolved = p.date
            needs[p.need]!.resolution = p.note
        case .needReopened(let p):
            guard needs[p.need] != nil else { anomalies += 1; return }
            needs[p.need]!.resolved = nil
            needs[p.need]!.resolution = nil
        case .legalFormChanged(let p):
            guard projects[p.project] != nil else { anomalies += 1; return }
            projects[p.project]!.legalForm = p.to
            var history = legalFormHistory[p.project] ?? []
            if p.revert {
                if let i = history.lastIndex(where: { $0.from == p.to && $0.to == p.from }) { history.remove(at: i) }
            } else {
                history.append(LegalFormChange(date: p.date, from: p.from, to: p.to, author: author))
            }
            legalFormHistory[p.project] = history.isEmpty ? nil : history
        case .fundingSet(let p):
            guard programmes[p.target] != nil || cohorts[p.target] != nil else { anomalies += 1; return }
            funding[p.target] = p.funding
        default:
            break
        }
    }

    /// A correction of the legal form (`project edit --legal-form`) corrects the last
    /// entry of its history too, so the history ends on the form in force.
    mutating func correctLegalFormHistory(_ p: EditPayload<ProjectField>) {
        for change in p.changes where change.field == .legalForm {
            guard var history = legalFormHistory[p.id], let last = history.last,
                  last.to == change.from?.textValue else { continue }
            history[history.count - 1].to = change.to?.textValue
            legalFormHistory[p.id] = history
        }
    }

    /// Empties the free text kept about a project that went with an erased person: its
    /// follow-ups' notes and structure names, its needs' descriptions, its legal forms.
    mutating func erasePath(of project: EntityID) {
        if let records = followUps[project] { followUps[project] = records.map(\.erased) }
        for (id, need) in needs where need.project == project { needs[id] = need.erased }
        if let history = legalFormHistory[project] {
            legalFormHistory[project] = history.map { var change = $0; change.from = nil; change.to = nil; return change }
        }
    }
}

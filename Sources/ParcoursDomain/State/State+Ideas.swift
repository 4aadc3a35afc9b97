// How ideas (F15) and calls for applications (F4) fold, and what screens and reports
// ask of them.

extension State {
    mutating func applyIdeasAndCalls(_ event: DomainEvent, author: String) {
        switch event {
        case .ideaAdded(let p):
            guard programmes[p.entity.programme] != nil else { anomalies += 1; return }
            ideas[p.entity.id] = p.entity
        case .ideaRemoved(let p): State.remove(p.entity.id, from: &ideas, &anomalies)
        case .ideaStatusChanged(let p):
            State.update(p.idea, in: &ideas, &anomalies) { idea in
                idea.status = p.to
                if p.revert {
                    if let i = idea.history.lastIndex(where: { $0.to == p.from && $0.from == p.to }) { idea.history.remove(at: i) }
                } else {
                    idea.history.append(IdeaStatusChange(date: p.date, from: p.from, to: p.to, author: author, reason: p.reason))
                }
            }
        case .ideaAdopted(let p):
            guard holders[p.holder] != nil, projects[p.project] != nil else { anomalies += 1; return }
            State.update(p.idea, in: &ideas, &anomalies) { idea in
                idea.status = .porteurIdentifie
                idea.adoption = IdeaAdoption(holder: p.holder, project: p.project, date: p.date)
                idea.history.append(IdeaStatusChange(date: p.date, from: p.from, to: .porteurIdentifie, author: author,
                                                     reason: p.note))
            }
        case .ideaUnadopted(let p):
            State.update(p.idea, in: &ideas, &anomalies) { idea in
                idea.status = p.from
                idea.adoption = nil
                if let i = idea.history.lastIndex(where: { $0.to == .porteurIdentifie && $0.from == p.from }) {
                    idea.history.remove(at: i)
                }
            }
        case .callAdded(let p):
            guard programmes[p.entity.programme] != nil else { anomalies += 1; return }
            calls[p.entity.id] = p.entity
        case .callRemoved(let p): State.remove(p.entity.id, from: &calls, &anomalies)
        case .callApplied(let p), .callChecked(let p):
            guard calls[p.call] != nil, holders[p.holder] != nil, let application = p.application else {
                anomalies += 1
                return
            }
            applications[p.call, default: [:]][p.holder] = application
        case .applicationRemoved(let p):
            if applications[p.call]?.removeValue(forKey: p.holder) == nil { anomalies += 1 }
            if applications[p.call]?.isEmpty == true { applications[p.call] = nil }
        default: break
        }
    }
}

extension State {
    /// The ideas of a programme, in the order of the work: by status, then detection day, then title.
    public func ideas(programme: EntityID) -> [Idea] {
        State.sortedIdeas(ideas.values.filter { $0.programme == programme })
    }

    /// Ideas by status (in `IdeaStatus` order), then detection day, title and id.
    static func sortedIdeas(_ ideas: [Idea]) -> [Idea] {
        func order(_ s: IdeaStatus) -> Int { IdeaStatus.allCases.firstIndex(of: s)! }
        return ideas.map { (key: NameKey.of($0.title), idea: $0) }
            .sorted { (order($0.idea.status), $0.idea.detected, $0.key, $0.idea.id) < (order($1.idea.status), $1.idea.detected, $1.key, $1.idea.id) }
            .map(\.idea)
    }

    /// The idea a project came from (adopted), if any.
    public func idea(ofProject project: EntityID) -> Idea? {
        ideas.values.first { $0.adoption?.project == project }
    }

    /// The ideas a holder adopted, by adoption day.
    public func ideasAdopted(by holder: EntityID) -> [Idea] {
        ideas.values.filter { $0.adoption?.holder == holder }
            .sorted { ($0.adoption!.date, $0.id) < ($1.adoption!.date, $1.id) }
    }

    /// The calls of a programme, by opening day (or recording day), then title.
    public func calls(programme: EntityID) -> [CallForApplications] {
        State.sortedCalls(calls.values.filter { $0.programme == programme })
    }

    static func sortedCalls(_ calls: [CallForApplications]) -> [CallForApplications] {
        calls.map { (key: NameKey.of($0.title), call: $0) }
            .sorted { ($0.call.opens ?? $0.call.created, $0.key, $0.call.id) < ($1.call.opens ?? $1.call.created, $1.key, $1.call.id) }
            .map(\.call)
    }

    /// A holder's application to a call.
    public func application(call: EntityID, holder: EntityID) -> Application? {
        applications[call]?[holder]
    }

    /// A holder's applications, with their calls, by application day.
    public func applications(holder: EntityID) -> [(call: CallForApplications, application: Application)] {
        applications.compactMap { id, byHolder in
            guard let application = byHolder[holder], let call = calls[id] else { return nil }
            return (call, application)
        }.sorted { ($0.application.date, $0.call.id) < ($1.application.date, $1.call.id) }
    }

    /// A call's applicants, with their applications, by holder name.
    public func applicants(call: EntityID) -> [(holder: Holder, application: Application)] {
        byHolderName(Array((applications[call] ?? [:]).compactMap { id, application in
            holders[id].map { (holder: $0, application: application) }
        }), \.holder.id)
    }
}

extension State {
    /// An idea adopted into a project that went with an erased person goes with it: its
    /// title is the project's, and its texts may name the person. Its statuses and dates
    /// stay (reports count them).
    mutating func eraseAdoptedIdeas() {
        for (id, idea) in ideas where !erasures.ideas.contains(id) {
            guard let project = idea.adoption?.project, erasures.covers(project: project) else { continue }
            erasures.ideas.insert(id)
            ideas[id] = idea.erased
        }
    }
}

extension Resolver {
    /// An idea, by its title or id (ideas of another programme may share a title: the
    /// candidates name their programme).
    public func idea(_ reference: String) throws(DomainError) -> Idea {
        let id = try resolve(reference, .idea, exact: { state.ideas[$0] != nil },
                             pool: { state.ideas.values.map { ($0.id, $0.title) } }, shown: { id in
            guard let idea = state.ideas[id] else { return id }
            return "\(idea.title) — \(state.programmes[idea.programme]?.name ?? idea.programme)"
        })
        return state.ideas[id]!
    }

    /// A call for applications, by its title or id.
    public func call(_ reference: String) throws(DomainError) -> CallForApplications {
        let id = try resolve(reference, .call, exact: { state.calls[$0] != nil },
                             pool: { state.calls.values.map { ($0.id, $0.title) } }, shown: { id in
            guard let call = state.calls[id] else { return id }
            return "\(call.title) — \(state.programmes[call.programme]?.name ?? call.programme)"
        })
        return state.calls[id]!
    }

    /// A criterion of a call: its number (from 1), or words of its text (as a name is
    /// matched: exact, then start, then anywhere). Returns its position from 0.
    public func criterion(_ reference: String, of call: CallForApplications) throws(DomainError) -> Int {
        let trimmed = reference.trimmingCharacters(in: .whitespacesAndNewlines)
        if let number = Int(trimmed), call.criteria.indices.contains(number - 1) { return number - 1 }
        let key = NameKey.of(trimmed)
        let keyed = call.criteria.enumerated().map { (index: $0.offset, key: NameKey.of($0.element)) }
        for matches in [keyed.filter { $0.key == key }, keyed.filter { $0.key.hasPrefix(key) }, keyed.filter { $0.key.contains(key) }]
        where !key.isEmpty && !matches.isEmpty {
            guard matches.count == 1 else {
                throw .ambiguous(.criterion, reference: trimmed,
                                 candidates: matches.map { Candidate(name: call.criteria[$0.index], id: String($0.index + 1)) })
            }
            return matches[0].index
        }
        throw .call(.unknownCriterion(trimmed, call: call.title,
                                      criteria: call.criteria.enumerated().map { "\($0.offset + 1). \($0.element)" }))
    }
}

extension Decider {
    /// Records a consent given, or withdraws one (erasing what was recorded under it).
    mutating func setConsent(holder h: String, scope: ConsentScope, given: Day?,
                             withdrawn: Day?) throws(DomainError) -> Message {
        let holder = try resolver.holder(h)
        guard (given == nil) != (withdrawn == nil), let day = given ?? withdrawn else { throw .consentNeedsOneDate }
        try InputRules.past(day, .consent, today: context.today)
        let current = state.sensitive[holder.id]?.consents[scope]
        if withdrawn != nil, current == nil { throw .noConsent(holder: holder.name, scope: scope) }
        if let current, let withdrawn, withdrawn < current { throw .consentWithdrawnBeforeGiven(given: current) }
        events.append(.consentChanged(ConsentPayload(action: action, holder: holder.id, scope: scope, given: given,
                                                     withdrawn: withdrawn, previous: current)))
        return given != nil ? .consentGiven(holder: holder.name, scope: scope)
                            : .consentWithdrawn(holder: holder.name, scope: scope)
    }

    /// Sets a scope of sensitive data: only with the person's consent to that scope.
    mutating func setSensitive(holder h: String, scope: ConsentScope, values: [String]) throws(DomainError) -> Message {
        let holder = try resolver.holder(h)
        let data = state.sensitive[holder.id]
        guard data?.consents[scope] != nil else { throw .noConsent(holder: holder.name, scope: scope) }
        var ids: [String] = []
        for value in values {
            let known: Bool
            switch scope {
            case .obstacles: known = Obstacle(rawValue: value) != nil
            case .profile: known = ProfileTag(rawValue: value) != nil
            }
            guard known else { throw .unknownSensitiveValue(value, scope: scope) }
            if !ids.contains(value) { ids.append(value) }
        }
        ids.sort()
        let previous: [String]
        switch scope {
        case .obstacles: previous = (data?.obstacles ?? []).map(\.rawValue)
        case .profile: previous = (data?.profile ?? []).map(\.rawValue)
        }
        guard ids != previous else { throw .nothingChanged }
        events.append(.sensitiveSet(SensitivePayload(action: action, holder: holder.id, scope: scope,
                                                     values: ids, previous: previous)))
        return .sensitiveSet(holder: holder.name, scope: scope, count: ids.count)
    }
}

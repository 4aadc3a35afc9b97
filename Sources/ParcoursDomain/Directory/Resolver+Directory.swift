extension Resolver {
    /// A person of the directory, by name (compared as every name is) or id. Someone
    /// erased is refused unless `allowingErased` (reading what remains).
    public func person(_ reference: String, allowingErased: Bool = false) throws(DomainError) -> Person {
        let id = try resolve(reference, .person, exact: { state.people[$0] != nil },
                             pool: { state.people.values.map { ($0.id, $0.name) } }, shown: { id in
            guard let p = state.people[id] else { return id }
            let from = p.organisation.flatMap { state.organisations[$0]?.name }.map { " — \($0)" } ?? ""
            return p.name + from
        })
        if !allowingErased, let number = state.erasures.holders[id] { throw .personErased(number: number) }
        return state.people[id]!
    }

    /// A venue of the directory, by name or id.
    public func venue(_ reference: String) throws(DomainError) -> Venue {
        let id = try resolve(reference, .venue, exact: { state.venues[$0] != nil },
                             pool: { state.venues.values.map { ($0.id, $0.name) } }, shown: { id in
            guard let v = state.venues[id] else { return id }
            return v.name + (v.commune.map { " — \($0)" } ?? "")
        })
        return state.venues[id]!
    }
}

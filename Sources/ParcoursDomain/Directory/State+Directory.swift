extension State {
    /// Folds the directory's events: people, venues, the facilitators of a session.
    mutating func applyDirectory(_ event: DomainEvent) {
        switch event {
        case .personAdded(let p): people[p.entity.id] = p.entity
        case .personRemoved(let p):
            if people.removeValue(forKey: p.entity.id) == nil { anomalies += 1 }
        case .personEdited(let p):
            guard var person = people[p.id] else { anomalies += 1; return }
            for change in p.changes { change.field.set(change.to, in: &person) }
            people[p.id] = person
        case .venueAdded(let p): venues[p.entity.id] = p.entity
        case .venueRemoved(let p):
            if venues.removeValue(forKey: p.entity.id) == nil { anomalies += 1 }
        case .venueEdited(let p):
            guard var venue = venues[p.id] else { anomalies += 1; return }
            for change in p.changes { change.field.set(change.to, in: &venue) }
            venues[p.id] = venue
        case .sessionFacilitatorAdded(let p):
            guard sessions[p.session] != nil, people[p.person] != nil else { anomalies += 1; return }
            if !(sessionFacilitators[p.session] ?? []).contains(p.person) { sessionFacilitators[p.session, default: []].append(p.person) }
        case .sessionFacilitatorRemoved(let p):
            guard let i = sessionFacilitators[p.session]?.firstIndex(of: p.person) else { anomalies += 1; return }
            sessionFacilitators[p.session]!.remove(at: i)
            if sessionFacilitators[p.session]!.isEmpty { sessionFacilitators[p.session] = nil }
        default: break
        }
    }

    /// Erases a person of the directory: their name, role and contact, in the directory
    /// and in the staff entries naming them. What they facilitated stays (by id).
    mutating func erasePerson(_ id: EntityID) {
        if let person = people[id] { people[id] = person.erased }
        for (cohortID, cohort) in cohorts where cohort.staff.contains(where: { $0.person == id }) {
            cohorts[cohortID]?.staff = cohort.staff.map { member in
                guard member.person == id else { return member }
                var erased = member
                erased.name = ""
                return erased
            }
        }
    }
}

extension State {
    /// The name of a person of the directory, the id when unknown.
    public func personName(_ id: EntityID) -> String { people[id]?.name ?? id }

    /// The people of the directory, by name.
    public var directoryPeople: [Person] {
        people.values.map { (key: NameKey.of($0.name), person: $0) }
            .sorted { ($0.key, $0.person.id) < ($1.key, $1.person.id) }.map(\.person)
    }

    /// The venues of the directory, by name.
    public var directoryVenues: [Venue] {
        venues.values.map { (key: NameKey.of($0.name), venue: $0) }
            .sorted { ($0.key, $0.venue.id) < ($1.key, $1.venue.id) }.map(\.venue)
    }

    /// Where a session takes place, as people read it: the directory's venue (its
    /// current name), else the free text of sessions scheduled before the directory.
    public func venueName(of session: Session) -> String? {
        if let id = session.details.place, let venue = venues[id] { return venue.name }
        return session.details.venue
    }

    /// The people facilitating a session, in the order they were named.
    public func facilitators(of session: EntityID) -> [Person] {
        (sessionFacilitators[session] ?? []).compactMap { people[$0] }
    }

    /// The holders a person of the directory is the referent of, by name.
    public func holders(referent person: EntityID) -> [Holder] {
        byHolderName(holders.values.filter { $0.referent == person }.map(\.id), { $0 }).compactMap { holders[$0] }
    }

    /// The cohorts whose staff names a person, with their role there.
    public func staffing(of person: EntityID) -> [(cohort: Cohort, role: StaffRole)] {
        cohorts.values.flatMap { cohort in
            cohort.staff.filter { $0.person == person }.map { (cohort: cohort, role: $0.role) }
        }.sorted { ($0.cohort.start, $0.cohort.id) < ($1.cohort.start, $1.cohort.id) }
    }

    /// The sessions a person facilitates, in date order.
    public func sessions(facilitatedBy person: EntityID) -> [Session] {
        sessionFacilitators.compactMap { id, people in people.contains(person) ? sessions[id] : nil }
            .sorted(by: State.chronological)
    }

    /// The name a staff member is shown under: their directory entry's current name.
    public func staffName(_ member: StaffMember) -> String {
        member.person.flatMap { people[$0]?.name } ?? member.name
    }
}

extension State {
    /// Shows an erased person of the directory under their neutral label.
    mutating func labelErasedPerson(_ id: EntityID, _ label: String) {
        people[id]?.name = label
        for (cohortID, cohort) in cohorts where cohort.staff.contains(where: { $0.person == id }) {
            cohorts[cohortID]?.staff = cohort.staff.map { member in
                var labelled = member
                if member.person == id { labelled.name = label }
                return labelled
            }
        }
    }
}

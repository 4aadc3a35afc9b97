// The people and venue directories (domain.md F5, F8, F9): who facilitates, who is a
// holder's referent, where sessions take place. A name given where a person or a venue
// is used names the one the directory knows (as every reference does), or adds it.

extension Decider {
    mutating func directory(_ command: Command) throws(DomainError) -> Message {
        switch command {
        case .addPerson(let draft): return try addPerson(draft)
        case .editPerson(let reference, let edit): return try editPerson(reference, edit)
        case .removePerson(let reference): return try removePerson(reference)
        case .addVenue(let draft): return try addVenue(draft)
        case .editVenue(let reference, let edit): return try editVenue(reference, edit)
        case .removeVenue(let reference): return try removeVenue(reference)
        case .addSessionFacilitator(let session, let person): return try addSessionFacilitator(session: session, person: person)
        case .removeSessionFacilitator(let session, let person):
            return try removeSessionFacilitator(session: session, person: person)
        default: throw .notFound(.person, reference: "")
        }
    }

    /// The person a name means: one the directory knows, one added earlier in this
    /// command, or a new entry.
    mutating func person(named text: String) throws(DomainError) -> Person {
        let wanted = try name(text, .staffName, .person)
        let key = NameKey.of(wanted)
        for case .personAdded(let p) in events where NameKey.of(p.entity.name) == key { return p.entity }
        do {
            return try resolver.person(wanted)
        } catch {
            guard case .notFound = error else { throw error }
        }
        let created = Person(id: context.newID(), name: wanted)
        events.append(.personAdded(EntityPayload(action: action, entity: created)))
        return created
    }

    /// The venue a name means: one the directory knows, or a new entry.
    mutating func venue(named text: String) throws(DomainError) -> Venue {
        let wanted = try name(text, .venue, .venue)
        let key = NameKey.of(wanted)
        for case .venueAdded(let p) in events where NameKey.of(p.entity.name) == key { return p.entity }
        do {
            return try resolver.venue(wanted)
        } catch {
            guard case .notFound = error else { throw error }
        }
        let created = Venue(id: context.newID(), name: wanted)
        events.append(.venueAdded(EntityPayload(action: action, entity: created)))
        return created
    }

    /// A summary that also says which people and venues a command added to the
    /// directory on the way (not when adding them was the command).
    func notingDirectoryAdditions(_ summary: Message, _ command: Command) -> Message {
        switch command {
        case .addPerson, .addVenue: return summary
        default: break
        }
        var people: [String] = [], venues: [String] = []
        for event in events {
            if case .personAdded(let p) = event { people.append(p.entity.name) }
            if case .venueAdded(let p) = event { venues.append(p.entity.name) }
        }
        guard !people.isEmpty || !venues.isEmpty else { return summary }
        return .both(summary, .addedToDirectory(people: people, venues: venues))
    }

    mutating func addPerson(_ draft: PersonDraft) throws(DomainError) -> Message {
        let wanted = try name(draft.name, .staffName, .person)
        if state.people.values.contains(where: { NameKey.of($0.name) == NameKey.of(wanted) }) {
            throw .nameTaken(.person, name: wanted)
        }
        let role = try optional(draft.role, .role), email = try optional(draft.email, .email)
        let phone = try optional(draft.phone, .phone)
        let organisation = try optional(draft.organisationName, .organisationName).map { name throws(DomainError) in
            try self.organisation(named: name, kind: .operator).id
        }
        let person = Person(id: context.newID(), name: wanted, organisation: organisation, role: role, email: email, phone: phone)
        events.append(.personAdded(EntityPayload(action: action, entity: person)))
        return .personAdded(name: wanted)
    }

    mutating func editPerson(_ reference: String, _ edit: PersonEdit) throws(DomainError) -> Message {
        let person = try resolver.person(reference)
        var wanted: [(PersonField, FieldValue?)] = []
        if let text = edit.name {
            let newName = try name(text, .staffName, .person)
            if state.people.values.contains(where: { $0.id != person.id && NameKey.of($0.name) == NameKey.of(newName) }) {
                throw .nameTaken(.person, name: newName)
            }
            wanted.append((.name, .text(newName)))
        }
        if let org = edit.organisationName {
            let named = try optional(org, .organisationName)
            wanted.append((.organisation, try named.map { name throws(DomainError) in
                FieldValue.text(try organisation(named: name, kind: .operator).id)
            }))
        }
        if let role = edit.role { wanted.append((.role, .maybe(try optional(role, .role)))) }
        if let email = edit.email { wanted.append((.email, .maybe(try optional(email, .email)))) }
        if let phone = edit.phone { wanted.append((.phone, .maybe(try optional(phone, .phone)))) }
        let changed = try changes(person, wanted, .person, name: person.name)
        events.append(.personEdited(EditPayload(action: action, id: person.id, changes: changed)))
        return .edited(.person, name: PersonField.name.value(in: applying(changed, to: person))?.plain ?? person.name,
                       fields: changed.map(\.field.rawValue))
    }

    mutating func removePerson(_ reference: String) throws(DomainError) -> Message {
        let person = try resolver.person(reference)
        let uses = state.holders.values.filter { $0.referent == person.id }.count
            + state.cohorts.values.reduce(0) { $0 + $1.staff.filter { $0.person == person.id }.count }
            + state.sessionFacilitators.values.filter { $0.contains(person.id) }.count
        guard uses == 0 else { throw .directoryEntryInUse(.person, name: person.name, uses: uses) }
        events.append(.personRemoved(EntityPayload(action: action, entity: person)))
        return .personRemoved(name: person.name)
    }

    mutating func addVenue(_ draft: VenueDraft) throws(DomainError) -> Message {
        let wanted = try name(draft.name, .venue, .venue)
        if state.venues.values.contains(where: { NameKey.of($0.name) == NameKey.of(wanted) }) {
            throw .nameTaken(.venue, name: wanted)
        }
        let commune = try optional(draft.commune, .commune)
        let lender = try optional(draft.lenderName, .organisationName).map { name throws(DomainError) in
            try self.organisation(named: name, kind: .venue).id
        }
        let venue = Venue(id: context.newID(), name: wanted, commune: commune, kind: draft.kind, lender: lender)
        events.append(.venueAdded(EntityPayload(action: action, entity: venue)))
        return .venueAdded(name: wanted)
    }

    mutating func editVenue(_ reference: String, _ edit: VenueEdit) throws(DomainError) -> Message {
        let venue = try resolver.venue(reference)
        var wanted: [(VenueField, FieldValue?)] = []
        if let text = edit.name {
            let newName = try name(text, .venue, .venue)
            if state.venues.values.contains(where: { $0.id != venue.id && NameKey.of($0.name) == NameKey.of(newName) }) {
                throw .nameTaken(.venue, name: newName)
            }
            wanted.append((.name, .text(newName)))
        }
        if let commune = edit.commune { wanted.append((.commune, .maybe(try optional(commune, .commune)))) }
        if let kind = edit.kind { wanted.append((.kind, .maybe(kind?.rawValue))) }
        if let lender = edit.lenderName {
            let named = try optional(lender, .organisationName)
            wanted.append((.lender, try named.map { name throws(DomainError) in
                FieldValue.text(try organisation(named: name, kind: .venue).id)
            }))
        }
        let changed = try changes(venue, wanted, .venue, name: venue.name)
        events.append(.venueEdited(EditPayload(action: action, id: venue.id, changes: changed)))
        return .edited(.venue, name: VenueField.name.value(in: applying(changed, to: venue))?.plain ?? venue.name,
                       fields: changed.map(\.field.rawValue))
    }

    mutating func removeVenue(_ reference: String) throws(DomainError) -> Message {
        let venue = try resolver.venue(reference)
        let uses = state.sessions.values.filter { $0.details.place == venue.id }.count
        guard uses == 0 else { throw .directoryEntryInUse(.venue, name: venue.name, uses: uses) }
        events.append(.venueRemoved(EntityPayload(action: action, entity: venue)))
        return .venueRemoved(name: venue.name)
    }

    mutating func addSessionFacilitator(session reference: String, person text: String) throws(DomainError) -> Message {
        let session = try resolver.session(reference)
        let person = try person(named: text)
        if (state.sessionFacilitators[session.id] ?? []).contains(person.id) {
            throw .alreadyFacilitating(person: person.name, session: session.title)
        }
        events.append(.sessionFacilitatorAdded(SessionFacilitatorPayload(action: action, session: session.id, person: person.id)))
        warnOverlaps(of: session, now: session.details, people: [person.id], venue: false)
        return .facilitatorAdded(person: person.name, session: session.title)
    }

    mutating func removeSessionFacilitator(session reference: String, person text: String) throws(DomainError) -> Message {
        let session = try resolver.session(reference)
        let person = try resolver.person(text)
        guard (state.sessionFacilitators[session.id] ?? []).contains(person.id) else {
            throw .notFacilitating(person: person.name, session: session.title)
        }
        events.append(.sessionFacilitatorRemoved(SessionFacilitatorPayload(action: action, session: session.id, person: person.id)))
        return .facilitatorRemoved(person: person.name, session: session.title)
    }

    /// The facilitators named when a session is scheduled: each one once, warned about
    /// when they are elsewhere at the same time.
    mutating func scheduleFacilitators(_ names: [String], of session: Session) throws(DomainError) {
        var named: [EntityID] = []
        for text in names where !text.trimmingCharacters(in: .whitespaces).isEmpty {
            let person = try person(named: text)
            guard !named.contains(person.id) else { continue }
            named.append(person.id)
            events.append(.sessionFacilitatorAdded(SessionFacilitatorPayload(action: action, session: session.id, person: person.id)))
        }
        warnOverlaps(of: session, now: session.details, people: named)
    }

    /// Warns about other sessions at an overlapping time in the same venue, or with one of
    /// `people` (the session's own facilitators when nil). Not a refusal: two workshops may
    /// share a large room, a facilitator may hand over at noon.
    mutating func warnOverlaps(of session: Session, now details: SessionDetails, people: [EntityID]? = nil, venue: Bool = true) {
        var moved = session
        moved.details = details
        let wanted = people ?? (state.sessionFacilitators[session.id] ?? [])
        for overlap in state.overlaps(of: moved, facilitators: wanted, venue: venue) {
            guard let other = state.sessions[overlap.other] else { continue }
            let cohort = state.cohorts[other.cohort]?.name ?? other.cohort
            switch overlap.shared {
            case .venue:
                let venue = state.venueName(of: moved) ?? ""
                warnings.append(.venueOverlap(session: details.title, other: other.title, cohort: cohort, venue: venue, date: other.date))
            case .person(let id):
                warnings.append(.facilitatorOverlap(session: details.title, other: other.title, cohort: cohort,
                                                    person: state.people[id]?.name ?? pendingName(id), date: other.date))
            }
        }
    }

    /// After an edit: warns when the session moved (day, time, duration, venue) onto another's.
    mutating func warnOverlapsIfMoved(_ session: Session, now details: SessionDetails) {
        let before = session.details
        guard details.date != before.date || details.time != before.time || details.duration != before.duration
            || details.place != before.place || details.venue != before.venue || details.remote != before.remote else { return }
        warnOverlaps(of: session, now: details)
    }

    private func pendingName(_ id: EntityID) -> String {
        for case .personAdded(let p) in events where p.entity.id == id { return p.entity.name }
        return id
    }
}

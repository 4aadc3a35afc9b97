extension Decider {
    /// Refuses to take away a person, a venue or a session that later actions (not taken
    /// back with it) still name: a referent, a staff entry, a session's facilitator or venue.
    func checkDirectoryUnused(_ compensation: [DomainEvent]) throws(DomainError) {
        var removedPeople = Set<EntityID>(), removedVenues = Set<EntityID>(), removedSessions = Set<EntityID>()
        var unfacilitated = Set<String>(), reedited = Set<EntityID>(), removedStaff = Set<String>()
        for event in compensation {
            switch event {
            case .personRemoved(let p): removedPeople.insert(p.entity.id)
            case .venueRemoved(let p): removedVenues.insert(p.entity.id)
            case .sessionRemoved(let p): removedSessions.insert(p.entity.id)
            case .sessionFacilitatorRemoved(let p): unfacilitated.insert(p.session + "/" + p.person)
            case .holderEdited(let p) where p.changes.contains { $0.field == .referent }: reedited.insert(p.id)
            case .sessionUpdated(let p): reedited.insert(p.session)
            case .staffRemoved(let p): if let person = p.member.person { removedStaff.insert(p.cohort + "/" + person) }
            default: break
            }
        }
        for id in removedPeople {
            let used = state.holders.values.contains { $0.referent == id && !reedited.contains($0.id) }
                || state.sessionFacilitators.contains { session, people in
                    people.contains(id) && !unfacilitated.contains(session + "/" + id)
                }
                || state.cohorts.values.contains { cohort in
                    cohort.staff.contains { $0.person == id } && !removedStaff.contains(cohort.id + "/" + id)
                }
            if used { throw .undoBlocked(what: state.personName(id)) }
        }
        for id in removedVenues where state.sessions.values.contains(where: {
            $0.details.place == id && !removedSessions.contains($0.id) && !reedited.contains($0.id)
        }) {
            throw .undoBlocked(what: state.venues[id]?.name ?? id)
        }
        for id in removedSessions {
            let people = state.sessionFacilitators[id] ?? []
            if people.contains(where: { !unfacilitated.contains(id + "/" + $0) }) {
                throw .undoBlocked(what: state.sessions[id]?.title ?? id)
            }
        }
    }
}

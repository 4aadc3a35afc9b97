extension State {
    /// Folds the events about contacts at organisations.
    mutating func applyContact(_ event: DomainEvent) {
        switch event {
        case .contactAdded(let p):
            guard organisations[p.entity.organisation] != nil else { anomalies += 1; return }
            contacts[p.entity.id] = erasures.contacts.contains(p.entity.id) ? p.entity.erased : p.entity
        case .contactRemoved(let p):
            if contacts.removeValue(forKey: p.entity.id) == nil { anomalies += 1 }
        case .contactEdited(let p):
            guard var contact = contacts[p.id] else { anomalies += 1; return }
            for change in p.changes { change.field.set(change.to, in: &contact) }
            contacts[p.id] = contact
        case .contactErased(let p):
            guard contacts[p.contact] != nil, !erasures.contacts.contains(p.contact) else { anomalies += 1; return }
            erasures.contacts.insert(p.contact)
            contacts[p.contact] = contacts[p.contact]?.erased
            let erased = p.contact
            history.forget { entry in
                entry.events.contains { event in
                    if case .contactErased = event { return false }
                    return event.references.contains(erased)
                }
            }
        default:
            break
        }
    }

    /// The contacts of an organisation, the current ones first, then by name.
    public func contacts(of organisation: EntityID, on day: Day) -> [Contact] {
        contacts.values.filter { $0.organisation == organisation }.sorted {
            ($0.isCurrent(on: day) ? 0 : 1, NameKey.of($0.name), $0.id) < ($1.isCurrent(on: day) ? 0 : 1, NameKey.of($1.name), $1.id)
        }
    }
}

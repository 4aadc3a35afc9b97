extension DomainEvent {
    /// A directory event with what it says about an erased person emptied: their name,
    /// role and contact (the directory's entry, its edits, a cohort's staff entry naming
    /// them). Their id, their organisation and the staff role stay: who ran which session
    /// is part of the programme's record, not the person's.
    func erasingDirectory(_ e: Erasures) -> DomainEvent {
        func person(_ p: EntityPayload<Person>) -> EntityPayload<Person> {
            e.covers(holder: p.entity.id) ? EntityPayload(action: p.action, entity: p.entity.erased) : p
        }
        func staff(_ p: StaffPayload) -> StaffPayload {
            guard e.covers(holder: p.member.person) else { return p }
            var q = p
            q.member.name = ""
            return q
        }
        switch self {
        case .personAdded(let p): return .personAdded(person(p))
        case .personRemoved(let p): return .personRemoved(person(p))
        case .personEdited(var p):
            guard e.covers(holder: p.id) else { return self }
            p.changes = p.changes.map { change in
                guard change.field != .organisation else { return change }
                var masked = change
                masked.from = nil
                masked.to = nil
                return masked
            }
            return .personEdited(p)
        case .staffAdded(let p): return .staffAdded(staff(p))
        case .staffRemoved(let p): return .staffRemoved(staff(p))
        default: return self
        }
    }
}

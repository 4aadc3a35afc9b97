extension DomainEvent {
    /// An idea's event with what it says about erased people emptied: the texts of an
    /// idea that went with an erased person's project, and the note of an adoption by an
    /// erased person.
    func erasingIdea(_ e: Erasures) -> DomainEvent {
        switch self {
        case .ideaAdded(let p) where e.covers(idea: p.entity.id):
            return .ideaAdded(EntityPayload(action: p.action, entity: p.entity.erased))
        case .ideaRemoved(let p) where e.covers(idea: p.entity.id):
            return .ideaRemoved(EntityPayload(action: p.action, entity: p.entity.erased))
        case .ideaStatusChanged(var p) where e.covers(idea: p.idea) && p.reason != nil:
            p.reason = nil
            return .ideaStatusChanged(p)
        case .ideaAdopted(var p) where (e.covers(idea: p.idea) || e.covers(holder: p.holder)) && p.note != nil:
            p.note = nil
            return .ideaAdopted(p)
        case .ideaUnadopted(var p) where (e.covers(idea: p.idea) || e.covers(holder: p.holder)) && p.note != nil:
            p.note = nil
            return .ideaUnadopted(p)
        default:
            return self
        }
    }
}

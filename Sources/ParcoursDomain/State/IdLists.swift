/// The lookups whose values are a few ids each (a holder's projects, the notes about one
/// thing, the sessions a holder was present at) keep them in arrays used as sets: a warm
/// open builds tens of thousands of them, and tiny sets cost far more to build than
/// scanning a few ids costs.
extension Dictionary where Value == [EntityID] {
    /// Adds `id` to the ids at `key`, unless it is there already.
    mutating func insert(_ id: EntityID, at key: Key) {
        if self[key]?.contains(id) != true { self[key, default: []].append(id) }
    }

    mutating func remove(_ id: EntityID, at key: Key) {
        self[key]?.removeAll { $0 == id }
    }
}

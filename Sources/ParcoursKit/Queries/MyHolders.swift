import ParcoursDomain

/// "My holders": the holders whose referent is a given person of the directory — the
/// author of the changes (`PARCOURS_AUTHOR`, matched by name as every name is) unless
/// another person is chosen. Both interfaces filter their lists through it.
public enum MyHolders {
    /// The person of the directory the author's name names: the one whose name matches it
    /// exactly (case and accents aside), else the only one whose name starts with it.
    public static func person(matching author: String, in state: State) -> Person? {
        let key = NameKey.of(author)
        guard !key.isEmpty else { return nil }
        let people = state.people.values.filter { !state.erasures.covers(holder: $0.id) }
        let exact = people.filter { NameKey.of($0.name) == key }
        if exact.count == 1 { return exact[0] }
        let starting = people.filter { NameKey.of($0.name).hasPrefix(key + " ") }
        return starting.count == 1 ? starting[0] : nil
    }

    /// The ids of the holders a person is the referent of.
    public static func holders(of person: EntityID, in state: State) -> Set<EntityID> {
        Set(state.holders.values.filter { $0.referent == person }.map(\.id))
    }
}

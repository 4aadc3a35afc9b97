import ParcoursDomain
import ParcoursKit

/// `list … --referent PERSON` and `--mine`: the holders a person of the directory follows.
enum ListFilters {
    /// The holders' ids to keep, nil for no filter.
    static func referentHolders(referent: String?, mine: Bool, state: State, author: String,
                                language: Language) throws -> Set<EntityID>? {
        if let referent { return MyHolders.holders(of: try Resolver(state).person(referent).id, in: state) }
        guard mine else { return nil }
        guard let me = MyHolders.person(matching: author, in: state) else {
            throw InputError(value: author, option: "--mine (PARCOURS_AUTHOR)",
                             expectedFR: "le nom d'une personne de l'annuaire (parcours person add, ou --referent PERSONNE)",
                             expectedEN: "the name of a person of the directory (parcours person add, or --referent PERSON)")
        }
        return MyHolders.holders(of: me.id, in: state)
    }
}

extension Audience {
    /// The category a person typed: a standard one by its id, its French or English label
    /// or a usual synonym (case, accents and spaces ignored: "élus", "Elus", "elected
    /// officials"), else a free category named as typed (trimmed).
    public static func read(_ text: String) -> Audience {
        let key = NameKey.of(text.trimmingCharacters(in: .whitespacesAndNewlines))
        if let standard = StandardAudience.allCases.first(where: { $0.names.contains(key) }) { return .standard(standard) }
        return .free(text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Two categories are one when they are the same standard one, or free ones whose
    /// names compare equal (`NameKey`).
    public func sameCategory(as other: Audience) -> Bool {
        switch (self, other) {
        case (.standard(let a), .standard(let b)): a == b
        case (.free(let a), .free(let b)): NameKey.of(a) == NameKey.of(b)
        default: false
        }
    }
}

extension StandardAudience {
    /// Every way to type this category, as name keys.
    var names: Set<String> {
        let synonyms: [String]
        switch self {
        case .elus: synonyms = ["elu", "elus locaux", "elue", "elues", "officials", "elected", "councillors"]
        case .techniciens: synonyms = ["technicien", "techniciennes", "technicians", "agents", "agents territoriaux",
                                       "techniciens des collectivites", "local authority staff", "staff"]
        case .professionnels: synonyms = ["professionnel", "pros", "accompagnateurs", "professionals",
                                          "professionnels de l'accompagnement", "professionnels de la creation"]
        case .habitants: synonyms = ["habitant", "residents", "resident", "public", "grand public", "citoyens"]
        case .porteurs: synonyms = ["porteur", "porteurs d'idee", "porteuses", "holders", "project holder",
                                    "porteurs de projets"]
        case .autres: synonyms = ["autre", "other", "others", "divers"]
        }
        return Set(([rawValue, Catalog.label(self, .fr), Catalog.label(self, .en)] + synonyms).map(NameKey.of))
    }
}

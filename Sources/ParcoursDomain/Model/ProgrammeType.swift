/// What kind of programme it is, by the stage it addresses (domain.md §1.2 and the formats
/// the guide recommends, §4.6): a network compares programmes of one type.
public enum ProgrammeType: String, CaseIterable, Sendable, Codable {
    case sensibilisation
    case accueilOrientation = "accueil_orientation"
    case ideation
    case premiersPas = "premiers_pas"
    case preincubation, incubation, acceleration
    /// A business and employment cooperative (CAE), a couveuse, a test space.
    case caeTest = "cae_test"
    /// A Fabrique à initiatives.
    case fabrique
    case formation, autre

    /// The type a person typed: its id or its French or English label, in any case and
    /// accents ("préincubation", "first steps", "CAE").
    public static func parse(_ text: String) -> ProgrammeType? {
        let key = CommuneKey.of(text)
        return allCases.first { type in
            ([type.rawValue, Catalog.label(type, .fr), Catalog.label(type, .en)] + type.synonyms)
                .contains { CommuneKey.of($0) == key }
        }
    }

    var synonyms: [String] {
        switch self {
        case .caeTest: ["cae", "couveuse", "espace test", "test"]
        case .fabrique: ["fabrique a initiatives", "fabrique à initiatives"]
        case .premiersPas: ["premiers pas", "first steps"]
        case .preincubation: ["pre incubation", "pre-incubation"]
        case .sensibilisation: ["awareness"]
        case .formation: ["training"]
        default: []
        }
    }
}

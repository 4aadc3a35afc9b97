import ParcoursDomain
import ParcoursKit

extension Arguments {
    /// A kind of venue, by its id or its label in either language.
    static func venueKind(_ text: String, _ option: String) throws -> VenueKind {
        if let kind = Vocabulary.match(text, in: VenueKind.self, labels: Catalog.label) { return kind }
        let ids = VenueKind.allCases.map(\.rawValue).joined(separator: ", ")
        throw InputError(value: text, option: option, expectedFR: "un type de lieu parmi \(ids)", expectedEN: "a kind of venue among \(ids)")
    }
}

import ParcoursDomain
import ParcoursKit

extension Arguments {
    static func openEventKind(_ text: String, _ option: String) throws -> OpenEventKind {
        if let kind = Vocabulary.openEventKind(text) { return kind }
        let ids = OpenEventKind.allCases.map(\.rawValue).joined(separator: ", ")
        throw InputError(value: text, option: option, expectedFR: "un format parmi \(ids)", expectedEN: "a format among \(ids)")
    }

    /// `CATEGORY=NUMBER` (`elus=10`, `"bénévoles associatifs=3"`): the category as typed
    /// (the domain reads it), the number a whole number (the domain checks its bounds).
    static func audience(_ text: String, _ option: String) throws -> AudienceInput {
        let expectedFR = "CATÉGORIE=NOMBRE, comme elus=10 ou \"bénévoles=3\" (catégories : "
            + StandardAudience.allCases.map(\.rawValue).joined(separator: ", ") + ", ou libre)"
        let expectedEN = "CATEGORY=NUMBER, such as elus=10 or \"volunteers=3\" (categories: "
            + StandardAudience.allCases.map(\.rawValue).joined(separator: ", ") + ", or your own)"
        guard let audience = Vocabulary.audience(text) else {
            throw InputError(value: text, option: option, expectedFR: expectedFR, expectedEN: expectedEN)
        }
        return audience
    }

    /// A whole number, negative ones included (the domain says what is allowed).
    static func integer(_ text: String, _ option: String) throws -> Int {
        if let value = Int(text.trimmingCharacters(in: .whitespaces)) { return value }
        throw InputError(value: text, option: option, expectedFR: "un nombre entier", expectedEN: "a whole number")
    }
}

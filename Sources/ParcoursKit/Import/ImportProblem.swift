import ParcoursDomain

/// One bad cell or row of an imported file, named by its line and column.
public struct ImportProblem: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case missingName
        case unknownStage(String)
        case unknownStatus(String)
        case unknownMark(String)
        case impossibleDate(String)
        /// The same person appears twice in the file (first at `firstLine`).
        case duplicate(name: String, firstLine: Int)
        case unknownHolder(String)
        /// The domain refused the row (e.g. a holder not taking part in the session).
        case refused(DomainError)
    }

    /// Line in the file (the header is line 1).
    public var line: Int
    /// The column's header as written in the file, nil for the row as a whole.
    public var column: String?
    public var kind: Kind

    public init(line: Int, column: String?, kind: Kind) {
        self.line = line
        self.column = column
        self.kind = kind
    }

    public func text(_ l: Language) -> String {
        let fr = l == .fr
        let place = (fr ? "ligne \(line)" : "line \(line)") + (column.map { fr ? ", colonne « \($0) »" : ", column “\($0)”" } ?? "")
        let what: String
        switch kind {
        case .missingName: what = fr ? "le nom est vide" : "the name is empty"
        case .unknownStage(let v):
            what = fr ? "étape inconnue « \(v) » (attendu : \(Stage.allCases.map { Catalog.label($0, .fr) }.joined(separator: ", ")))"
                      : "unknown stage “\(v)” (expected: \(Stage.allCases.map { Catalog.label($0, .en) }.joined(separator: ", ")))"
        case .unknownStatus(let v):
            what = fr ? "statut inconnu « \(v) » (attendu : \(ParticipationStatus.allCases.map { Catalog.label($0, .fr) }.joined(separator: ", ")))"
                      : "unknown status “\(v)” (expected: \(ParticipationStatus.allCases.map { Catalog.label($0, .en) }.joined(separator: ", ")))"
        case .unknownMark(let v):
            what = fr ? "présence inconnue « \(v) » (attendu : présent, absent, excusé ou P, A, E)"
                      : "unknown attendance “\(v)” (expected: present, absent, excused or P, A, E)"
        case .impossibleDate(let v):
            what = fr ? "date impossible « \(v) » (attendu : AAAA-MM-JJ ou JJ/MM/AAAA)"
                      : "impossible date “\(v)” (expected: YYYY-MM-DD or DD/MM/YYYY)"
        case .duplicate(let name, let first):
            what = fr ? "« \(name) » figure déjà ligne \(first)" : "“\(name)” already appears on line \(first)"
        case .unknownHolder(let v):
            what = fr ? "porteur inconnu « \(v) »" : "unknown holder “\(v)”"
        case .refused(let error):
            what = Catalog.text(error, l)
        }
        return place + (fr ? " : " : ": ") + what
    }
}

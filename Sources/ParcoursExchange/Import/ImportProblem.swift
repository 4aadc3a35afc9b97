import ParcoursDomain
import ParcoursKit

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
        /// The domain refused the row or a cell (e.g. a holder not taking part in the
        /// session, a name too long or holding a control character).
        case refused(DomainError)
        /// A quoted value whose closing quote never comes: the rest of the file would be
        /// read as this one value.
        case unclosedQuote
        /// A closing quote followed by something else than a separator or a line end.
        case textAfterQuote
        /// The row has another number of values than the header has columns.
        case fieldCount(found: Int, expected: Int)
        /// A byte that is not UTF-8 in a file that is UTF-8 elsewhere.
        case damagedUTF8(byte: UInt8)
        /// A byte that is neither UTF-8 nor Windows-1252.
        case unknownEncoding(byte: UInt8)
        /// A NUL byte: not a text file.
        case notText
        /// A form's row that matches no participant of the programme (by e-mail, then name).
        case unmatchedRespondent(String, programme: String)
        /// A form's row whose name matches several participants (and no e-mail tells them apart).
        case ambiguousRespondent(String, count: Int)
    }

    /// Line in the file (the header is line 1), counted as an editor shows lines.
    public var line: Int
    /// The column's header as written in the file, nil for the row as a whole or when the
    /// column has no header (then `columnNumber` says which it is).
    public var column: String?
    /// The column's position (from 1) when it has no header to name it.
    public var columnNumber: Int?
    public var kind: Kind

    public init(line: Int, column: String?, columnNumber: Int? = nil, kind: Kind) {
        self.line = line
        self.column = column
        self.columnNumber = columnNumber
        self.kind = kind
    }

    /// A problem at a field of the file (from 0): named by its header when it has one.
    init(line: Int, field: Int, header: [String], kind: Kind) {
        let title = header.indices.contains(field) ? header[field] : ""
        self.init(line: line, column: title.isEmpty ? nil : title, columnNumber: title.isEmpty ? field + 1 : nil, kind: kind)
    }

    public func text(_ l: Language) -> String {
        let fr = l == .fr
        let column = self.column.map { fr ? ", colonne « \($0) »" : ", column “\($0)”" }
            ?? columnNumber.map { fr ? ", colonne \($0)" : ", column \($0)" } ?? ""
        let place = (fr ? "ligne \(line)" : "line \(line)") + column
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
        case .unclosedQuote:
            what = fr ? "ce guillemet n’est jamais refermé (le reste du fichier serait lu comme une seule valeur) : fermez-le ou retirez-le"
                      : "this quote is never closed (the rest of the file would be read as one value): close it or remove it"
        case .textAfterQuote:
            what = fr ? "du texte suit le guillemet qui ferme la valeur : mettez toute la valeur entre guillemets et doublez ceux qu’elle contient (\"\")"
                      : "text follows the quote closing the value: quote the whole value and double the quotes inside it (\"\")"
        case .fieldCount(let found, let expected):
            what = fr ? "\(found) valeur(s) au lieu de \(expected) (une par colonne d’en-tête) : un séparateur en trop ou manquant ? Mettez entre guillemets une valeur qui contient un séparateur"
                      : "\(found) value(s) instead of \(expected) (one per header column): a separator too many or missing? Quote a value that holds a separator"
        case .damagedUTF8(let byte):
            what = fr ? "octet \(Self.hex(byte)) invalide : le fichier est en UTF-8 mais abîmé ici ; corrigez ce caractère ou enregistrez à nouveau en « CSV UTF-8 »"
                      : "invalid byte \(Self.hex(byte)): the file is UTF-8 but damaged here; fix this character or save again as “CSV UTF-8”"
        case .unknownEncoding(let byte):
            what = fr ? "octet \(Self.hex(byte)) ni UTF-8 ni Windows-1252 : enregistrez le fichier en « CSV UTF-8 »"
                      : "byte \(Self.hex(byte)) is neither UTF-8 nor Windows-1252: save the file as “CSV UTF-8”"
        case .unmatchedRespondent(let who, let programme):
            what = fr ? "« \(who) » ne correspond à aucun·e participant·e de « \(programme) » (ni par l’e-mail, ni par le nom) : corrigez le nom, inscrivez la personne, ou retirez la ligne"
                      : "“\(who)” matches no participant of “\(programme)” (neither by e-mail nor by name): fix the name, enrol the person, or remove the line"
        case .ambiguousRespondent(let who, let count):
            what = fr ? "« \(who) » correspond à \(count) participant·es : ajoutez une colonne e-mail pour les distinguer"
                      : "“\(who)” matches \(count) participants: add an e-mail column to tell them apart"
        case .notText:
            what = fr ? "octet nul : ce n’est pas un fichier texte CSV (UTF-16, classeur .xlsx ?) ; enregistrez en « CSV UTF-8 » ou « CSV (séparateur : point-virgule) »"
                      : "NUL byte: this is not a CSV text file (UTF-16, an .xlsx workbook?); save as “CSV UTF-8” or “CSV (semicolon delimited)”"
        }
        return place + (fr ? " : " : ": ") + what
    }

    /// Problems sorted by line, those of one line kept in the order they were found.
    static func inLineOrder(_ problems: [ImportProblem]) -> [ImportProblem] {
        problems.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
    }

    static func hex(_ byte: UInt8) -> String {
        "0x" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
    }
}

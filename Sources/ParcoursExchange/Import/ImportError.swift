import Foundation
import ParcoursKit
import ParcoursDomain

/// Why a file cannot be imported at all (as opposed to `ImportProblem`, one bad cell).
public enum ImportError: Error, Hashable, Sendable {
    case emptyFile
    case unreadable(reason: String)
    case missingColumn(ImportField, header: [String])
    /// Every problem of every row; nothing was written.
    case rejected([ImportProblem])
    /// A JSON export can only be loaded into an empty data directory.
    case notEmpty(events: Int)
    case notAnExport(reason: String)
    /// No column of a form's export names a question of the questionnaire.
    case noQuestionColumn(questionnaire: String, keys: [String], header: [String])

    /// A message a facilitator can act on.
    public func text(_ l: Language) -> String {
        let fr = l == .fr
        switch self {
        case .emptyFile:
            return fr ? "le fichier est vide (il faut une ligne d’en-têtes puis une ligne par personne)."
                      : "the file is empty (it needs a header line, then one line per person)."
        case .unreadable(let reason):
            return fr ? "le fichier ne se lit pas comme un CSV : \(reason)." : "the file cannot be read as CSV: \(reason)."
        case .missingColumn(let field, let header):
            let found = header.isEmpty ? "—" : header.joined(separator: ", ")
            return fr ? "il manque la colonne « \(field.names(.fr)) » (colonnes trouvées : \(found))."
                      : "the column “\(field.names(.en))” is missing (columns found: \(found))."
        case .rejected(let problems):
            let head = fr ? "rien n’a été importé, \(problems.count) problème(s) à corriger dans le fichier :"
                          : "nothing was imported; \(problems.count) problem(s) to fix in the file:"
            return ([head] + problems.map { "  " + $0.text(l) }).joined(separator: "\n")
        case .notEmpty(let events):
            return fr ? "le dossier de données contient déjà \(events) événement(s) : un export JSON ne se charge que dans un dossier vide (--data DOSSIER)."
                      : "the data directory already holds \(events) event(s): a JSON export loads only into an empty one (--data DIR)."
        case .noQuestionColumn(let questionnaire, let keys, let header):
            let found = header.isEmpty ? "—" : header.joined(separator: ", ")
            return fr ? "aucune colonne ne correspond à une question de « \(questionnaire) » (clés : \(keys.joined(separator: ", ")) ; ou leur libellé) ; colonnes trouvées : \(found)."
                      : "no column matches a question of “\(questionnaire)” (keys: \(keys.joined(separator: ", ")); or their labels); columns found: \(found)."
        case .notAnExport(let reason):
            return fr ? "ce fichier n’est pas un export JSON de Parcours : \(reason)."
                      : "this file is not a Parcours JSON export: \(reason)."
        }
    }
}

extension ImportError: LocalizedError, LocalizedMessage {
    public var errorDescription: String? { text(.en) }
}

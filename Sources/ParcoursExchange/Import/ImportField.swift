import ParcoursDomain
import ParcoursKit

/// A column an import understands, with the header names it answers to in French and
/// English (compared as `Vocabulary.fold` does: case, accents, spaces and punctuation ignored).
public enum ImportField: String, CaseIterable, Sendable, Hashable {
    case name, firstName, project, commune, email, phone, stage, status, referredBy, entryDate
    case attendance, remark
    /// When an online form was answered (its export's timestamp column).
    case answeredAt

    var aliases: [String] {
        switch self {
        case .name: ["nom", "name", "nom de famille", "last name", "surname", "porteur", "holder", "nom prénom", "full name"]
        case .firstName: ["prénom", "first name", "firstname", "given name"]
        case .project: ["projet", "project", "nom du projet", "project name", "titre du projet"]
        case .commune: ["commune", "town", "ville", "city"]
        case .email: ["email", "courriel", "e-mail", "mail", "adresse mail", "adresse e-mail"]
        case .phone: ["téléphone", "phone", "tél", "tel", "portable", "mobile"]
        case .stage: ["étape", "stage", "stade"]
        case .status: ["statut", "status"]
        case .referredBy: ["orienté par", "referred by", "prescripteur", "orienteur"]
        case .entryDate: ["date d'entrée", "entry date", "date entrée", "entrée", "date"]
        case .attendance: ["présence", "attendance", "présent", "émargement"]
        case .remark: ["remarque", "remark", "commentaire", "comment"]
        case .answeredAt: ["horodateur", "timestamp", "date de soumission", "date submitted", "submitdate", "submitted",
                           "horodatage", "date de réponse", "date", "completed", "date de saisie"]
        }
    }

    /// The main names, for messages.
    func names(_ l: Language) -> String {
        l == .fr ? aliases[0] : (aliases.count > 1 ? aliases[1] : aliases[0])
    }

    /// Which column holds each field (first match wins) and the headers nobody reads.
    static func locate(_ header: [String], among fields: [ImportField])
        -> (columns: [ImportField: Int], unknown: [String]) {
        var columns: [ImportField: Int] = [:]
        var unknown: [String] = []
        for (index, title) in header.enumerated() {
            let key = Vocabulary.fold(title)
            if key.isEmpty { continue }
            if let field = fields.first(where: { f in columns[f] == nil && f.aliases.contains { Vocabulary.fold($0) == key } }) {
                columns[field] = index
            } else {
                unknown.append(title)
            }
        }
        return (columns, unknown)
    }
}

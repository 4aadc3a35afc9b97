import Foundation
import ParcoursDomain

/// Everything Parcours holds about a person of the directory (a facilitator, a referent;
/// RGPD art. 15): their entry, the cohorts they staff, the sessions they facilitate, how
/// many holders they follow (not who: that is the holders' data), and the events about
/// their entry, in words and as written.
public struct DirectoryPersonRecord: Codable, Sendable {
    public var format = "parcours-person-record"
    public var madeAt: Date
    public var madeBy: String
    public var person: DirectoryListing.PersonRow
    /// "2026-11-03 Atelier 1 (Promo 2026)".
    public var sessions: [String]
    public var referentOf: Int
    public var history: [Journal.Entry]

    public static func make(_ workspace: Workspace, person: Person, language: Language) throws -> DirectoryPersonRecord {
        let state = workspace.state
        let events = try workspace.journal(concerning: [person.id]).filter { recorded in
            switch recorded.event {
            case .personAdded, .personRemoved, .personEdited, .staffAdded, .staffRemoved, .sessionFacilitatorAdded,
                 .sessionFacilitatorRemoved, .personErased: true
            default: false
            }
        }
        return DirectoryPersonRecord(
            madeAt: workspace.now, madeBy: workspace.author, person: DirectoryListing.personRow(state, person),
            sessions: state.sessions(facilitatedBy: person.id).map { "\($0.date.iso) \($0.title) (\(state.cohorts[$0.cohort]?.name ?? $0.cohort))" },
            referentOf: state.holders(referent: person.id).count,
            history: events.map { Journal.entry($0, state, language) })
    }

    /// The same as a Markdown page the person can read.
    public func markdown(_ l: Language) -> String {
        let fr = l == .fr
        func e(_ text: String) -> String { MarkdownText.escape(text) }
        let date = ISO8601DateFormatter.string(from: madeAt, timeZone: .current, formatOptions: [.withFullDate])
        let sep = fr ? " : " : ": "
        var lines = ["# " + (fr ? "Données de " : "Data held about ") + e(person.name), "",
                     fr ? "Copie faite le \(date) par \(e(madeBy)) (RGPD, article 15)." : "Copy made on \(date) by \(e(madeBy)) (GDPR, article 15).",
                     "", "## " + (fr ? "Annuaire" : "Directory"), ""]
        let fields: [(String, String?)] = [(fr ? "Nom" : "Name", person.name), (fr ? "Structure" : "Organisation", person.organisation),
                                           (fr ? "Fonction" : "Role", person.role), (fr ? "Courriel" : "E-mail", person.email),
                                           (fr ? "Téléphone" : "Phone", person.phone)]
        for (label, value) in fields { if let value { lines.append("- \(label)\(sep)\(e(value))") } }
        if !person.staff.isEmpty {
            lines += ["", "## " + (fr ? "Équipes" : "Staff"), ""] + person.staff.map { "- " + e($0) }
        }
        if !sessions.isEmpty {
            lines += ["", "## " + (fr ? "Séances animées" : "Sessions facilitated"), ""] + sessions.map { "- " + e($0) }
        }
        lines += ["", (fr ? "Référent·e de \(referentOf) porteur(s)." : "Referent of \(referentOf) holder(s).")]
        lines += ["", "## " + (fr ? "Historique" : "History"), ""]
        let time = ISO8601DateFormatter()
        for entry in history { lines.append("- \(time.string(from: entry.time)) \(e(entry.author))\(sep)\(e(entry.text))") }
        return lines.joined(separator: "\n") + "\n"
    }
}

import Foundation
import ParcoursDomain
import ParcoursKit

/// `parcours export --format ics [--cohort C] [--facilitator P] --out FILE`: the sessions
/// as an iCalendar file a facilitator subscribes to (RFC 5545; `SessionCalendar`).
enum CalendarExport {
    static func run(_ cli: CLI, cohort: String?, facilitator: String?, out: String) throws {
        let fr = cli.language == .fr
        guard out != ".", !out.hasSuffix("/") else {
            throw InputError(value: out, option: "--out", expectedFR: "le fichier .ics à écrire", expectedEN: "the .ics file to write")
        }
        let workspace = try cli.workspace()
        let state = workspace.state
        let resolver = Resolver(state)
        let cohortFound = try cohort.map { reference throws(DomainError) in try resolver.cohort(reference) }
        let person = try facilitator.map { reference throws(DomainError) in try resolver.person(reference) }
        let sessions = Agenda.all(state, cohort: cohortFound?.id, facilitator: person?.id)
        let name = ["Parcours", cohortFound?.name, person?.name].compactMap { $0 }.joined(separator: " — ")
        let text = SessionCalendar.ics(state, sessions: sessions, name: name, now: workspace.now, language: cli.language)
        let url = URL(fileURLWithPath: out)
        try PrivateFile.createDirectory(url.deletingLastPathComponent())
        try PrivateFile.write(Data(text.utf8), to: url)
        let n = sessions.count
        print(fr ? "\(n) séance\(n > 1 ? "s" : "") écrite\(n > 1 ? "s" : "") dans \(out) (iCalendar, lisible par vous seul·e)."
                 : "\(n) session\(n > 1 ? "s" : "") written to \(out) (iCalendar, readable by you only).")
    }
}

import Foundation
import ParcoursDomain
import ParcoursKit

extension PersonCommand {
    /// The person of the directory a reference names, when it names no holder (a holder
    /// comes first: `person export` was theirs before the directory).
    static func directoryPerson(_ reference: String, _ state: State) throws -> Person? {
        let resolver = Resolver(state)
        do {
            _ = try resolver.holder(reference, allowingErased: true)
            return nil
        } catch {
            guard case .notFound = error else { throw error }
        }
        do {
            return try resolver.person(reference, allowingErased: true)
        } catch {
            guard case .notFound = error else { throw error }
            return nil  // the holder's refusal says it
        }
    }

    /// A facilitator's copy of their data (RGPD art. 15), as JSON or Markdown.
    static func export(_ person: Person, workspace: Workspace, format: String, out: String?, cli: CLI) throws {
        let record = try DirectoryPersonRecord.make(workspace, person: person, language: cli.language)
        guard let out else {
            if format == "json" { try cli.printJSON(record) } else { print(record.markdown(cli.language), terminator: "") }
            return
        }
        let bytes = format == "json" ? Data(try JSONOutput.string(record).utf8) + Data("\n".utf8) : Data(record.markdown(cli.language).utf8)
        let url = URL(fileURLWithPath: out)
        try PrivateFile.createDirectory(url.deletingLastPathComponent())
        try PrivateFile.write(bytes, to: url)
        print(cli.language == .fr ? "Copie des données de \(person.name) écrite dans \(out) (lisible par vous seul·e)."
                                  : "Copy of \(person.name)'s data written to \(out) (readable by you only).")
    }
}

import ArgumentParser
import Foundation
import ParcoursDomain
import ParcoursKit
import ParcoursExchange
#if canImport(Glibc)
import Glibc
#endif

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a spreadsheet (CSV from Excel, LibreOffice, Google Sheets) or a JSON export.",
        discussion: """
        CSV files may be UTF-8 (with or without BOM) or Windows-1252, separated by ; or ,.
        Headers are read in French or English (nom/name, prénom/first name, projet/project,
        commune/town, email/courriel, téléphone/phone, étape/stage, statut/status,
        orienté par/referred by, date d'entrée/entry date; présence/attendance).
        All or nothing: one bad row and nothing is written, every problem is listed.
        """,
        subcommands: [ImportHoldersCommand.self, ImportAttendanceCommand.self, ImportJSONCommand.self])
}

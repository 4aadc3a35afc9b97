import ArgumentParser
import Foundation
import ParcoursDomain
import ParcoursKit
import ParcoursExchange
#if canImport(Glibc)
import Glibc
#endif

/// Shared by the import subcommands: reading the file, printing notices and failures.
enum ImportSupport {
    static func table(_ path: String) throws -> SpreadsheetTable {
        try SpreadsheetTable.read(try data(path))
    }

    static func data(_ path: String) throws -> Data {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ValidationError("cannot read \(path)")
        }
        return data
    }

    /// Prints an `ImportError` in the user's language and fails with status 1.
    static func guarded(_ cli: CLI, _ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as ImportError {
            let prefix = cli.language == .fr ? "Erreur : " : "Error: "
            Output.error(prefix + error.text(cli.language))
            throw ExitCode(1)
        }
    }

    static func notices(_ cli: CLI, unknown: [String], encoding: SpreadsheetEncoding, separator: Character) {
        let fr = cli.language == .fr
        let enc: String
        switch encoding {
        case .utf8: enc = "UTF-8"
        case .utf8WithBOM: enc = fr ? "UTF-8 avec BOM" : "UTF-8 with BOM"
        case .windows1252: enc = "Windows-1252"
        }
        print((fr ? "Fichier lu : " : "File read: ") + enc + (fr ? ", séparateur « \(separator) »" : ", separator “\(separator)”"))
        if !unknown.isEmpty {
            print((fr ? "Colonnes ignorées : " : "Columns ignored: ") + unknown.joined(separator: ", "))
        }
    }

    /// Progress on stderr, only for a person watching a terminal.
    static func progress() -> ((Int, Int) -> Void)? {
        guard isatty(STDERR_FILENO) == 1 else { return nil }
        return { done, total in Output.progress(done: done, total: total) }
    }
}

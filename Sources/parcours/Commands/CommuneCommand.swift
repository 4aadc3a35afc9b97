import ArgumentParser
import Foundation
import ParcoursDomain
import ParcoursKit

/// `parcours commune find`: what the official geographic code knows of a commune, before
/// typing it into a holder or a project (the same resolution refuses a typo there).
struct CommuneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "commune",
        abstract: "Look a commune up in the official geographic code (INSEE COG) shipped with Parcours.",
        subcommands: [Find.self])

    struct Find: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "A commune by name (with its département or postal code if you like), INSEE code or postal code.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions
        @Argument(help: "E.g. \"Saint-Félicien\", \"Annonay 07100\", \"07010\", \"07100\".") var text: String

        struct Row: Codable {
            var code: String
            var name: String
            var postalCodes: [String]
            var epci: String?
            var epciCode: String?
            var departement: String
            var departementCode: String
            var region: String?
            var regionCode: String?
        }

        func run() throws {
            try CLI.run(global) { cli in
                let geography = Workspace.geography
                guard !geography.isEmpty else {
                    throw ValidationError(cli.language == .fr
                        ? "Le code officiel géographique n’est pas installé à côté de parcours (dossier Parcours_ParcoursGeography.resources, ou $PARCOURS_GEOGRAPHY)."
                        : "The official geographic code is not installed beside parcours (folder Parcours_ParcoursGeography.resources, or $PARCOURS_GEOGRAPHY).")
                }
                let found: [GeoCommune]
                switch geography.resolve(text) {
                case .found(let commune): found = [commune]
                case .ambiguous(let communes): found = communes
                case .unknown(let suggestions):
                    throw DomainError.unknownCommune(text, suggestions: suggestions.map(geography.label))
                }
                let rows = found.map { c in
                    Row(code: c.code, name: c.name, postalCodes: c.postalCodes, epci: geography.epci(of: c)?.name, epciCode: c.epci,
                        departement: geography.departement(of: c)?.name ?? c.departement, departementCode: c.departement,
                        region: geography.region(of: c)?.name, regionCode: geography.region(of: c)?.code)
                }
                if output.json { return try cli.printJSON(rows) }
                let fr = cli.language == .fr
                for row in rows {
                    print("\(row.name) (\(row.departementCode)) — \(fr ? "code INSEE" : "INSEE code") \(row.code)")
                    if !row.postalCodes.isEmpty {
                        print("  \(fr ? "Codes postaux :" : "Postal codes:") \(row.postalCodes.joined(separator: ", "))")
                    }
                    if let epci = row.epci { print("  \(fr ? "Intercommunalité :" : "Intercommunality:") \(epci) (\(row.epciCode ?? ""))") }
                    print("  \(fr ? "Département :" : "Département:") \(row.departement) (\(row.departementCode))")
                    if let region = row.region { print("  \(fr ? "Région :" : "Région:") \(region) (\(row.regionCode ?? ""))") }
                }
                print(fr ? "Source : \(geography.edition) (Insee, Licence Ouverte)." : "Source: \(geography.edition) (Insee, Licence Ouverte).")
            }
        }
    }
}

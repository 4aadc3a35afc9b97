import Foundation
import ParcoursDomain

/// The official geographic code shipped with Parcours (`Resources/`, see its README: INSEE's
/// COG 2025 under the Licence Ouverte), loaded once per process when first asked for.
///
/// The files are a SwiftPM resource, but found without `Bundle.module`, which stops the
/// program when its bundle is not where the build left it: a binary copied elsewhere
/// without its `Parcours_ParcoursGeography.resources` folder still runs, with communes as
/// free text (`isAvailable` false), as before the list shipped.
public enum OfficialGeography {
    /// The edition the files hold.
    public static let edition = "COG 2025"

    /// The tables, or `Geography.none` when the files cannot be found or read.
    public static let shared: Geography = {
        guard let directory = locate() else { return .none }
        return (try? load(from: directory)) ?? .none
    }()

    public static var isAvailable: Bool { !shared.isEmpty }

    /// Where the files are: `$PARCOURS_GEOGRAPHY` (a folder holding them), the resource
    /// bundle beside the executable, or the source tree this was built from.
    public static func locate() -> URL? {
        var candidates: [URL] = []
        if let path = ProcessInfo.processInfo.environment["PARCOURS_GEOGRAPHY"], !path.isEmpty {
            candidates.append(URL(fileURLWithPath: path))
        }
        let executables = [Bundle.main.executableURL, URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()]
        for executable in executables.compactMap({ $0 }) {
            let folder = executable.deletingLastPathComponent()
            for bundle in ["Parcours_ParcoursGeography.resources", "Parcours_ParcoursGeography.bundle"] {
                candidates.append(folder.appendingPathComponent(bundle).appendingPathComponent("Resources"))
                candidates.append(folder.appendingPathComponent(bundle))
            }
        }
        candidates.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Resources"))
        return candidates.first { FileManager.default.isReadableFile(atPath: $0.appendingPathComponent("communes.csv").path) }
    }

    public struct LoadError: Error, CustomStringConvertible {
        public var file: String
        public var line: Int
        public var description: String { "\(file):\(line): not a row of the geographic code" }
    }

    /// Reads the five files of `directory`.
    public static func load(from directory: URL) throws -> Geography {
        func rows(_ name: String, columns: Int) throws -> [[String]] {
            let text = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
            var result: [[String]] = []
            for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: true).enumerated() where index > 0 {
                let fields = line.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
                guard fields.count == columns else { throw LoadError(file: name, line: index + 1) }
                result.append(fields)
            }
            return result
        }
        let communes = try rows("communes.csv", columns: 5).map {
            GeoCommune(code: $0[0], name: $0[1], epci: $0[2].isEmpty ? nil : $0[2], departement: $0[3],
                       postalCodes: $0[4].split(separator: " ").map(String.init))
        }
        let former = try rows("communes-deleguees.csv", columns: 4).map { GeoFormerCommune(code: $0[0], name: $0[1], commune: $0[3]) }
        let epcis = try rows("epci.csv", columns: 3).map { GeoArea(level: .epci, code: $0[0], name: $0[1], parent: $0[2]) }
        let departements = try rows("departements.csv", columns: 3).map {
            GeoArea(level: .departement, code: $0[0], name: $0[1], parent: $0[2])
        }
        let regions = try rows("regions.csv", columns: 2).map { GeoArea(level: .region, code: $0[0], name: $0[1]) }
        return Geography(edition: edition, communes: communes, formerCommunes: former, epcis: epcis,
                         departements: departements, regions: regions)
    }
}

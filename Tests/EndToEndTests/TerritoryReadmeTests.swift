import Foundation
import Testing

/// Runs the README's "The territory and the network" walkthrough verbatim with bash, the
/// built binary standing in for `parcours` on the PATH, and checks what it wrote.
struct TerritoryReadmeTests {
    @Test func theTerritoryWalkthroughRunsAsWritten() throws {
        let run = try ReadmeWalkthrough.run(after: "## The territory and the network", dataDirectory: "/tmp/parcours-territoire")
        let output = run.output, errors = run.errors
        #expect(run.status == 0, "\(errors)")
        // The two refusals the walkthrough shows, and nothing else on the error output.
        #expect(errors.contains("No commune of the official geographic code is called “Anonay”. Did you mean:"))
        #expect(errors.contains("“Annonay (07)”"))
        #expect(errors.contains("Several communes are called “Sainte-Colombe”"))
        #expect(errors.split(separator: "\n").count == 2, "\(errors)")
        for line in ["Saint-Félicien (07) — INSEE code 07236", "Type: first steps", "Territory: Ardèche (07), Loire (42)",
                     "Région AURA (funder)", "Julie Roche — conseillère — from 2024-09-01 to 2026-06-30 — left",
                     "Holders referred: 1", "Holders and projects by département"] {
            #expect(output.contains(line), "\(line)")
        }
        #expect(output.split(separator: "\n").contains { $0.split(separator: " ") == ["Ardèche", "07", "2", "1"] })
        #expect(output.split(separator: "\n").contains { $0.split(separator: " ") == ["Rhône", "69", "1", "0"] })
        // The operator's report the walkthrough ends with: the last JSON object printed.
        let json = try #require(output.range(of: "\n{\n", options: .backwards).map { String(output[$0.lowerBound...]) })
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let programmes = try #require(report["programmes"] as? [[String: Any]])
        #expect(programmes.map { $0["name"] as? String } == ["Fabrique Nord", "Lance-toi !"])
        let groups = try #require((report["territory"] as? [String: Any])?["groups"] as? [[String: Any]])
        #expect(groups.map { $0["name"] as? String } == ["Communauté d'agglomération Annonay Rhône Agglo",
                                                         "Communauté d'agglomération Privas Centre Ardèche", "Communauté d'agglomération Vienne Condrieu"])
    }
}

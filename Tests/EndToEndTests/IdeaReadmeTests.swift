import Foundation
import Testing

/// Runs the README's "Ideas before holders" walkthrough verbatim with bash, the built
/// binary standing in for `parcours` on the PATH, and checks what it wrote.
struct IdeaReadmeTests {
    @Test func theIdeasWalkthroughRunsAsWritten() throws {
        let run = try ReadmeWalkthrough.run(after: "## Ideas before holders, calls for applications", dataDirectory: "/tmp/parcours-idees")
        let output = run.output, errors = run.errors
        #expect(run.status == 0, "\(errors)")
        #expect(errors.isEmpty, "\(errors)")
        for line in ["(none)", "Holder Collectif de l'incubateur added. Idea “Incubateur de projets” adopted by Collectif de l'incubateur",
                     "From the idea “Incubateur de projets” (Fabrique Creuse)", "2021-11-22  Crèche Les Petits Pas — eligible"] {
            #expect(output.contains(line), "\(line)")
        }
        // The report the walkthrough ends with: the last JSON object printed.
        let json = try #require(output.range(of: "\n{\n", options: .backwards).map { String(output[$0.lowerBound...]) })
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let ideas = try #require(report["ideas"] as? [String: Any])
        #expect((ideas["detected"] as? Int, ideas["studied"] as? Int, ideas["set_aside"] as? Int, ideas["adopted"] as? Int)
                == (3, 2, 1, 1))
        #expect(report["holders"] as? Int == 0, "the adopter and the applicant take part in no cohort")
        let call = try #require((report["calls"] as? [[String: Any]])?.first)
        #expect(call["applications"] as? Int == 1 && call["eligible"] as? Int == 1)
    }
}

import Foundation
import Testing

/// Runs the README's "After the programme" walkthrough verbatim with bash, the built
/// binary standing in for `parcours` on the PATH, and checks what it wrote.
struct FollowUpReadmeTests {
    @Test func theFollowUpWalkthroughRunsAsWritten() throws {
        let run = try ReadmeWalkthrough.run(after: "## After the programme: follow-up, the project's path, money", dataDirectory: "/tmp/parcours-suivis")
        let output = run.output, errors = run.errors
        #expect(run.status == 0, "\(errors)")
        #expect(errors.isEmpty, "\(errors)")
        for line in ["Follow-ups of “Lance-toi !”: 6 months, 1 year, 3 years", "Follow-up at 1 year of “Épicerie”: operating.",
                     "“Épicerie”: legal form SCIC (was association).", "FSE: €6,000 (60%)", "Follow-ups after the programme:"] {
            #expect(output.contains(line), "\(line)")
        }
        // The report the walkthrough ends with: the last JSON object printed.
        let json = try #require(output.range(of: "\n{\n", options: .backwards).map { String(output[$0.lowerBound...]) })
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let waves = try #require((report["follow_up"] as? [String: Any])?["waves"] as? [[String: Any]])
        // 6 months: Léa developing, Tom unreachable (apart); 1 year: Léa operating, Tom not
        // recorded; 3 years (passed for both by 2026-06-30): neither recorded.
        #expect(waves.map { $0["wave"] as? String } == ["6m", "1y", "3y"])
        #expect(waves.map { $0["survival_rate"] as? Double } == [1, 1, nil])
        #expect(waves.map { $0["unreachable"] as? Int } == [1, 0, 0] && waves.map { $0["not_recorded"] as? Int } == [0, 1, 2])
        let funding = try #require(report["funding"] as? [String: Any])
        #expect(funding["cost_per_holder"] as? Double == 5_000 && funding["funded"] as? Double == 10_240)
    }
}

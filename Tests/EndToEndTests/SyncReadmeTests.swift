import Foundation
import Testing

/// Runs the README's "Sharing a data directory" walkthrough verbatim with bash, the
/// built binary standing in for `parcours` on the PATH.
struct SyncReadmeTests {
    @Test func theSharingWalkthroughRunsAsWrittenAndShowsTheConflict() throws {
        let run = try ReadmeWalkthrough.run(after: "## Sharing a data directory", dataDirectory: "/tmp/parcours-partage")
        let output = run.output, errors = run.errors
        #expect(run.status == 0, "\(errors)")
        #expect(output.contains("events from 1 writer received"), "\(output)")
        // Who wins depends on the two random writer ids (same clock): either way it is listed.
        #expect(output.contains("Stage of Tiers-lieu des Collines: “"), "\(output)")
        #expect(output.contains("is kept (later in merge order)"), "\(output)")
        #expect(output.contains("Last sync:"), "\(output)")
    }
}

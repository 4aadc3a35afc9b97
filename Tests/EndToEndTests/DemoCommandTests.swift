import Foundation
import Testing

@Suite("Demo through the command line")
struct DemoCommandTests {
    @Test func demoThenReportShowsTheRealProgrammes() throws {
        let p = ParcoursBinary()
        defer { p.cleanUp() }
        let out = try p.ok("demo")
        #expect(out.contains("3 programmes"))
        let programmes = try #require(try p.json("list", "programmes", "--json") as? [[String: Any]])
        #expect(Set(programmes.compactMap { $0["name"] as? String }) == ["Lance-toi !", "May’Idées", "Sprint"])

        let sprint = try #require(try p.json("report", "--programme", "sprint", "--format", "json") as? [String: Any])
        #expect(sprint["candidates"] as? Int == 35)
        #expect(sprint["holders"] as? Int == 10)
        let may = try #require(try p.json("report", "--programme", "may'idees", "--format", "json") as? [String: Any])
        #expect(may["holders"] as? Int == 3)
        #expect((may["statuses"] as? [String: Int])?["oriente"] == 2)

        let text = try p.ok("report")
        #expect(text.contains("Hours delivered"))
    }

    @Test func demoRefusesADataDirectoryThatHoldsEvents() throws {
        let p = ParcoursBinary()
        defer { p.cleanUp() }
        try p.ok("programme", "add", "Mon programme")
        let before = p.fingerprint()
        let result = try p.run(["demo"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("empty"))
        #expect(p.fingerprint() == before)
    }
}

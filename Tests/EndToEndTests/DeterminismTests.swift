import Foundation
import Testing

/// Issue 14, part 9: the same data gives byte-identical reports (every format) and
/// exports, run after run. Each process hashes with its own seed, so an order taken from
/// a dictionary or a sort that is not total shows up as different bytes across runs.
@Suite("Determinism")
struct DeterminismTests {
    /// Today, as the binary sees it: a report counts days up to today, so runs are only
    /// compared within one day.
    static func today() -> String {
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: Date())
    }

    /// The bytes of each output of `runs` runs, compared; retried once if the day
    /// changed during the runs (midnight).
    func expectIdentical(_ what: String, runs: Int = 4, _ produce: () throws -> [String: Data],
                         sourceLocation: SourceLocation = #_sourceLocation) throws {
        for _ in 0..<2 {
            let day = Self.today()
            let outputs = try (0..<runs).map { _ in try produce() }
            guard Self.today() == day else { continue }
            for (index, output) in outputs.enumerated().dropFirst() {
                #expect(output.keys.sorted() == outputs[0].keys.sorted(), sourceLocation: sourceLocation)
                for (name, bytes) in outputs[0] where output[name] != bytes {
                    Issue.record("\(what): \(name) differs between run 1 and run \(index + 1)", sourceLocation: sourceLocation)
                }
            }
            return
        }
    }

    @Test func reportsAndExportsAreByteIdenticalOnTheSameData() throws {
        let p = ParcoursBinary()
        defer { p.cleanUp() }
        try p.ok("generate", "--events", "3000", "--seed", "1", "--writers", "2")
        // Equal names, titles and days on purpose: ties must be broken by id.
        try HostileData.write(into: p.data)
        for twin in ["Camille Durand", "Camille Durand", "camille durand"] {
            try p.ok("holder", "add", twin, "--project", "Recyclerie")
        }
        let programmes = try #require(try p.json("list", "programmes", "--json") as? [[String: Any]])
        let programme = try #require(programmes.first?["id"] as? String)
        for format in ["text", "json", "markdown", "csv"] {
            for scope in [[], ["--programme", programme], ["--cohort", HostileData.ids.cohort]] {
                try expectIdentical("report --format \(format) \(scope)") {
                    let result = try p.run(["report", "--format", format] + scope)
                    #expect(result.status == 0, "\(result.stderr)")
                    return ["stdout": Data(result.stdout.utf8)]
                }
            }
        }
        for format in ["csv", "json"] {
            try expectIdentical("export --format \(format)") {
                let folder = p.data.appendingPathComponent("export-\(UUID().uuidString.prefix(8))", isDirectory: true)
                defer { try? FileManager.default.removeItem(at: folder) }
                try p.ok("export", "--format", format, "--out", folder.path)
                var files: [String: Data] = [:]
                for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
                    files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
                }
                return files
            }
        }
    }
}

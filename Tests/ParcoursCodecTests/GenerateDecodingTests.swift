import EventLog
import Foundation
import ParcoursDomain
import ParcoursTestSupport
import Testing
@testable import ParcoursDemo
@testable import ParcoursCodec
import ParcoursKit

/// The fast payload decoder and the fast open are held to the plain path.
@Suite struct GenerateDecodingTests {
    @Test(arguments: [UInt64(1), 2, 3])
    func fastDecoderEqualsJSONDecoderOnGeneratedData(seed: UInt64) throws {
        let url = try GeneratedData.make(events: 2_500, seed: seed, writers: 2)
        defer { try? FileManager.default.removeItem(at: url) }
        var fastTaken = 0
        for record in try GeneratedData.records(url) {
            let plain = DomainEvent.decode(type: record.type, payload: record.payload)
            #expect(FastPayloadDecoder.decode(type: record.type, payload: record.payload) == plain)
            if let fast = FastPayloadDecoder.fast(type: record.type, payload: record.payload) {
                fastTaken += 1
                #expect(fast == plain)
            }
        }
        // The fast path really runs: all but set-up events (programmes, cohorts, staff).
        #expect(fastTaken > 2_000)
    }

    @Test(arguments: [UInt64(4), 9])
    func fastOpenGivesTheStateOfThePlainPath(seed: UInt64) throws {
        let url = try GeneratedData.make(events: 6_000, seed: seed, writers: 3)
        defer { try? FileManager.default.removeItem(at: url) }
        let workspace = try Workspace(directory: url, author: "test", useCache: false)
        expectSameState(workspace.state, try GeneratedData.plainState(url))
    }

    @Test func handWrittenPayloadsDecodeAlikeBothWays() {
        let cases: [(String, String)] = [
            ("attendance.marked", #"{"action":"a","holder":"h","mark":{"author":"L\u00e9a \"Z\"","mark":"present","remote":true,"time":"2026-01-02T03:04:05Z"},"session":"s"}"#),
            ("attendance.marked", #"{"action":"a","holder":"h","mark":{"author":"x","mark":"present","remote":false,"remark":"\ud83d\ude00 ok","time":"2026-01-02T03:04:05Z"},"session":"s","previous":null}"#),
            ("attendance.marked", #"{"action":"a","holder":"h","mark":{"author":"x","mark":"present","remote":false,"time":"2026-01-02T03:04:05.250Z"},"session":"s"}"#),
            ("attendance.marked", #"{"action":"a","holder":"h","mark":{"author":"x","mark":"present","remote":false,"time":"2026-01-02T03:04:05+02:00"},"session":"s"}"#),
            ("attendance.marked", #"{"action":"a","holder":"h","mark":{"author":"\ud83d","mark":"present","remote":false,"time":"2026-01-02T03:04:05Z"},"session":"s"}"#),
            ("attendance.cleared", #"{"action":"a","holder":"h","session":"s","previous":{"author":"x","mark":"absent","remote":false,"time":"2026-01-02T03:04:05Z"}}"#),
            ("participation.changed", #"{"action":"a","cohort":"c","date":"2026-02-30","holder":"h","to":"inscrit"}"#),
            ("participation.changed", #"{"action":"a","cohort":"c","date":"2026-02-03","holder":"h","to":"inscrit"}"#),
            ("participation.changed", #"{"action":"a","cohort":"c","date":"2026-02-03","holder":"h","to":"inscrit","revert":null}"#),
            ("participation.changed", #"{"action":"a","cohort":"c","date":"2026-02-03","holder":"h","to":"inscrit","extra":1}"#),
            ("participation.changed", #"{"action":"a","action":"b","cohort":"c","date":"2026-02-03","holder":"h","to":"inscrit"}"#),
            ("participation.changed", #"{"action":"a","cohort":"c","date":"2026-02-03","holder":"h","from":"nope","to":"inscrit"}"#),
            ("session.held", #" { "action" : "a" , "from" : "planned" , "session" : "s" , "to" : "held" } "#),
            ("session.held", #"{"action":"a","from":"planned","session":"s","to":"held"} x"#),
            ("project.stage_changed", #"{"action":"a","date":"2026-02-03","from":"idee","note":"line\nbreak \/ slash","project":"p","revert":true,"to":"etude"}"#),
            ("session.scheduled", #"{"action":"a","cohort":"c","details":{"date":"2026-02-03","duration":180,"facilitators":["o"],"kind":"atelier","remote":false,"time":"09:00","title":"Étude"},"id":"s","status":"planned","template_index":2}"#),
            ("session.scheduled", #"{"action":"a","cohort":"c","details":{"date":"2026-02-03","duration":180.0,"facilitators":[],"kind":"atelier","remote":false,"title":"Étude"},"id":"s","status":"planned"}"#),
            ("session.scheduled", #"{"action":"a","cohort":"c","details":{"date":"2026-02-03","duration":-0,"facilitators":[],"kind":"atelier","remote":false,"title":"x"},"id":"s","status":"planned"}"#),
            ("holder.added", #"{"action":"a","id":"h","kind":"person","name":"Noël","tags":["qpv",""],"referred_by":"o"}"#),
            ("holder.added", #"{"action":"a","id":"h","kind":"person","name":"Noël","tags":[1]}"#),
            ("project.created", #"{"action":"a","created":"2026-02-03","holders":["h"],"id":"p","sectors":[],"stage":"idee","stage_history":[{"author":"x","date":"2026-02-04","from":"idee","to":"etude"}],"status":"actif","status_history":[],"title":"Café"}"#),
            ("note.added", #"{"action":"a","author":"x","date":"2026-02-03","id":"n","target":{"id":"h","kind":"holder"},"text":"« ok »","time":"2026-02-03T10:00:00Z"}"#),
            ("note.added", #"{"action":"a","author":"x","date":"2026-02-03","id":"n","target":{"id":"h","kind":"team"},"text":"t","time":"2026-02-03T10:00:00Z"}"#),
        ]
        for (type, text) in cases {
            let payload = Data(text.utf8)
            #expect(FastPayloadDecoder.decode(type: type, payload: payload) == DomainEvent.decode(type: type, payload: payload),
                    "\(type) \(text)")
        }
        // The fast path takes the plain ones itself rather than leaving them all to the fallback.
        #expect(FastPayloadDecoder.fast(type: cases[0].0, payload: Data(cases[0].1.utf8)) != nil)
        #expect(FastPayloadDecoder.fast(type: cases[15].0, payload: Data(cases[15].1.utf8)) != nil)
    }

    /// Random damage to real payloads: whatever the fast path makes of them, it is what
    /// JSONDecoder makes of them.
    @Test func fuzzedPayloadsDecodeAlikeBothWays() throws {
        let url = try GeneratedData.make(events: 1_200, seed: 21, writers: 1)
        defer { try? FileManager.default.removeItem(at: url) }
        let records = try GeneratedData.records(url).filter { FastPayloadDecoder.fast(type: $0.type, payload: $0.payload) != nil }
        var rng = SeededGenerator(seed: 99)
        let inserts: [String] = ["\\u00e9", "\\\"", "null", "1", "-1", "1.5", "[]", "{}", "\"", ",", "true", "\\ud83d", " ", "é", "\\n"]
        var differences = 0
        var fastAfterDamage = 0
        for _ in 0..<4_000 {
            let record = rng.pick(records)
            var bytes = Array(record.payload)
            switch Int.random(in: 0..<4, using: &rng) {
            case 0:
                bytes[Int.random(in: 0..<bytes.count, using: &rng)] = UInt8.random(in: 0x20...0x7E, using: &rng)
            case 1:
                bytes.remove(at: Int.random(in: 0..<bytes.count, using: &rng))
            case 2:
                bytes.insert(contentsOf: Array(rng.pick(inserts).utf8), at: Int.random(in: 0...bytes.count, using: &rng))
            default:
                // Swap two quoted values of the same payload.
                let text = String(decoding: bytes, as: UTF8.self)
                let values = text.split(separator: "\"").enumerated().filter { $0.offset % 2 == 1 }.map(\.element)
                if values.count >= 2 {
                    bytes = Array(text.replacingOccurrences(of: "\"\(rng.pick(values))\"", with: "\"\(rng.pick(values))\"").utf8)
                }
            }
            let payload = Data(bytes)
            if FastPayloadDecoder.decode(type: record.type, payload: payload) != DomainEvent.decode(type: record.type, payload: payload) {
                differences += 1
                Issue.record("differs: \(record.type) \(String(decoding: bytes, as: UTF8.self))")
            }
            if FastPayloadDecoder.fast(type: record.type, payload: payload) != nil { fastAfterDamage += 1 }
        }
        #expect(differences == 0)
        // Some damage leaves a payload valid (a changed letter in a name), so the fast path is tested on those too.
        #expect(fastAfterDamage > 100)
    }
}

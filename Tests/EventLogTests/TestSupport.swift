import Foundation
@testable import EventLog

/// A fresh directory under the system's temporary directory, removed by `remove()`.
struct TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("eventlog-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// A path inside, not created.
    func child(_ name: String) -> URL { url.appendingPathComponent(name, isDirectory: true) }

    func remove() { try? FileManager.default.removeItem(at: url) }
}

/// SplitMix64: a small seeded generator so random tests replay exactly.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Stable JSON for a payload object, as the domain will encode it.
func payload(_ object: Any) -> Data {
    try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes, .fragmentsAllowed])
}

func pending(_ type: String, _ object: Any) -> PendingRecord {
    PendingRecord(type: type, payload: payload(object))
}

let fixedTime = Date(timeIntervalSince1970: 1_795_255_200.123)  // 2026-11-21T10:00:00.123Z

/// Appends one record per call and returns it.
@discardableResult
func appendOne(_ log: EventLog, _ type: String = "test.event", _ object: Any = ["n": 1], author: String = "camille") throws -> LogRecord {
    let result = try log.append(author: author, time: fixedTime) { _ in [pending(type, object)] }
    return result.appended[0]
}

func fileBytes(_ url: URL) -> [UInt8] {
    Array((try? Data(contentsOf: url)) ?? Data())
}

func logFile(_ log: EventLog) -> URL {
    log.directory.appendingPathComponent("events/\(log.writerID).jsonl")
}

func decodeLine(_ line: [UInt8], writer: String? = nil, path: RecordDecoder.Path = .fast,
                upgraders: [RecordUpgrader] = [], knownTypes: KnownTypes = KnownTypes([])) -> RecordDecoder.Outcome {
    let decoder = RecordDecoder(upgraders: upgraders, path: path, knownTypes: knownTypes)
    return line.withUnsafeBufferPointer { decoder.decode($0, expectedWriter: writer) }
}

func lines(of bytes: [UInt8]) -> [[UInt8]] {
    bytes.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast().map(Array.init)
}

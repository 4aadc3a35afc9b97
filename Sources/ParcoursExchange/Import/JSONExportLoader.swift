import EventLog
import Foundation
import ParcoursKit
import ParcoursDomain

/// Loads a `JSONExport` document into an empty data directory: every event is appended
/// again with its author and time, in its order, so the folds (and reports) are the same.
/// Only into an empty directory: merging two histories is sync's business, not import's.
public enum JSONExportLoader {
    /// Returns the number of events written.
    @discardableResult
    public static func load(_ data: Data, into directory: URL) throws -> Int {
        guard let document = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw ImportError.notAnExport(reason: "not a JSON object")
        }
        guard document["format"] as? String == JSONExport.format else {
            throw ImportError.notAnExport(reason: "no \"format\": \"\(JSONExport.format)\"")
        }
        guard let version = document["version"] as? Int, version <= JSONExport.version else {
            throw ImportError.notAnExport(reason: "unknown version")
        }
        guard let items = document["events"] as? [[String: Any]] else {
            throw ImportError.notAnExport(reason: "no events")
        }
        let time = ISO8601DateFormatter()
        time.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        // Validate everything before opening the log.
        var events: [(author: String, time: Date, record: PendingRecord)] = []
        for (index, item) in items.enumerated() {
            guard let type = item["type"] as? String, !type.isEmpty, let author = item["author"] as? String,
                  let text = item["time"] as? String, let date = time.date(from: text), let payload = item["payload"] else {
                throw ImportError.notAnExport(reason: "event \(index + 1) is incomplete")
            }
            let bytes = try JSONSerialization.data(withJSONObject: payload, options: [.sortedKeys, .withoutEscapingSlashes, .fragmentsAllowed])
            events.append((author, date, PendingRecord(type: type, payload: bytes)))
        }
        let log = try EventLog(directory: directory)
        let existing = try log.readNew()
        guard existing.isEmpty else { throw ImportError.notEmpty(events: existing.count) }
        // One append per run of events sharing author and time: each keeps its author and
        // time, and the order is preserved (each append comes after the previous one).
        var start = 0
        while start < events.count {
            var end = start + 1
            while end < events.count, events[end].author == events[start].author, events[end].time == events[start].time { end += 1 }
            let run = events[start..<end]
            _ = try log.append(author: run.first!.author, time: run.first!.time) { seen in
                guard seen.isEmpty || start > 0 else { throw ImportError.notEmpty(events: seen.count) }
                return run.map(\.record)
            }
            start = end
        }
        return events.count
    }
}

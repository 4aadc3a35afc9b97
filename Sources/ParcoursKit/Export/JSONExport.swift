import Foundation
import ParcoursDomain

/// The whole data directory as one JSON document: the entities (for reading) and every
/// event with its author and time (so `JSONExportLoader` rebuilds the same history, and
/// the same reports, in an empty data directory).
public enum JSONExport {
    public static let format = "parcours-export"
    public static let version = 1

    public static func document(_ workspace: Workspace, exportedAt: Date) throws -> Data {
        let state = workspace.state
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.keyEncodingStrategy = .convertToSnakeCase
        func plain<T: Encodable>(_ value: T) throws -> Any {
            try JSONSerialization.jsonObject(with: try encoder.encode(value), options: [.fragmentsAllowed])
        }
        let time = ISO8601DateFormatter()
        time.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        var events: [[String: Any]] = []
        try workspace.forEachEvent { batch in
            for recorded in batch {
                let (type, payload) = try recorded.event.encoded()
                events.append([
                    "id": recorded.meta.id, "author": recorded.meta.author, "time": time.string(from: recorded.meta.time),
                    "type": type, "payload": try JSONSerialization.jsonObject(with: payload, options: [.fragmentsAllowed]),
                ])
            }
        }
        let byID: (any Identifiable<String>, any Identifiable<String>) -> Bool = { $0.id < $1.id }
        let document: [String: Any] = [
            "format": format, "version": version, "exported_at": time.string(from: exportedAt),
            "organisations": try plain(state.organisations.values.sorted(by: byID)),
            "programmes": try plain(state.programmes.values.sorted(by: byID)),
            "cohorts": try plain(state.cohorts.values.sorted(by: byID)),
            "holders": try plain(state.holders.values.sorted(by: byID)),
            "projects": try plain(state.projects.values.sorted(by: byID)),
            "participations": try plain(state.participations.values.flatMap(\.values)
                .sorted { ($0.cohort, $0.holder) < ($1.cohort, $1.holder) }),
            "sessions": try plain(state.sessions.values.sorted(by: byID)),
            "attendance": try state.sessions.keys.sorted().flatMap { session in
                try state.attendanceMarks(session: session).map { m -> Any in
                    ["session": m.session, "holder": m.holder, "mark": try plain(m.value)]
                }
            },
            "notes": try plain(state.notes.values.sorted(by: byID)),
            "events": events,
        ]
        return try JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
    }
}

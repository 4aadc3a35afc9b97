import Foundation
import ParcoursKit
import ParcoursDomain
import SafeText

/// The whole data directory as one JSON document: the entities (for reading) and every
/// event with its author and time (so `JSONExportLoader` rebuilds the same history, and
/// the same reports, in an empty data directory).
///
/// The same data gives the same bytes: every list is sorted by id (or merge order for the
/// events), keys are sorted, and the document is dated by its data (`last_change_at`, the
/// time of the latest event), not by the moment it was written. C1 controls, DEL and
/// bidi characters in strings are written as `\uXXXX` (`TerminalSafeText.jsonEscaped`),
/// so showing the file on a terminal is safe too; the values are unchanged.
public enum JSONExport {
    public static let format = "parcours-export"
    public static let version = 1

    public static func document(_ workspace: Workspace) throws -> Data {
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
        var lastChange: Date?
        try workspace.forEachEvent { batch in
            for recorded in batch {
                lastChange = max(lastChange ?? recorded.meta.time, recorded.meta.time)
                let (type, payload) = try recorded.event.encoded()
                events.append([
                    "id": recorded.meta.id, "author": recorded.meta.author, "time": time.string(from: recorded.meta.time),
                    "type": type, "payload": try JSONSerialization.jsonObject(with: payload, options: [.fragmentsAllowed]),
                ])
            }
        }
        let byID: (any Identifiable<String>, any Identifiable<String>) -> Bool = { $0.id < $1.id }
        let document: [String: Any] = [
            "format": format, "version": version,
            "last_change_at": lastChange.map { time.string(from: $0) as Any } ?? NSNull(),
            "organisations": try plain(state.organisations.values.sorted(by: byID)),
            // The people at organisations; an erased one is left out (nothing about them is left).
            "contacts": try plain(state.contacts.values.filter { !state.erasures.contacts.contains($0.id) }.sorted(by: byID)),
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
        let json = try JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return Data(TerminalSafeText.jsonEscaped(String(decoding: json, as: UTF8.self)).utf8)
    }
}

import Foundation
import ParcoursCodec
import ParcoursDomain

/// The journal in plain words, for `parcours log` and the interface's journal view.
public enum Journal {
    public struct Entry: Codable, Hashable, Sendable {
        public var id: String
        public var time: Date
        public var author: String
        public var writer: String
        public var clock: Int
        public var sequence: Int
        public var type: String
        public var action: String?
        /// The event's payload as written (JSON object), for scripts.
        public var payload: JSONValue
        /// The event in plain words, in the requested language.
        public var text: String
    }

    /// The last `limit` events, oldest first.
    public static func entries(_ workspace: Workspace, limit: Int, language: Language) throws -> [Entry] {
        try workspace.journal(last: limit).map { entry($0, workspace.state, language) }
    }

    /// An event in plain words. `payload: false` leaves the payload out (`.null`): a
    /// screen shows only the words, and writing the payload out again as JSON is what
    /// costs most here.
    public static func entry(_ recorded: RecordedEvent, _ state: State, _ language: Language, payload withPayload: Bool = true) -> Entry {
        let encoded = withPayload ? try? recorded.event.encoded() : nil
        let payload = encoded.flatMap { try? JSONDecoder().decode(JSONValue.self, from: $0.payload) } ?? .null
        var action: String?
        if case .object(let fields) = payload, case .string(let value)? = fields["action"] { action = value }
        if !withPayload, !recorded.event.action.isEmpty { action = recorded.event.action }
        return Entry(id: recorded.meta.id, time: recorded.meta.time, author: recorded.meta.author,
                     writer: recorded.meta.writer, clock: recorded.meta.clock, sequence: recorded.meta.sequence,
                     type: encoded?.type ?? recorded.event.typeName, action: action, payload: payload,
                     text: Catalog.describe(recorded, in: state, language: language, geography: { Workspace.geography }))
    }
}

/// Any JSON value, so a payload can be shown as it was written.
public enum JSONValue: Codable, Hashable, Sendable {
    case null, bool(Bool), number(Double), string(String), array([JSONValue]), object([String: JSONValue])

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let value = try? container.decode(Bool.self) { self = .bool(value) }
        else if let value = try? container.decode(Double.self) { self = .number(value) }
        else if let value = try? container.decode(String.self) { self = .string(value) }
        else if let value = try? container.decode([JSONValue].self) { self = .array(value) }
        else { self = .object(try container.decode([String: JSONValue].self)) }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .number(let value):
            if value == value.rounded(), abs(value) < 1e15 { try container.encode(Int64(value)) } else { try container.encode(value) }
        case .string(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }
}

import EventLog
import Foundation
import ParcoursDomain

/// Events ⇄ log records. Every kind of event is written the same way — its kind's name
/// (`EventKind`) as the record's type, its payload as a JSON object — and read back
/// through `DomainEvent.make`, so adding an event type adds nothing here; the most
/// frequent kinds also have a fast reader (`FastPayloadDecoder`).
extension DomainEvent {
    /// Stable bytes: sorted keys (Linux otherwise changes key order between runs),
    /// snake_case keys, ISO-8601 times.
    static func makeEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }

    static func makeDecoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }

    // Made once: building a coder per event is a measurable share of a replay.
    private static let sharedEncoder = makeEncoder()
    private static let sharedDecoder = makeDecoder()

    /// The log's type name and the payload's JSON object bytes.
    public func encoded() throws -> (type: String, payload: Data) {
        guard let payload else {
            if case .unknown(let type, let data) = self { return (type, data) }
            return (typeName, Data("{}".utf8))
        }
        return (typeName, try Self.encode(payload))
    }

    private static func encode<Payload: EventPayload>(_ payload: Payload) throws -> Data {
        try sharedEncoder.encode(payload)
    }

    /// Decodes a logged event through JSONDecoder. A type this version does not know, or
    /// a payload it cannot read, becomes `.unknown` and is kept (counted and shown as
    /// unknown), never dropped.
    public static func decode(type: String, payload: Data) -> DomainEvent {
        guard let kind = EventKind(rawValue: type),
              let event = try? DomainEvent.make(kind, reading: JSONPayloadReader(data: payload, decoder: sharedDecoder))
        else { return .unknown(type: type, payload: payload) }
        return event
    }

    /// The texts of the types this version knows, for the log's reader to share.
    public static let knownTypeTexts = KnownTypes(EventKind.allCases.map(\.rawValue))
}

/// Reads a payload from its JSON bytes.
private struct JSONPayloadReader: EventPayloadReader {
    let data: Data
    let decoder: JSONDecoder

    func callAsFunction<Payload: EventPayload>(_ type: Payload.Type) throws -> Payload {
        try decoder.decode(Payload.self, from: data)
    }
}

extension RecordedEvent {
    /// The event a log record holds, with its metadata (fast reader first).
    public init(_ record: LogRecord) {
        self.init(meta: EventMeta(id: record.id, author: record.author, time: record.time,
                                  writer: record.writer, clock: record.clock, sequence: record.sequence),
                  event: FastPayloadDecoder.decode(type: record.type, payload: record.payload))
    }
}

/// What a note is about.
public enum NoteTarget: Hashable, Sendable, Codable {
    case holder(EntityID)
    case project(EntityID)

    public var id: EntityID {
        switch self {
        case .holder(let id), .project(let id): id
        }
    }
}

extension NoteTarget {
    private enum CodingKeys: String, CodingKey { case kind, id }

    // Written as {"kind": "holder", "id": "…"}: readable in the log.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let id = try c.decode(String.self, forKey: .id)
        switch try c.decode(String.self, forKey: .kind) {
        case "holder": self = .holder(id)
        case "project": self = .project(id)
        case let other:
            throw DecodingError.dataCorruptedError(forKey: .kind, in: c, debugDescription: "unknown target \(other)")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .holder(let id): try c.encode("holder", forKey: .kind); try c.encode(id, forKey: .id)
        case .project(let id): try c.encode("project", forKey: .kind); try c.encode(id, forKey: .id)
        }
    }
}

/// A conflict's value written flat, as its kind and its value under two keys: the
/// synthesized coding of an enumeration with values nests a container per case, which
/// the snapshot's compact encoder does not write (a data directory holding a conflict
/// could not save its snapshot).
extension ConflictValue: Codable {
    private enum Key: String, CodingKey { case kind, value }
    private enum Kind: String, Codable {
        case mark, stage, status, participation, cohortStatus, sessionStatus, sessionDetails, field
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        switch self {
        case .mark(let v): try c.encode(Kind.mark, forKey: .kind); try c.encodeIfPresent(v, forKey: .value)
        case .stage(let v): try c.encode(Kind.stage, forKey: .kind); try c.encode(v, forKey: .value)
        case .status(let v): try c.encode(Kind.status, forKey: .kind); try c.encode(v, forKey: .value)
        case .participation(let v): try c.encode(Kind.participation, forKey: .kind); try c.encodeIfPresent(v, forKey: .value)
        case .cohortStatus(let v): try c.encode(Kind.cohortStatus, forKey: .kind); try c.encode(v, forKey: .value)
        case .sessionStatus(let v): try c.encode(Kind.sessionStatus, forKey: .kind); try c.encode(v, forKey: .value)
        case .sessionDetails(let v): try c.encode(Kind.sessionDetails, forKey: .kind); try c.encode(v, forKey: .value)
        case .field(let v): try c.encode(Kind.field, forKey: .kind); try c.encodeIfPresent(v, forKey: .value)
        }
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        switch try c.decode(Kind.self, forKey: .kind) {
        case .mark: self = .mark(try c.decodeIfPresent(MarkValue.self, forKey: .value))
        case .stage: self = .stage(try c.decode(Stage.self, forKey: .value))
        case .status: self = .status(try c.decode(ProjectStatus.self, forKey: .value))
        case .participation: self = .participation(try c.decodeIfPresent(ParticipationStatus.self, forKey: .value))
        case .cohortStatus: self = .cohortStatus(try c.decode(CohortStatus.self, forKey: .value))
        case .sessionStatus: self = .sessionStatus(try c.decode(SessionStatus.self, forKey: .value))
        case .sessionDetails: self = .sessionDetails(try c.decode(SessionDetails.self, forKey: .value))
        case .field: self = .field(try c.decodeIfPresent(String.self, forKey: .value))
        }
    }
}

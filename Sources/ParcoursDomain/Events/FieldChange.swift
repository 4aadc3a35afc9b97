/// A value of an entity's field as an edit records it. Enumerations are written by
/// their ids and references by their entity ids, so a value reads the same in any
/// language and in any version.
public enum FieldValue: Hashable, Sendable {
    case text(String)
    case list([String])
    case day(Day)
    case number(Int)
    case flag(Bool)

    /// The value as plain text (ids as they are), for conflicts and tests.
    public var plain: String {
        switch self {
        case .text(let text): text
        case .list(let items): items.joined(separator: ", ")
        case .day(let day): day.iso
        case .number(let number): String(number)
        case .flag(let flag): flag ? "yes" : "no"
        }
    }
}

/// The type of a field's values, so the log is read back without guessing (a commune
/// called "2021-01-12" stays a text).
public enum FieldValueType: Sendable {
    case text, list, day, number, flag
}

/// The fields of one kind of entity an edit may change, by the name the log writes.
public protocol EntityField: RawRepresentable<String>, CaseIterable, Hashable, Sendable, Codable {
    associatedtype Entity
    /// The type of the field's values.
    var valueType: FieldValueType { get }
    /// The field's value in `entity` (nil when empty).
    func value(in entity: Entity) -> FieldValue?
    /// Sets the field in `entity`; a value of the wrong type (a newer version's) is ignored.
    func set(_ value: FieldValue?, in entity: inout Entity)
}

/// One field changed by an edit: what it held before, what it holds after (nil: empty).
public struct FieldChange<Field: EntityField>: Hashable, Sendable, Codable {
    public var field: Field
    public var from: FieldValue?
    public var to: FieldValue?

    public init(field: Field, from: FieldValue?, to: FieldValue?) {
        self.field = field
        self.from = from
        self.to = to
    }

    /// The same change taken back.
    public var reversed: FieldChange { FieldChange(field: field, from: to, to: from) }

    private enum CodingKeys: String, CodingKey { case field, from, to }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        field = try c.decode(Field.self, forKey: .field)
        from = try Self.decode(c, .from, as: field.valueType)
        to = try Self.decode(c, .to, as: field.valueType)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(field, forKey: .field)
        try Self.encode(from, &c, .from)
        try Self.encode(to, &c, .to)
    }

    private static func decode(_ c: KeyedDecodingContainer<CodingKeys>, _ key: CodingKeys,
                               as type: FieldValueType) throws -> FieldValue? {
        guard c.contains(key), try !c.decodeNil(forKey: key) else { return nil }
        switch type {
        case .text: return .text(try c.decode(String.self, forKey: key))
        case .list: return .list(try c.decode([String].self, forKey: key))
        case .day: return .day(try c.decode(Day.self, forKey: key))
        case .number: return .number(try c.decode(Int.self, forKey: key))
        case .flag: return .flag(try c.decode(Bool.self, forKey: key))
        }
    }

    private static func encode(_ value: FieldValue?, _ c: inout KeyedEncodingContainer<CodingKeys>, _ key: CodingKeys) throws {
        switch value {
        case nil: break
        case .text(let v)?: try c.encode(v, forKey: key)
        case .list(let v)?: try c.encode(v, forKey: key)
        case .day(let v)?: try c.encode(v, forKey: key)
        case .number(let v)?: try c.encode(v, forKey: key)
        case .flag(let v)?: try c.encode(v, forKey: key)
        }
    }
}

extension FieldValue {
    /// A text value, nil when empty.
    static func maybe(_ value: String?) -> FieldValue? { value.map(FieldValue.text) }

    var textValue: String? { if case .text(let v) = self { v } else { nil } }
    var listValue: [String]? { if case .list(let v) = self { v } else { nil } }
    var dayValue: Day? { if case .day(let v) = self { v } else { nil } }
    var numberValue: Int? { if case .number(let v) = self { v } else { nil } }
    var flagValue: Bool? { if case .flag(let v) = self { v } else { nil } }
}

/// A place where sessions are held (lieu d'accueil): a directory entry chosen when
/// scheduling, so two sessions in the same room at the same time can be noticed.
public struct Venue: Hashable, Sendable, Codable, Identifiable {
    public var id: EntityID
    public var name: String
    public var commune: String?
    public var kind: VenueKind?
    /// The organisation that lends or rents it (a town hall, a tiers-lieu).
    public var lender: EntityID?

    public init(id: EntityID, name: String, commune: String? = nil, kind: VenueKind? = nil, lender: EntityID? = nil) {
        self.id = id
        self.name = name
        self.commune = commune
        self.kind = kind
        self.lender = lender
    }
}

/// What kind of place a venue is.
public enum VenueKind: String, CaseIterable, Sendable, Codable {
    /// A meeting room (salle communale, salle de réunion).
    case salle
    /// A tiers-lieu, a coworking space.
    case tiersLieu = "tiers_lieu"
    /// The premises of the operator or a partner.
    case locaux
    /// A farm, a shop, a project's site: where a visit goes.
    case site
    /// Online (a video-call room).
    case enLigne = "en_ligne"
    case autre
}

/// The fields of a venue an edit may change (`venue.edited`).
public enum VenueField: String, EntityField {
    case name, commune, kind, lender

    public var valueType: FieldValueType { .text }

    public func value(in v: Venue) -> FieldValue? {
        switch self {
        case .name: .text(v.name)
        case .commune: .maybe(v.commune)
        case .kind: .maybe(v.kind?.rawValue)
        case .lender: .maybe(v.lender)
        }
    }

    public func set(_ value: FieldValue?, in v: inout Venue) {
        switch self {
        case .name: if let t = value?.textValue { v.name = t }
        case .commune: v.commune = value?.textValue
        case .kind: v.kind = value?.textValue.flatMap(VenueKind.init(rawValue:))
        case .lender: v.lender = value?.textValue
        }
    }
}

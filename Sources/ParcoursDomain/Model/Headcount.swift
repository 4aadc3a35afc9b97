/// How many came to an open event, by audience category. Counts, not people: nobody is
/// named, so a headcount holds no personal data.
public struct Headcount: Hashable, Sendable, Codable {
    /// The categories counted, in the order given; each category once.
    public var audiences: [AudienceCount]
    /// Everyone who came: at least the sum of the categories. The rest (`unspecified`)
    /// came in no category given ("26 participants dont 10 provenant de collectivités").
    public var total: Int

    public init(audiences: [AudienceCount], total: Int? = nil) {
        self.audiences = audiences
        self.total = total ?? audiences.reduce(0) { $0 + $1.count }
    }

    /// The sum of the categories.
    public var counted: Int { audiences.reduce(0) { $0 + $1.count } }

    /// Participants in no category given: `total` minus the categories.
    public var unspecified: Int { max(0, total - counted) }

    /// The count of one category (0 when not given).
    public func count(_ category: Audience) -> Int {
        audiences.first { $0.audience == category }?.count ?? 0
    }
}

/// One category of a headcount and how many came in it.
public struct AudienceCount: Hashable, Sendable, Codable {
    /// A standard category's id (`elus`, `techniciens`…) or a free category's name.
    public var category: String
    public var count: Int

    public init(_ audience: Audience, _ count: Int) {
        category = audience.id
        self.count = count
    }

    public var audience: Audience { Audience(id: category) }
}

/// An audience category: one of the fixed list funders read (with French and English
/// labels), or a free one named by the facilitator ("bénévoles associatifs").
public enum Audience: Hashable, Sendable {
    case standard(StandardAudience)
    case free(String)

    /// A standard category's id, or the free category's name as written.
    public var id: String {
        switch self {
        case .standard(let s): s.rawValue
        case .free(let name): name
        }
    }

    /// The id back into a category: a standard id is that category, anything else a free one.
    public init(id: String) {
        self = StandardAudience(rawValue: id).map(Audience.standard) ?? .free(id)
    }
}

/// The fixed audience categories (domain.md §4.1: "26 participants dont 10 provenant de
/// collectivités et 6 issus de structures de l'accompagnement"; Vendée's "élus et
/// techniciens"; AMESUD's "porteurs d'idée, élus locaux et habitants").
public enum StandardAudience: String, CaseIterable, Sendable, Codable {
    /// Local elected officials.
    case elus
    /// Local authorities' technical staff.
    case techniciens
    /// Professionals of accompaniment and business-creation support (BGE, ADIE, chambers…).
    case professionnels
    /// Residents, the general public.
    case habitants
    /// Project holders and would-be holders (not enrolled: a count, not holders).
    case porteurs
    /// Others, said as such.
    case autres
}

/// What a programme or a cohort costs and who pays for it (domain.md F24). Amounts are
/// whole euro cents, so sums are exact; shares are in hundredths of a percent
/// (6000 = 60 %). Figures turn them into euros once, at the end.
public struct Funding: Hashable, Sendable, Codable {
    /// The cash cost (in-kind contributions are apart).
    public var cost: Int
    public var funders: [FunderPart]
    /// What each holder taking part pays (the participant fee).
    public var fee: Int?
    /// The value of contributions in kind (rooms lent, staff time given).
    public var inKind: Int?

    public init(cost: Int, funders: [FunderPart] = [], fee: Int? = nil, inKind: Int? = nil) {
        self.cost = cost
        self.funders = funders
        self.fee = fee
        self.inKind = inKind
    }

    /// What each funder gives, in cents: its amount, or its share of the cost (rounded to the cent).
    public func amount(of part: FunderPart) -> Int {
        if let amount = part.amount { return amount }
        return (cost * (part.share ?? 0) + 5_000) / 10_000
    }
}

/// A funder (an organisation) and what it gives: an amount, or a share of the cost.
public struct FunderPart: Hashable, Sendable, Codable {
    public var organisation: EntityID
    /// Cents, when given as an amount.
    public var amount: Int?
    /// Hundredths of a percent of the cost, when given as a share.
    public var share: Int?

    public init(organisation: EntityID, amount: Int? = nil, share: Int? = nil) {
        self.organisation = organisation
        self.amount = amount
        self.share = share
    }
}

/// Money as people read it: "10 000,50 €" / "€10,000.50".
public enum Money {
    /// The largest amount accepted, in cents: a billion euros.
    public static let largest = 100_000_000_000

    /// Cents as euros (for figures and JSON).
    public static func euros(_ cents: Int) -> Double { Double(cents) / 100 }

    public static func text(_ cents: Int, _ l: Language) -> String {
        let negative = cents < 0
        let whole = abs(cents) / 100, rest = abs(cents) % 100
        var digits = String(whole)
        var grouped = ""
        while digits.count > 3 {
            grouped = (l == .fr ? " " : ",") + digits.suffix(3) + grouped
            digits.removeLast(3)
        }
        grouped = digits + grouped
        let cents = rest == 0 ? "" : (l == .fr ? "," : ".") + (rest < 10 ? "0\(rest)" : "\(rest)")
        return (negative ? "-" : "") + (l == .fr ? "\(grouped)\(cents) €" : "€\(grouped)\(cents)")
    }

    /// A share in hundredths of a percent as people read it: "60 %", "33,33 %".
    public static func share(_ basisPoints: Int, _ l: Language) -> String {
        let whole = basisPoints / 100, rest = basisPoints % 100
        let text = rest == 0 ? "\(whole)" : "\(whole)" + (l == .fr ? "," : ".") + (rest < 10 ? "0\(rest)" : "\(rest)")
        return l == .fr ? "\(text) %" : "\(text)%"
    }
}

/// What funding is recorded for: a programme as a whole, or one cohort.
public enum FundingTarget: Hashable, Sendable {
    case programme(Programme)
    case cohort(Cohort)

    public var id: EntityID {
        switch self {
        case .programme(let p): p.id
        case .cohort(let c): c.id
        }
    }

    public var name: String {
        switch self {
        case .programme(let p): p.name
        case .cohort(let c): c.name
        }
    }
}

extension Money {
    /// Hundredths read from what a person types: "6000", "6 000", "1234,50", "1234.5 €"
    /// (euros to cents), or "60", "33,33" (a percentage to hundredths of a percent, with
    /// `currency` false). Nil for anything else: a sign, more than two decimals, or a
    /// separator followed by three digits ("6,000": six or six thousand?).
    public static func parse(_ text: String, currency: Bool = true) -> Int? {
        var t = text.filter { !$0.isWhitespace }
        if currency {
            for suffix in ["€", "EUR", "eur", "euros"] where t.hasSuffix(suffix) { t.removeLast(suffix.count); break }
            if t.hasPrefix("€") { t.removeFirst() }
        }
        let parts = t.split(separator: t.contains(",") ? "," : ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let whole = parts.first, !whole.isEmpty, whole.count <= 13,
              whole.allSatisfy(\.isASCII), whole.allSatisfy(\.isNumber), let units = Int(whole) else { return nil }
        var fraction = 0
        if parts.count == 2 {
            let decimals = parts[1]
            guard (1...2).contains(decimals.count), decimals.allSatisfy(\.isASCII), decimals.allSatisfy(\.isNumber) else { return nil }
            fraction = Int(decimals)! * (decimals.count == 1 ? 10 : 1)
        }
        return units * 100 + fraction
    }
}

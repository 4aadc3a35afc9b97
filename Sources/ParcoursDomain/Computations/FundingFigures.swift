/// What the report's scope cost and who paid (domain.md §4.1, §4.4, F24). Money is not
/// split by commune: with a commune filter these figures still cover the whole scope
/// (its cohorts, narrowed by the period), and `holders` says which holders the cost per
/// holder divides by.
///
/// A programme's funding and its cohorts' are added, never one standing for the other:
/// a cohort report counts the cohort's funding; a programme report the programme's (when
/// one of its cohorts is in the scope, or the report has no period) plus its cohorts';
/// the whole data all of them. The participant fee is per holder taking part (not
/// transferred away): a cohort's own fee, else its programme's. Amounts are in euros,
/// summed in cents.
public struct FundingFigures: Hashable, Sendable, Codable {
    public struct Funder: Hashable, Sendable, Codable {
        public var id: EntityID
        public var name: String
        public var amount: Double
        /// Of the cost (null when the cost is 0).
        public var share: Double?

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(name, forKey: .name)
            try c.encode(amount, forKey: .amount)
            try c.encode(share, forKey: .share)
        }
    }

    public struct Fees: Hashable, Sendable, Codable {
        /// The fee each paying holder pays, when it is one for all (null otherwise).
        public var perHolder: Double?
        /// Participations paying a fee.
        public var holders: Int
        public var total: Double
        /// Of the cost (null when the cost is 0).
        public var share: Double?

        enum CodingKeys: String, CodingKey {
            case holders, total, share
            case perHolder = "per_holder"
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(perHolder, forKey: .perHolder)
            try c.encode(holders, forKey: .holders)
            try c.encode(total, forKey: .total)
            try c.encode(share, forKey: .share)
        }
    }

    /// Funding records counted (programmes' and cohorts').
    public var records: Int
    /// The cash cost (null when nothing is recorded).
    public var cost: Double?
    /// By amount, largest first.
    public var funders: [Funder]
    public var fees: Fees
    /// Contributions in kind, valued apart from the cost (null when none was given).
    public var inKind: Double?
    /// Funders plus fees.
    public var funded: Double
    /// Cost minus funded (negative: more came in than it cost); null without a cost.
    public var remainder: Double?
    /// Distinct holders taking part in the scope's cohorts (not narrowed by commune): what
    /// the cost per holder divides by (0 when no funding is recorded: nothing to divide).
    public var holders: Int
    /// Cost ÷ holders, to the cent (null without a cost or a holder).
    public var costPerHolder: Double?

    enum CodingKeys: String, CodingKey {
        case records, cost, funders, fees, funded, remainder, holders
        case inKind = "in_kind"
        case costPerHolder = "cost_per_holder"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(records, forKey: .records)
        try c.encode(cost, forKey: .cost)
        try c.encode(funders, forKey: .funders)
        try c.encode(fees, forKey: .fees)
        try c.encode(inKind, forKey: .inKind)
        try c.encode(funded, forKey: .funded)
        try c.encode(remainder, forKey: .remainder)
        try c.encode(holders, forKey: .holders)
        try c.encode(costPerHolder, forKey: .costPerHolder)
    }

    /// `cohorts`: the scope's cohorts narrowed by the filter; `programmes`: the programmes
    /// the scope covers whole (none for a cohort report).
    static func make(state: State, cohorts: Set<EntityID>, programmes: Set<EntityID>, filter: ReportFilter) -> FundingFigures {
        let periodless = filter.from == nil && filter.to == nil
        var targets = cohorts.filter { state.funding[$0] != nil }
        for programme in programmes where state.funding[programme] != nil {
            if periodless || cohorts.contains(where: { state.cohorts[$0]?.programme == programme }) { targets.insert(programme) }
        }
        var cost = 0, inKind = 0, hasInKind = false
        var given: [EntityID: Int] = [:]
        for target in targets {
            let funding = state.funding[target]!
            cost += funding.cost
            if let value = funding.inKind {
                inKind += value
                hasInKind = true
            }
            for part in funding.funders { given[part.organisation, default: 0] += funding.amount(of: part) }
        }

        var fees = 0, paying = 0
        var rates = Set<Int>()
        var holders = Set<EntityID>()
        for cohort in cohorts {
            let rate = state.funding[cohort]?.fee ?? state.cohorts[cohort].flatMap { state.funding[$0.programme]?.fee }
            for (holder, participation) in state.participations[cohort] ?? [:] where participation.status.isTakingPart {
                holders.insert(holder)
                guard participation.status != .transfere, let rate else { continue }
                fees += rate
                paying += 1
                rates.insert(rate)
            }
        }

        let recorded = !targets.isEmpty
        func share(_ cents: Int) -> Double? { recorded && cost > 0 ? Double(cents) / Double(cost) : nil }
        let funders = given.map { id, cents in
            Funder(id: id, name: state.organisations[id]?.name ?? id, amount: Money.euros(cents), share: share(cents))
        }.sorted { ($0.amount, $1.name, $1.id) > ($1.amount, $0.name, $0.id) }
        let funded = given.values.reduce(0, +) + fees
        return FundingFigures(
            records: targets.count, cost: recorded ? Money.euros(cost) : nil, funders: funders,
            fees: Fees(perHolder: rates.count == 1 ? Money.euros(rates.first!) : nil, holders: paying,
                       total: Money.euros(fees), share: share(fees)),
            inKind: hasInKind ? Money.euros(inKind) : nil, funded: Money.euros(funded),
            remainder: recorded ? Money.euros(cost - funded) : nil, holders: recorded ? holders.count : 0,
            costPerHolder: recorded && !holders.isEmpty ? Money.euros((cost + holders.count / 2) / holders.count) : nil)
    }
}

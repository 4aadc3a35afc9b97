// What the follow-up and funding commands carry, as typed (checked by `decide`).

/// A follow-up as the facilitator gives it (`followup record`).
public struct FollowUpDraft: Hashable, Sendable {
    public var activity: FollowUpActivity
    public var jobsCreated: Int?
    public var jobsKept: Int?
    public var structure: String?
    /// When the holder was reached (today by default; not later, nor before the project was recorded).
    public var date: Day?
    public var note: String?

    public init(activity: FollowUpActivity, jobsCreated: Int? = nil, jobsKept: Int? = nil, structure: String? = nil,
                date: Day? = nil, note: String? = nil) {
        self.activity = activity
        self.jobsCreated = jobsCreated
        self.jobsKept = jobsKept
        self.structure = structure
        self.date = date
        self.note = note
    }
}

/// A funder as typed: its name (the organisation, created on first use) and either an
/// amount in cents or a share of the cost in hundredths of a percent.
public struct FunderDraft: Hashable, Sendable {
    public var name: String
    public var amount: Int?
    public var share: Int?

    public init(name: String, amount: Int? = nil, share: Int? = nil) {
        self.name = name
        self.amount = amount
        self.share = share
    }
}

/// Changes to a programme's or cohort's funding (`funding`): nil keeps what is recorded;
/// `funders` replaces the whole list; `.some(nil)` clears the fee or the in-kind value.
/// The first funding needs its cost.
public struct FundingDraft: Hashable, Sendable {
    /// Cents.
    public var cost: Int?
    public var funders: [FunderDraft]?
    public var fee: Int??
    public var inKind: Int??
    /// Removes the funding recorded (the other fields are then ignored).
    public var remove: Bool

    public init(cost: Int? = nil, funders: [FunderDraft]? = nil, fee: Int?? = nil, inKind: Int?? = nil, remove: Bool = false) {
        self.cost = cost
        self.funders = funders
        self.fee = fee
        self.inKind = inKind
        self.remove = remove
    }
}

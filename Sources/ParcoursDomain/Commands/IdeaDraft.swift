/// What `idea add` says about a new idea (texts as typed; the decider checks them).
public struct IdeaDraft: Hashable, Sendable {
    public var title: String
    public var source: String?
    public var need: String?
    public var commune: String?
    /// When it was detected (today by default; not later).
    public var date: Day?

    public init(title: String, source: String? = nil, need: String? = nil, commune: String? = nil, date: Day? = nil) {
        self.title = title
        self.source = source
        self.need = need
        self.commune = commune
        self.date = date
    }
}

/// What `call add` says about a new call for applications.
public struct CallDraft: Hashable, Sendable {
    public var title: String
    /// The cohort it recruits for (a reference), if any.
    public var cohort: String?
    public var opens: Day?
    public var closes: Day?
    public var source: String?
    public var criteria: [String]

    public init(title: String, cohort: String? = nil, opens: Day? = nil, closes: Day? = nil, source: String? = nil,
                criteria: [String] = []) {
        self.title = title
        self.cohort = cohort
        self.opens = opens
        self.closes = closes
        self.source = source
        self.criteria = criteria
    }
}

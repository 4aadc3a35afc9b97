/// What a command about ideas did (`Message.idea`); words in `Catalog`.
public enum IdeaMessage: Hashable, Sendable {
    case added(title: String, programme: String)
    case statusChanged(title: String, from: IdeaStatus, to: IdeaStatus)
    /// `stage`: the new project's stage.
    case adopted(title: String, holder: String, stage: Stage)
}

/// What a command about calls for applications did (`Message.call`).
public enum CallMessage: Hashable, Sendable {
    case added(title: String, programme: String, criteria: Int)
    /// `candidateIn`: the cohort the applicant became a candidate of (nil when none, or
    /// when they already had a place there).
    case applied(holder: String, call: String, candidateIn: String?)
    case checked(holder: String, call: String, eligibility: Eligibility)
    case applicationRemoved(holder: String, call: String)
}

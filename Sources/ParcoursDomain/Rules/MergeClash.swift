/// Something two holders to merge both have that can only be one person's: listed, all
/// at once, so the facilitator settles each before merging.
public enum MergeClash: Hashable, Sendable {
    /// Both take part in the cohort.
    case cohort(name: String)
    /// Both are marked at the session.
    case session(title: String, date: Day)
}

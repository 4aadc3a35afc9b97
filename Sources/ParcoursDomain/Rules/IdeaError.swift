/// Why a command about ideas (F15) was refused (`DomainError.idea`); words in `Catalog`.
public enum IdeaError: Hashable, Sendable {
    /// The programme already has an idea with this title.
    case titleTaken(title: String, programme: String)
    case alreadyInStatus(idea: String, status: IdeaStatus)
    /// "porteur identifié" is set by adopting the idea (a real holder, never a fake one).
    case statusSetByAdoption(idea: String)
    /// The idea is already a holder's project: its status and adoption are closed.
    case alreadyAdopted(idea: String, holder: String, project: String)
    /// An idea set aside is not adopted (move it back first).
    case setAside(idea: String)
    /// A holder who adopted ideas or applied to calls is removed only with that history,
    /// and not merged away.
    case holderHasIdeas(holder: String, adopted: Int, applications: Int)
}

/// Why a command about calls for applications (F4) was refused (`DomainError.call`).
public enum CallError: Hashable, Sendable {
    /// The programme already has a call with this title.
    case titleTaken(title: String, programme: String)
    case duplicateCriterion(String)
    case alreadyApplied(holder: String, call: String)
    /// An application dated before the call opened.
    case beforeOpening(call: String, date: Day, opens: Day)
    case notApplied(holder: String, call: String)
    /// No criterion of the call is meant by the reference (its criteria are listed).
    case unknownCriterion(String, call: String, criteria: [String])
    /// One criterion said met and not met (or unchecked) in one command.
    case criterionTwice(String)
    /// A check needs --met, --unmet or --unchecked.
    case nothingToCheck
}

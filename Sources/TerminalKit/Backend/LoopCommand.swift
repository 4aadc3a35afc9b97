/// What `update` asks of the run loop. (Named apart from an application's own commands:
/// a domain usually has a `Command` of its own.)
public enum LoopCommand: Sendable, Equatable {
    /// Leave the loop; `run` restores the terminal and returns the model.
    case quit
}

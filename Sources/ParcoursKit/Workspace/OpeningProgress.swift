/// How far opening a data directory has gone, for a progress bar: first the logs are
/// read and decoded (`done`/`total` in bytes), then folded (in events).
public struct OpeningProgress: Sendable, Equatable {
    public enum Phase: Sendable, Equatable {
        /// Restoring the snapshot cache (`done`/`total` in bytes).
        case restoring
        /// Reading and decoding log files (`done`/`total` in bytes).
        case reading
        /// Folding the decoded events into the state (`done`/`total` in events).
        case folding
    }

    public var phase: Phase
    public var done: Int
    public var total: Int

    public init(phase: Phase, done: Int, total: Int) {
        self.phase = phase
        self.done = done
        self.total = total
    }

    /// Between 0 and 1, over both phases (reading weighs most).
    public var fraction: Double {
        let part = total > 0 ? min(1, Double(done) / Double(total)) : 1
        switch phase {
        case .restoring, .reading: return part * 0.7
        case .folding: return 0.7 + part * 0.3
        }
    }
}

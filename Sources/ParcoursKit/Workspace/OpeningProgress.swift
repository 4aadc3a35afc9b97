/// How far opening a data directory has gone, for a progress bar: the snapshot cache is
/// restored (when there is one), then what the logs hold beyond it is read, decoded and
/// folded as it comes (`done`/`total` in bytes for both), then the snapshot may be saved.
public struct OpeningProgress: Sendable, Equatable {
    public enum Phase: Sendable, Equatable {
        /// Restoring the snapshot cache.
        case restoring
        /// Reading, decoding and folding the logs (after the snapshot, when restored).
        case reading(afterSnapshot: Bool)
        /// Writing the snapshot cache for the next open (after a fold of many events:
        /// a second or two at a network's scale, which a full bar alone would not explain).
        case saving
    }

    public var phase: Phase
    public var done: Int
    public var total: Int

    public init(phase: Phase, done: Int, total: Int) {
        self.phase = phase
        self.done = done
        self.total = total
    }

    /// Between 0 and 1 over the whole open: a restored snapshot counts for the first
    /// third, the logs after it for the rest.
    public var fraction: Double {
        let part = total > 0 ? min(1, Double(done) / Double(total)) : 1
        switch phase {
        case .restoring: return part / 3
        case .reading(let afterSnapshot): return afterSnapshot ? 1.0 / 3 + part * 2 / 3 : part
        case .saving: return 1
        }
    }
}

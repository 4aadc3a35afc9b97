/// Per conflict subject, the fold position of the last event that changed it: what a
/// conflict names as the overwritten side. There is one subject per attendance mark,
/// participation, project and session, so hundreds of thousands at a network's scale.
///
/// Two parts. `recent` is a dictionary of the subjects changed since this value was
/// restored (every subject, after a fold from the logs). `settled` holds the others as
/// three sorted columns keyed by a stable 128-bit fingerprint of the subject: that is
/// how the snapshot cache stores them, so restoring them copies three arrays instead of
/// building a dictionary of every subject again (what made most of a warm open's time).
/// Looking up a settled subject is a binary search. Only the overwritten side's name
/// depends on this: the conflict itself is found from the values.
public struct LastChanges: Sendable, Equatable {
    private var recent: [ConflictSubject: Int] = [:]
    private var settled = Settled()

    /// Sorted by (high, low) fingerprint, no fingerprint twice; positions beside them.
    package struct Settled: Sendable, Equatable {
        package var high: [UInt64] = []
        package var low: [UInt64] = []
        package var positions: [Int32] = []

        package init() {}

        /// Columns as read back (the snapshot): nil when they are not sorted, repeat a
        /// fingerprint or differ in length, which a damaged file would show.
        package init?(high: [UInt64], low: [UInt64], positions: [Int32]) {
            guard Fingerprint.areSorted(high: high, low: low), high.count == positions.count,
                  positions.allSatisfy({ $0 >= 0 }) else { return nil }
            self.high = high
            self.low = low
            self.positions = positions
        }

        func position(of key: Fingerprint) -> Int? {
            Fingerprint.row(of: key, high: high, low: low).map { Int(positions[$0]) }
        }
    }

    public init() {}

    package init(settled: Settled) {
        self.settled = settled
    }

    public subscript(subject: ConflictSubject) -> Int? {
        get { recent[subject] ?? settled.position(of: Fingerprint(subject)) }
        set { recent[subject] = newValue }
    }

    /// Every subject in the settled layout (the recent ones merged in, later wins).
    package var settledForm: Settled {
        if recent.isEmpty { return settled }
        // Each fingerprint is once among the settled and once among the recent at most;
        // where it is in both, the recent position (later in fold order) is kept.
        var rows: [(key: Fingerprint, isRecent: UInt8, position: Int32)] = []
        rows.reserveCapacity(settled.high.count + recent.count)
        for i in settled.high.indices {
            rows.append((Fingerprint(high: settled.high[i], low: settled.low[i]), 0, settled.positions[i]))
        }
        for (subject, position) in recent { rows.append((Fingerprint(subject), 1, Int32(truncatingIfNeeded: position))) }
        rows.sort { ($0.key.high, $0.key.low, 1 - $0.isRecent) < ($1.key.high, $1.key.low, 1 - $1.isRecent) }
        var form = Settled()
        form.high.reserveCapacity(rows.count)
        form.low.reserveCapacity(rows.count)
        form.positions.reserveCapacity(rows.count)
        for row in rows where form.high.last != row.key.high || form.low.last != row.key.low {
            form.high.append(row.key.high)
            form.low.append(row.key.low)
            form.positions.append(row.position)
        }
        return form
    }

    /// Moves every recent change into the settled layout (smaller than the dictionary).
    package mutating func settle() {
        guard !recent.isEmpty else { return }
        settled = settledForm
        recent = [:]
    }

    /// The same subjects at the same positions, however they are held.
    public static func == (a: LastChanges, b: LastChanges) -> Bool {
        a.settledForm == b.settledForm
    }
}

/// Per conflict subject, the fold position of the last event that changed it: what a
/// conflict names as the overwritten side. There is one subject per attendance mark,
/// participation, project and session, so hundreds of thousands at a network's scale.
///
/// Two parts. `settled` holds subjects as three sorted columns keyed by a stable 128-bit
/// fingerprint of the subject: that is how the snapshot cache stores them, so restoring
/// them copies three arrays instead of building a table of every subject again (what
/// made most of a warm open's time). Looking one up is a binary search. `recent` lists
/// the changes folded since, in fold order, as they came: recording a change is one
/// append, because the fold records one for most events and asks for one only when a
/// conflict is found, which is rare (a dictionary of every subject cost a fifth of a
/// cold open's folding). A question looks through `recent` from the end; when `recent`
/// grows large beside `settled`, it is sorted into it first (`lookUp`), so questions
/// stay cheap however many conflicts there are. Only the overwritten side's name
/// depends on this: the conflict itself is found from the values.
public struct LastChanges: Sendable, Equatable {
    private var recent: [Change] = []
    private var settled = Settled()

    /// One change: the subject's fingerprint and the event's fold position.
    private struct Change {
        var key: Fingerprint
        var position: Int32
    }

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

    /// Setting records a change at that position; setting nil does nothing (a change,
    /// once folded, is never taken back).
    public subscript(subject: ConflictSubject) -> Int? {
        get { position(of: Fingerprint(subject)) }
        set {
            guard let newValue else { return }
            record(Fingerprint(subject), at: newValue)
        }
    }

    /// Notes that the event at fold `position` changed the subject with this fingerprint.
    package mutating func record(_ key: Fingerprint, at position: Int) {
        recent.append(Change(key: key, position: Int32(truncatingIfNeeded: position)))
    }

    /// The last change of a subject, sorting the recent changes into the settled ones
    /// first when they outgrow a scan (a fold that finds many conflicts).
    package mutating func lookUp(_ key: Fingerprint) -> Int? {
        if recent.count > max(Self.scanLimit, settled.high.count / 4) { settle() }
        return position(of: key)
    }

    /// How many changes are held as they came (not yet sorted into the settled ones).
    package var recentCount: Int { recent.count }

    /// Recent changes a question scans before they are sorted into the settled ones.
    static let scanLimit = 8_192

    private func position(of key: Fingerprint) -> Int? {
        // The latest change wins: the recent ones are later than every settled one.
        if let change = recent.last(where: { $0.key == key }) { return Int(change.position) }
        return settled.position(of: key)
    }

    /// Every subject in the settled layout (the recent changes merged in, later wins).
    package var settledForm: Settled {
        if recent.isEmpty { return settled }
        // Rows in fold order within each fingerprint: the settled row first, then the
        // recent ones as they came; the last row of each fingerprint is kept.
        var rows: [(key: Fingerprint, rank: Int, position: Int32)] = []
        rows.reserveCapacity(settled.high.count + recent.count)
        for i in settled.high.indices {
            rows.append((Fingerprint(high: settled.high[i], low: settled.low[i]), 0, settled.positions[i]))
        }
        for (i, change) in recent.enumerated() { rows.append((change.key, i + 1, change.position)) }
        rows.sort { ($0.key.high, $0.key.low, $0.rank) < ($1.key.high, $1.key.low, $1.rank) }
        var form = Settled()
        form.high.reserveCapacity(rows.count)
        form.low.reserveCapacity(rows.count)
        form.positions.reserveCapacity(rows.count)
        for (i, row) in rows.enumerated() {
            if i + 1 < rows.count, rows[i + 1].key == row.key { continue }
            form.high.append(row.key.high)
            form.low.append(row.key.low)
            form.positions.append(row.position)
        }
        return form
    }

    /// Moves every recent change into the settled layout (smaller, and searched faster).
    package mutating func settle() {
        guard !recent.isEmpty else { return }
        settled = settledForm
        recent = []
    }

    /// The same subjects at the same positions, however they are held.
    public static func == (a: LastChanges, b: LastChanges) -> Bool {
        a.settledForm == b.settledForm
    }
}

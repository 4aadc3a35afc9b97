import ParcoursDomain
import ParcoursKit

/// Where the journal view reads its lines: the events stay in the logs (the state only
/// holds what they add up to), and the workspace reads back those of a scope, keeping
/// the last answer until something changes.
struct JournalSource: Sendable {
    let read: @Sendable (Set<EntityID>) -> [RecordedEvent]

    /// No journal (a model without a workspace behind it).
    static let none = JournalSource(read: { _ in [] })

    init(read: @escaping @Sendable (Set<EntityID>) -> [RecordedEvent]) {
        self.read = read
    }

    /// The workspace's journal. A log that cannot be read back shows no lines; the
    /// status bar already reports damaged logs.
    init(_ workspace: Workspace) {
        read = { scope in (try? workspace.journal(concerning: scope)) ?? [] }
    }
}

/// Who did what, action by action, so `undo`/`redo` can find an author's last action.
/// Keeps each author's last `depth` actions (and the undos that took them back): undo
/// reaches that far back, and the history stays the same size however long the logs.
public struct ActionHistory: Hashable, Sendable {
    /// How many of an author's actions can be undone in a row.
    public static let depth = 100

    /// One command's events, as folded.
    public struct Entry: Hashable, Sendable {
        public var id: String
        public var author: String
        public var events: [DomainEvent]
        /// For an undo or redo action, the action it took back or put back.
        public var target: String?
        public var isRedo: Bool

        package init(id: String, author: String, events: [DomainEvent], target: String?, isRedo: Bool) {
            self.id = id
            self.author = author
            self.events = events
            self.target = target
            self.isRedo = isRedo
        }
    }

    public private(set) var entries: [String: Entry] = [:]
    /// Per author, ordinary actions that can be undone, oldest first.
    public private(set) var undoable: [String: [String]] = [:]
    /// Per author, undone actions that can be redone, oldest first.
    public private(set) var redoable: [String: [String]] = [:]
    /// For an undone action, the undo action that took it back.
    public private(set) var undoneBy: [String: String] = [:]

    public init() {}

    /// A history as a snapshot stored it (`parts`), for the snapshot alone.
    package init(parts: Parts) {
        entries = parts.entries
        undoable = parts.undoable
        redoable = parts.redoable
        undoneBy = parts.undoneBy
        redoneBy = parts.redoneBy
    }

    /// Everything the history holds, as a snapshot stores it.
    package struct Parts: Sendable {
        package var entries: [String: Entry]
        package var undoable: [String: [String]]
        package var redoable: [String: [String]]
        package var undoneBy: [String: String]
        package var redoneBy: [String: String]

        package init(entries: [String: Entry], undoable: [String: [String]], redoable: [String: [String]],
                     undoneBy: [String: String], redoneBy: [String: String]) {
            self.entries = entries
            self.undoable = undoable
            self.redoable = redoable
            self.undoneBy = undoneBy
            self.redoneBy = redoneBy
        }
    }

    package var parts: Parts {
        Parts(entries: entries, undoable: undoable, redoable: redoable, undoneBy: undoneBy, redoneBy: redoneBy)
    }

    /// The author's last action not yet undone.
    func lastUndoable(by author: String) -> Entry? {
        undoable[author]?.last.flatMap { entries[$0] }
    }

    /// The author's last undone action, if nothing was done since.
    func lastRedoable(by author: String) -> Entry? {
        redoable[author]?.last.flatMap { entries[$0] }
    }

    mutating func record(_ event: DomainEvent, author: String) {
        let action = event.action
        switch event {
        case .actionUndone(let p), .actionRedone(let p):
            var isRedo = false
            if case .actionRedone = event { isRedo = true }
            entries[action, default: Entry(id: action, author: author, events: [], target: p.target, isRedo: isRedo)]
                .events.append(event)
            let owner = entries[p.target]?.author ?? author
            if isRedo {
                redoable[owner]?.removeAll { $0 == p.target }
                push(p.target, for: owner)
                // The undo it took back is spent; only this redo's events may be needed.
                if let undo = undoneBy.removeValue(forKey: p.target) { entries[undo] = nil }
                if let earlier = redoneBy.updateValue(action, forKey: p.target) { entries[earlier] = nil }
            } else {
                undoable[owner]?.removeAll { $0 == p.target }
                redoable[owner, default: []].append(p.target)
                undoneBy[p.target] = action
            }
        default:
            // One lookup whether the action is new or continues (this runs for nearly
            // every event of a fold).
            var isNew = false
            entries[action, default: {
                isNew = true
                return Entry(id: action, author: author, events: [], target: nil, isRedo: false)
            }()].events.append(event)
            guard isNew else { return }
            push(action, for: author)
            // Something new was done: what was undone before can no longer be redone.
            if !redoable.isEmpty, let undone = redoable[author], !undone.isEmpty {
                for target in undone { forget(target) }
                redoable[author] = []
            }
        }
    }

    /// For an action put back by a redo, that redo (its events are the redo's entry).
    private var redoneBy: [String: String] = [:]

    /// Makes `action` the author's last undoable one, forgetting the oldest beyond `depth`.
    private mutating func push(_ action: String, for author: String) {
        var oldest: String?
        Self.append(action, to: &undoable[author, default: []], dropping: &oldest)
        if let oldest { forget(oldest) }
    }

    private static func append(_ action: String, to list: inout [String], dropping oldest: inout String?) {
        list.append(action)
        if list.count > depth { oldest = list.removeFirst() }
    }

    /// Drops every action `matches` picks, with its undo and redo (an erasure: no undo
    /// may write an erased person's data again).
    mutating func forget(where matches: (Entry) -> Bool) {
        let doomed = entries.values.filter(matches).map(\.id)
        guard !doomed.isEmpty else { return }
        for id in doomed {
            forget(id)
            for author in undoable.keys { undoable[author]?.removeAll { $0 == id } }
            for author in redoable.keys { redoable[author]?.removeAll { $0 == id } }
        }
    }

    /// Drops an action that can no longer be undone or redone, with its undo and redo.
    private mutating func forget(_ id: String) {
        entries[id] = nil
        // Most histories hold no undo at all: no lookup then.
        if !undoneBy.isEmpty, let undo = undoneBy.removeValue(forKey: id) { entries[undo] = nil }
        if !redoneBy.isEmpty, let redo = redoneBy.removeValue(forKey: id) { entries[redo] = nil }
    }
}

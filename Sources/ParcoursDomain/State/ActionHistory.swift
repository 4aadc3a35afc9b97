/// Who did what, action by action, so `undo`/`redo` can find an author's last action.
public struct ActionHistory: Hashable, Sendable, Codable {
    /// One command's events, as folded.
    public struct Entry: Hashable, Sendable, Codable {
        public var id: String
        public var author: String
        public var events: [DomainEvent]
        /// For an undo or redo action, the action it took back or put back.
        public var target: String?
        public var isRedo: Bool
    }

    public private(set) var entries: [String: Entry] = [:]
    /// Per author, ordinary actions that can be undone, oldest first.
    public private(set) var undoable: [String: [String]] = [:]
    /// Per author, undone actions that can be redone, oldest first.
    public private(set) var redoable: [String: [String]] = [:]
    /// For an undone action, the undo action that took it back.
    public private(set) var undoneBy: [String: String] = [:]

    public init() {}

    /// The author's last action not yet undone.
    public func lastUndoable(by author: String) -> Entry? {
        undoable[author]?.last.flatMap { entries[$0] }
    }

    /// The author's last undone action, if nothing was done since.
    public func lastRedoable(by author: String) -> Entry? {
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
                undoable[owner, default: []].append(p.target)
                undoneBy[p.target] = nil
            } else {
                undoable[owner]?.removeAll { $0 == p.target }
                redoable[owner, default: []].append(p.target)
                undoneBy[p.target] = action
            }
        default:
            if entries[action] != nil {
                entries[action]!.events.append(event)
                return
            }
            entries[action] = Entry(id: action, author: author, events: [event], target: nil, isRedo: false)
            undoable[author, default: []].append(action)
            // Something new was done: what was undone before can no longer be redone.
            redoable[author] = []
        }
    }
}

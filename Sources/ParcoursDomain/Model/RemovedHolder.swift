/// A holder taken out of the lists (`holder remove`, or the duplicate of a merge), kept
/// aside so the journal still names them and undo can put them back.
public struct RemovedHolder: Hashable, Sendable, Codable {
    public var holder: Holder
    /// Why (an entry made by mistake…); nil for a merge, which `mergedInto` explains.
    public var reason: String?
    /// The holder the duplicate was merged into.
    public var mergedInto: EntityID?
    public var date: Day
    public var author: String

    public init(holder: Holder, reason: String?, mergedInto: EntityID?, date: Day, author: String) {
        self.holder = holder
        self.reason = reason
        self.mergedInto = mergedInto
        self.date = date
        self.author = author
    }
}

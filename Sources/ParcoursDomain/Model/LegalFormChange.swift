/// A project's legal form changing on a given day (an association becoming a SCIC):
/// its history, distinct from a correction of a misspelt form (`project edit`).
public struct LegalFormChange: Hashable, Sendable, Codable {
    public var date: Day
    public var from: String?
    public var to: String?
    public var author: String

    public init(date: Day, from: String?, to: String?, author: String) {
        self.date = date
        self.from = from
        self.to = to
        self.author = author
    }
}

import Foundation

/// What was recorded for one holder at one session.
public struct MarkValue: Hashable, Sendable, Codable {
    public var mark: Mark
    public var remote: Bool
    public var remark: String?
    public var author: String
    public var time: Date

    public init(mark: Mark, remote: Bool = false, remark: String? = nil, author: String, time: Date) {
        self.mark = mark
        self.remote = remote
        self.remark = remark
        self.author = author
        self.time = time
    }

    public var mode: AttendanceMode { remote ? .remote : .inPerson }
}

/// What a structure decides for its whole data directory (shared by every installation).
public struct Settings: Hashable, Sendable, Codable {
    /// How long personal data is kept after the last contact, in months (nil: the
    /// default, `Retention.defaultMonths`).
    public var retentionMonths: Int?

    public init(retentionMonths: Int? = nil) {
        self.retentionMonths = retentionMonths
    }
}

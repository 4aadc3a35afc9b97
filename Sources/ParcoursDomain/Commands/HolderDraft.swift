/// A new holder, optionally with their project and their enrolment in a cohort, in the
/// same action (one undo; the enrolment names the new holder, never another of the same
/// name).
public struct HolderDraft: Hashable, Sendable {
    public var name: String
    public var kind: HolderKind
    public var commune: String?
    public var email: String?
    public var phone: String?
    public var tags: [String]
    public var referredByName: String?
    /// With a title, the project is created in the same action.
    public var projectTitle: String?
    /// The project's stage; idee by default.
    public var stage: Stage?
    public var sectors: [String]
    /// A cohort to enrol the new holder in, and with what participation.
    public var cohort: String?
    public var participation: ParticipationStatus
    /// When the holder first came (today by default): nothing about them is dated earlier.
    public var date: Day?

    public init(name: String, kind: HolderKind = .person, commune: String? = nil, email: String? = nil,
                phone: String? = nil, tags: [String] = [], referredByName: String? = nil,
                projectTitle: String? = nil, stage: Stage? = nil, sectors: [String] = [],
                cohort: String? = nil, participation: ParticipationStatus = .inscrit, date: Day? = nil) {
        self.name = name
        self.kind = kind
        self.commune = commune
        self.email = email
        self.phone = phone
        self.tags = tags
        self.referredByName = referredByName
        self.projectTitle = projectTitle
        self.stage = stage
        self.sectors = sectors
        self.cohort = cohort
        self.participation = participation
        self.date = date
    }
}

import EventLog
import ParcoursCodec
import ParcoursDomain

/// The enumerations the snapshot stores by case number instead of by name: reading a
/// name back compared it with every case's name, for each of about a million values at
/// a network's scale (a tenth of a warm open's reading).
enum SnapshotCases {
    static let holderKinds = Array(HolderKind.allCases)
    static let stages = Array(Stage.allCases)
    static let projectStatuses = Array(ProjectStatus.allCases)
    static let participationStatuses = Array(ParticipationStatus.allCases)
    static let sessionKinds = Array(SessionKind.allCases)
    static let sessionStatuses = Array(SessionStatus.allCases)
    static let marks = Array(Mark.allCases)
    static let staffRoles = Array(StaffRole.allCases)
    static let cohortStatuses = Array(CohortStatus.allCases)
    static let followUpActivities = Array(FollowUpActivity.allCases)
    static let openEventKinds = Array(OpenEventKind.allCases)

    /// The case names, in order, as a checksum: part of the snapshot's format, so a
    /// version that numbers the cases otherwise ignores the snapshot instead of misreading it.
    static let signature: String = {
        let names: [[String]] = [
            holderKinds.map(\.rawValue), stages.map(\.rawValue), projectStatuses.map(\.rawValue),
            participationStatuses.map(\.rawValue), sessionKinds.map(\.rawValue), sessionStatuses.map(\.rawValue),
            marks.map(\.rawValue), staffRoles.map(\.rawValue), cohortStatuses.map(\.rawValue),
            followUpActivities.map(\.rawValue), openEventKinds.map(\.rawValue),
        ]
        let text = names.map { $0.joined(separator: ",") }.joined(separator: ";")
        return String(CRC32C.checksum(Array(text.utf8)), radix: 16)
    }()
}

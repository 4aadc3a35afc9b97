import Foundation

// `Codable` for the snapshot cache only (the log keeps its own `encoded()` form): the
// case as a number and the payload as a value, so restoring a snapshot parses no JSON.
// The numbers are this version's; a snapshot from another version is rebuilt, never read.
extension DomainEvent: Codable {
    private enum CodingKeys: String, CodingKey { case `case`, payload, type }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .organisationAdded(let p): try c.encode(0, forKey: .case); try c.encode(p, forKey: .payload)
        case .organisationRemoved(let p): try c.encode(1, forKey: .case); try c.encode(p, forKey: .payload)
        case .programmeCreated(let p): try c.encode(2, forKey: .case); try c.encode(p, forKey: .payload)
        case .programmeRemoved(let p): try c.encode(3, forKey: .case); try c.encode(p, forKey: .payload)
        case .partnerAdded(let p): try c.encode(4, forKey: .case); try c.encode(p, forKey: .payload)
        case .partnerRemoved(let p): try c.encode(5, forKey: .case); try c.encode(p, forKey: .payload)
        case .workshopAdded(let p): try c.encode(6, forKey: .case); try c.encode(p, forKey: .payload)
        case .workshopRemoved(let p): try c.encode(7, forKey: .case); try c.encode(p, forKey: .payload)
        case .cohortCreated(let p): try c.encode(8, forKey: .case); try c.encode(p, forKey: .payload)
        case .cohortRemoved(let p): try c.encode(9, forKey: .case); try c.encode(p, forKey: .payload)
        case .cohortStatusChanged(let p): try c.encode(10, forKey: .case); try c.encode(p, forKey: .payload)
        case .staffAdded(let p): try c.encode(11, forKey: .case); try c.encode(p, forKey: .payload)
        case .staffRemoved(let p): try c.encode(12, forKey: .case); try c.encode(p, forKey: .payload)
        case .holderAdded(let p): try c.encode(13, forKey: .case); try c.encode(p, forKey: .payload)
        case .holderRemoved(let p): try c.encode(14, forKey: .case); try c.encode(p, forKey: .payload)
        case .projectCreated(let p): try c.encode(15, forKey: .case); try c.encode(p, forKey: .payload)
        case .projectRemoved(let p): try c.encode(16, forKey: .case); try c.encode(p, forKey: .payload)
        case .projectHolderAdded(let p): try c.encode(17, forKey: .case); try c.encode(p, forKey: .payload)
        case .projectHolderRemoved(let p): try c.encode(18, forKey: .case); try c.encode(p, forKey: .payload)
        case .participationChanged(let p): try c.encode(19, forKey: .case); try c.encode(p, forKey: .payload)
        case .sessionScheduled(let p): try c.encode(20, forKey: .case); try c.encode(p, forKey: .payload)
        case .sessionRemoved(let p): try c.encode(21, forKey: .case); try c.encode(p, forKey: .payload)
        case .sessionUpdated(let p): try c.encode(22, forKey: .case); try c.encode(p, forKey: .payload)
        case .sessionHeld(let p): try c.encode(23, forKey: .case); try c.encode(p, forKey: .payload)
        case .sessionCancelled(let p): try c.encode(24, forKey: .case); try c.encode(p, forKey: .payload)
        case .sessionReopened(let p): try c.encode(25, forKey: .case); try c.encode(p, forKey: .payload)
        case .attendanceMarked(let p): try c.encode(26, forKey: .case); try c.encode(p, forKey: .payload)
        case .attendanceCleared(let p): try c.encode(27, forKey: .case); try c.encode(p, forKey: .payload)
        case .stageChanged(let p): try c.encode(28, forKey: .case); try c.encode(p, forKey: .payload)
        case .statusChanged(let p): try c.encode(29, forKey: .case); try c.encode(p, forKey: .payload)
        case .noteAdded(let p): try c.encode(30, forKey: .case); try c.encode(p, forKey: .payload)
        case .noteRemoved(let p): try c.encode(31, forKey: .case); try c.encode(p, forKey: .payload)
        case .actionUndone(let p): try c.encode(32, forKey: .case); try c.encode(p, forKey: .payload)
        case .actionRedone(let p): try c.encode(33, forKey: .case); try c.encode(p, forKey: .payload)
        case .unknown(let type, let payload):
            try c.encode(-1, forKey: .case); try c.encode(type, forKey: .type); try c.encode(payload, forKey: .payload)
        }
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        switch try c.decode(Int.self, forKey: .case) {
        case 0: self = .organisationAdded(try c.decode(EntityPayload<Organisation>.self, forKey: .payload))
        case 1: self = .organisationRemoved(try c.decode(EntityPayload<Organisation>.self, forKey: .payload))
        case 2: self = .programmeCreated(try c.decode(EntityPayload<Programme>.self, forKey: .payload))
        case 3: self = .programmeRemoved(try c.decode(EntityPayload<Programme>.self, forKey: .payload))
        case 4: self = .partnerAdded(try c.decode(PartnerPayload.self, forKey: .payload))
        case 5: self = .partnerRemoved(try c.decode(PartnerPayload.self, forKey: .payload))
        case 6: self = .workshopAdded(try c.decode(WorkshopPayload.self, forKey: .payload))
        case 7: self = .workshopRemoved(try c.decode(WorkshopPayload.self, forKey: .payload))
        case 8: self = .cohortCreated(try c.decode(EntityPayload<Cohort>.self, forKey: .payload))
        case 9: self = .cohortRemoved(try c.decode(EntityPayload<Cohort>.self, forKey: .payload))
        case 10: self = .cohortStatusChanged(try c.decode(CohortStatusPayload.self, forKey: .payload))
        case 11: self = .staffAdded(try c.decode(StaffPayload.self, forKey: .payload))
        case 12: self = .staffRemoved(try c.decode(StaffPayload.self, forKey: .payload))
        case 13: self = .holderAdded(try c.decode(EntityPayload<Holder>.self, forKey: .payload))
        case 14: self = .holderRemoved(try c.decode(EntityPayload<Holder>.self, forKey: .payload))
        case 15: self = .projectCreated(try c.decode(EntityPayload<Project>.self, forKey: .payload))
        case 16: self = .projectRemoved(try c.decode(EntityPayload<Project>.self, forKey: .payload))
        case 17: self = .projectHolderAdded(try c.decode(ProjectHolderPayload.self, forKey: .payload))
        case 18: self = .projectHolderRemoved(try c.decode(ProjectHolderPayload.self, forKey: .payload))
        case 19: self = .participationChanged(try c.decode(ParticipationPayload.self, forKey: .payload))
        case 20: self = .sessionScheduled(try c.decode(EntityPayload<Session>.self, forKey: .payload))
        case 21: self = .sessionRemoved(try c.decode(EntityPayload<Session>.self, forKey: .payload))
        case 22: self = .sessionUpdated(try c.decode(SessionUpdatePayload.self, forKey: .payload))
        case 23: self = .sessionHeld(try c.decode(SessionStatusPayload.self, forKey: .payload))
        case 24: self = .sessionCancelled(try c.decode(SessionStatusPayload.self, forKey: .payload))
        case 25: self = .sessionReopened(try c.decode(SessionStatusPayload.self, forKey: .payload))
        case 26: self = .attendanceMarked(try c.decode(AttendancePayload.self, forKey: .payload))
        case 27: self = .attendanceCleared(try c.decode(AttendancePayload.self, forKey: .payload))
        case 28: self = .stageChanged(try c.decode(StagePayload.self, forKey: .payload))
        case 29: self = .statusChanged(try c.decode(StatusPayload.self, forKey: .payload))
        case 30: self = .noteAdded(try c.decode(EntityPayload<Note>.self, forKey: .payload))
        case 31: self = .noteRemoved(try c.decode(EntityPayload<Note>.self, forKey: .payload))
        case 32: self = .actionUndone(try c.decode(UndoPayload.self, forKey: .payload))
        case 33: self = .actionRedone(try c.decode(UndoPayload.self, forKey: .payload))
        case -1: self = .unknown(type: try c.decode(String.self, forKey: .type), payload: try c.decode(Data.self, forKey: .payload))
        case let other:
            throw DecodingError.dataCorruptedError(forKey: .case, in: c, debugDescription: "unknown event case \(other)")
        }
    }
}

import Foundation

extension DomainEvent {
    /// Stable bytes: sorted keys (Linux otherwise changes key order between runs),
    /// snake_case keys, ISO-8601 times.
    static func makeEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }

    static func makeDecoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }

    // Made once: building a coder per event is a measurable share of a replay.
    private static let sharedEncoder = makeEncoder()
    private static let sharedDecoder = makeDecoder()

    /// The log's type name and the payload's JSON object bytes.
    public func encoded() throws -> (type: String, payload: Data) {
        let e = DomainEvent.sharedEncoder
        let data: Data
        switch self {
        case .organisationAdded(let p), .organisationRemoved(let p): data = try e.encode(p)
        case .programmeCreated(let p), .programmeRemoved(let p): data = try e.encode(p)
        case .partnerAdded(let p), .partnerRemoved(let p): data = try e.encode(p)
        case .workshopAdded(let p), .workshopRemoved(let p): data = try e.encode(p)
        case .cohortCreated(let p), .cohortRemoved(let p): data = try e.encode(p)
        case .cohortStatusChanged(let p): data = try e.encode(p)
        case .staffAdded(let p), .staffRemoved(let p): data = try e.encode(p)
        case .holderAdded(let p), .holderRemoved(let p): data = try e.encode(p)
        case .projectCreated(let p), .projectRemoved(let p): data = try e.encode(p)
        case .projectHolderAdded(let p), .projectHolderRemoved(let p): data = try e.encode(p)
        case .participationChanged(let p): data = try e.encode(p)
        case .sessionScheduled(let p), .sessionRemoved(let p): data = try e.encode(p)
        case .sessionUpdated(let p): data = try e.encode(p)
        case .sessionHeld(let p), .sessionCancelled(let p), .sessionReopened(let p): data = try e.encode(p)
        case .attendanceMarked(let p), .attendanceCleared(let p): data = try e.encode(p)
        case .stageChanged(let p): data = try e.encode(p)
        case .statusChanged(let p): data = try e.encode(p)
        case .noteAdded(let p), .noteRemoved(let p): data = try e.encode(p)
        case .actionUndone(let p), .actionRedone(let p): data = try e.encode(p)
        case .unknown(_, let payload): data = payload
        }
        return (typeName, data)
    }

    /// Decodes a logged event. A type this version does not know, or a payload it cannot
    /// read, becomes `.unknown` and is kept (counted and shown as unknown), never dropped.
    public static func decode(type: String, payload: Data) -> DomainEvent {
        let d = sharedDecoder
        func read<P: Decodable>(_ make: (P) -> DomainEvent) -> DomainEvent {
            guard let p = try? d.decode(P.self, from: payload) else { return .unknown(type: type, payload: payload) }
            return make(p)
        }
        switch type {
        case "organisation.added": return read(DomainEvent.organisationAdded)
        case "organisation.removed": return read(DomainEvent.organisationRemoved)
        case "programme.created": return read(DomainEvent.programmeCreated)
        case "programme.removed": return read(DomainEvent.programmeRemoved)
        case "programme.partner_added": return read(DomainEvent.partnerAdded)
        case "programme.partner_removed": return read(DomainEvent.partnerRemoved)
        case "programme.workshop_added": return read(DomainEvent.workshopAdded)
        case "programme.workshop_removed": return read(DomainEvent.workshopRemoved)
        case "cohort.created": return read(DomainEvent.cohortCreated)
        case "cohort.removed": return read(DomainEvent.cohortRemoved)
        case "cohort.status_changed": return read(DomainEvent.cohortStatusChanged)
        case "cohort.staff_added": return read(DomainEvent.staffAdded)
        case "cohort.staff_removed": return read(DomainEvent.staffRemoved)
        case "holder.added": return read(DomainEvent.holderAdded)
        case "holder.removed": return read(DomainEvent.holderRemoved)
        case "project.created": return read(DomainEvent.projectCreated)
        case "project.removed": return read(DomainEvent.projectRemoved)
        case "project.holder_added": return read(DomainEvent.projectHolderAdded)
        case "project.holder_removed": return read(DomainEvent.projectHolderRemoved)
        case "participation.changed": return read(DomainEvent.participationChanged)
        case "session.scheduled": return read(DomainEvent.sessionScheduled)
        case "session.removed": return read(DomainEvent.sessionRemoved)
        case "session.updated": return read(DomainEvent.sessionUpdated)
        case "session.held": return read(DomainEvent.sessionHeld)
        case "session.cancelled": return read(DomainEvent.sessionCancelled)
        case "session.reopened": return read(DomainEvent.sessionReopened)
        case "attendance.marked": return read(DomainEvent.attendanceMarked)
        case "attendance.cleared": return read(DomainEvent.attendanceCleared)
        case "project.stage_changed": return read(DomainEvent.stageChanged)
        case "project.status_changed": return read(DomainEvent.statusChanged)
        case "note.added": return read(DomainEvent.noteAdded)
        case "note.removed": return read(DomainEvent.noteRemoved)
        case "action.undone": return read(DomainEvent.actionUndone)
        case "action.redone": return read(DomainEvent.actionRedone)
        default: return .unknown(type: type, payload: payload)
        }
    }
}

import EventLog
import Foundation
import ParcoursDomain

/// Decodes the payloads of the most frequent event types (attendance, participation,
/// session status, stage moves, new holders, projects, sessions and notes: nearly
/// every event of a working year) straight from their bytes,
/// and everything else — or anything unexpected in those — with the domain's
/// `DomainEvent.decode` (JSONDecoder). Both give equal events; tests and a fuzz test
/// hold them to it.
public enum FastPayloadDecoder {
    /// The event for a logged type and payload, as `DomainEvent.decode` would give it.
    public static func decode(type: String, payload: Data) -> DomainEvent {
        fast(type: type, payload: payload) ?? DomainEvent.decode(type: type, payload: payload)
    }

    /// The fast path alone: nil when it does not handle this type or this payload.
    static func fast(type: String, payload: Data) -> DomainEvent? {
        // One hash of the type instead of comparing it with every kind in turn.
        guard let read = readers[type] else { return nil }
        return payload.withUnsafeBytes { raw in
            guard let base = raw.baseAddress, var fields = PayloadFields.object(
                UnsafeBufferPointer(start: base.assumingMemoryBound(to: UInt8.self), count: raw.count)) else { return nil }
            let event = read(&fields)
            // A key the fast path does not know might mean something to the fallback.
            return fields.allUsed ? event : nil
        }
    }

    typealias Reader = @Sendable (inout PayloadFields) -> DomainEvent?

    /// The kinds read from their bytes: the frequent ones (any other kind goes through
    /// `DomainEvent.decode`). Adding an event type needs nothing here.
    private static let fastKinds: [EventKind: Reader] = [
        .attendanceMarked: { attendance(&$0).map(DomainEvent.attendanceMarked) },
        .attendanceCleared: { attendance(&$0).map(DomainEvent.attendanceCleared) },
        .participationChanged: { participation(&$0).map(DomainEvent.participationChanged) },
        .sessionHeld: { sessionStatus(&$0).map(DomainEvent.sessionHeld) },
        .sessionCancelled: { sessionStatus(&$0).map(DomainEvent.sessionCancelled) },
        .sessionReopened: { sessionStatus(&$0).map(DomainEvent.sessionReopened) },
        .holderAdded: { entity(&$0, holder).map(DomainEvent.holderAdded) },
        .projectCreated: { entity(&$0, project).map(DomainEvent.projectCreated) },
        .sessionScheduled: { entity(&$0, session).map(DomainEvent.sessionScheduled) },
        .noteAdded: { entity(&$0, note).map(DomainEvent.noteAdded) },
        .stageChanged: { stage(&$0).map(DomainEvent.stageChanged) },
    ]

    /// The same, by the name written in the log.
    private static let readers: [String: Reader] = Dictionary(uniqueKeysWithValues: fastKinds.map { ($0.key.rawValue, $0.value) })

    // MARK: Payloads

    private static func attendance(_ f: inout PayloadFields) -> AttendancePayload? {
        guard let action = f.string("action"), let session = f.string("session"), let holder = f.string("holder"),
              let mark = f.optional("mark", markValue), let previous = f.optional("previous", markValue) else { return nil }
        return .init(action: action, session: session, holder: holder, mark: mark, previous: previous)
    }

    private static func markValue(_ value: PayloadValue) -> MarkValue? {
        guard var f = value.members, let mark = f.named("mark", Mark.self), let remote = f.bool("remote"),
              let remark = f.optional("remark", \.string), let author = f.string("author"),
              let time = f.value("time")?.isoDate, f.allUsed else { return nil }
        return MarkValue(mark: mark, remote: remote, remark: remark, author: author, time: time)
    }

    private static func participation(_ f: inout PayloadFields) -> ParticipationPayload? {
        guard let action = f.string("action"), let holder = f.string("holder"), let cohort = f.string("cohort"),
              let from = f.optional("from", { $0.named(ParticipationStatus.self) }),
              let to = f.optional("to", { $0.named(ParticipationStatus.self) }),
              let date = f.day("date"), let reason = f.optional("reason", \.string),
              let revert = f.optionalBool("revert") else { return nil }
        return .init(action: action, holder: holder, cohort: cohort, from: from, to: to, date: date, reason: reason,
                     revert: revert)
    }

    private static func sessionStatus(_ f: inout PayloadFields) -> SessionStatusPayload? {
        guard let action = f.string("action"), let session = f.string("session"),
              let from = f.named("from", SessionStatus.self), let to = f.named("to", SessionStatus.self) else { return nil }
        return .init(action: action, session: session, from: from, to: to)
    }

    private static func stage(_ f: inout PayloadFields) -> StagePayload? {
        guard let action = f.string("action"), let project = f.string("project"),
              let from = f.named("from", Stage.self), let to = f.named("to", Stage.self),
              let date = f.day("date"), let note = f.optional("note", \.string),
              let revert = f.optionalBool("revert") else { return nil }
        return .init(action: action, project: project, from: from, to: to, date: date, note: note, revert: revert)
    }

    // Entities are written flat beside the action: {"action": …, "id": …, …}.
    private static func entity<E>(_ f: inout PayloadFields, _ read: (inout PayloadFields) -> E?) -> EntityPayload<E>? {
        guard let action = f.string("action"), let entity = read(&f) else { return nil }
        return EntityPayload(action: action, entity: entity)
    }

    private static func holder(_ f: inout PayloadFields) -> Holder? {
        guard let id = f.string("id"), let name = f.string("name"), let kind = f.named("kind", HolderKind.self),
              let commune = f.optional("commune", \.string), let email = f.optional("email", \.string),
              let phone = f.optional("phone", \.string), let tags = f.array("tags", \.string),
              let referredBy = f.optional("referred_by", \.string), let created = f.optional("created", \.day),
              let communeCode = f.optional("commune_code", \.string),
              let referent = f.optional("referent", \.string) else { return nil }
        return Holder(id: id, name: name, kind: kind, commune: commune, email: email, phone: phone, tags: tags,
                      referredBy: referredBy, created: created, communeCode: communeCode, referent: referent)
    }

    private static func project(_ f: inout PayloadFields) -> Project? {
        guard let id = f.string("id"), let holders = f.array("holders", \.string), let title = f.string("title"),
              let sectors = f.array("sectors", \.string), let commune = f.optional("commune", \.string),
              let legalForm = f.optional("legal_form", \.string), let stage = f.named("stage", Stage.self),
              let status = f.named("status", ProjectStatus.self), let created = f.day("created"),
              let stageHistory = f.array("stage_history", stageChange),
              let statusHistory = f.array("status_history", statusChange),
              let description = f.optional("description", \.string),
              let alreadyCreated = f.optional("already_created", \.bool),
              let communeCode = f.optional("commune_code", \.string) else { return nil }
        return Project(id: id, holders: holders, title: title, sectors: sectors, commune: commune, legalForm: legalForm,
                       stage: stage, status: status, created: created, stageHistory: stageHistory, statusHistory: statusHistory,
                       description: description, alreadyCreated: alreadyCreated, communeCode: communeCode)
    }

    private static func stageChange(_ value: PayloadValue) -> StageChange? {
        guard var f = value.members, let date = f.day("date"), let from = f.named("from", Stage.self),
              let to = f.named("to", Stage.self), let author = f.string("author"),
              let note = f.optional("note", \.string), f.allUsed else { return nil }
        return StageChange(date: date, from: from, to: to, author: author, note: note)
    }

    private static func statusChange(_ value: PayloadValue) -> StatusChange? {
        guard var f = value.members, let date = f.day("date"), let from = f.named("from", ProjectStatus.self),
              let to = f.named("to", ProjectStatus.self), let author = f.string("author"),
              let destination = f.optional("destination", \.string), let note = f.optional("note", \.string),
              f.allUsed else { return nil }
        return StatusChange(date: date, from: from, to: to, author: author, destination: destination, note: note)
    }

    private static func session(_ f: inout PayloadFields) -> Session? {
        guard let id = f.string("id"), let cohort = f.string("cohort"), let details = f.value("details").flatMap(sessionDetails),
              let status = f.named("status", SessionStatus.self),
              let templateIndex = f.optional("template_index", \.int) else { return nil }
        return Session(id: id, cohort: cohort, details: details, status: status, templateIndex: templateIndex)
    }

    private static func sessionDetails(_ value: PayloadValue) -> SessionDetails? {
        guard var f = value.members, let title = f.string("title"), let kind = f.named("kind", SessionKind.self),
              let date = f.day("date"), let time = f.optional("time", { $0.string.flatMap(ClockTime.init(parse:)) }),
              let duration = f.value("duration")?.int.map(TimeSpan.init(minutes:)),
              let venue = f.optional("venue", \.string), let remote = f.bool("remote"),
              let facilitators = f.array("facilitators", \.string), let holder = f.optional("holder", \.string),
              let place = f.optional("place", \.string), f.allUsed else { return nil }
        return SessionDetails(title: title, kind: kind, date: date, time: time, duration: duration, venue: venue,
                              remote: remote, facilitators: facilitators, holder: holder, place: place)
    }

    private static func note(_ f: inout PayloadFields) -> Note? {
        guard let id = f.string("id"), let target = f.value("target").flatMap(noteTarget), let text = f.string("text"),
              let author = f.string("author"), let time = f.value("time")?.isoDate, let date = f.day("date") else { return nil }
        return Note(id: id, target: target, text: text, author: author, time: time, date: date)
    }

    private static func noteTarget(_ value: PayloadValue) -> NoteTarget? {
        guard var f = value.members, let kind = f.string("kind"), let id = f.string("id"), f.allUsed else { return nil }
        switch kind {
        case "holder": return .holder(id)
        case "project": return .project(id)
        default: return nil
        }
    }
}

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
        // One hash of the type instead of comparing it with every case in turn.
        guard let kind = kinds[type],
              let members = payload.withUnsafeBytes({ PayloadScanner.object($0) }) else { return nil }
        var fields = Fields(members)
        let event: DomainEvent?
        switch kind {
        case .attendanceMarked: event = attendance(&fields).map(DomainEvent.attendanceMarked)
        case .attendanceCleared: event = attendance(&fields).map(DomainEvent.attendanceCleared)
        case .participationChanged: event = participation(&fields).map(DomainEvent.participationChanged)
        case .sessionHeld: event = sessionStatus(&fields).map(DomainEvent.sessionHeld)
        case .sessionCancelled: event = sessionStatus(&fields).map(DomainEvent.sessionCancelled)
        case .sessionReopened: event = sessionStatus(&fields).map(DomainEvent.sessionReopened)
        case .holderAdded: event = entity(&fields, holder).map(DomainEvent.holderAdded)
        case .projectCreated: event = entity(&fields, project).map(DomainEvent.projectCreated)
        case .sessionScheduled: event = entity(&fields, session).map(DomainEvent.sessionScheduled)
        case .noteAdded: event = entity(&fields, note).map(DomainEvent.noteAdded)
        case .stageChanged: event = stage(&fields).map(DomainEvent.stageChanged)
        }
        // A key the fast path does not know might mean something to the fallback.
        return fields.allUsed ? event : nil
    }

    /// The types the fast path reads, by their name in the log.
    private enum Kind {
        case attendanceMarked, attendanceCleared, participationChanged, sessionHeld, sessionCancelled, sessionReopened
        case holderAdded, projectCreated, sessionScheduled, noteAdded, stageChanged
    }

    private static let kinds: [String: Kind] = [
        "attendance.marked": .attendanceMarked, "attendance.cleared": .attendanceCleared,
        "participation.changed": .participationChanged, "session.held": .sessionHeld,
        "session.cancelled": .sessionCancelled, "session.reopened": .sessionReopened,
        "holder.added": .holderAdded, "project.created": .projectCreated,
        "session.scheduled": .sessionScheduled, "note.added": .noteAdded, "project.stage_changed": .stageChanged,
    ]

    // MARK: Payloads

    private static func attendance(_ f: inout Fields) -> AttendancePayload? {
        guard let action = f.string("action"), let session = f.string("session"), let holder = f.string("holder"),
              let mark = f.optional("mark", markValue), let previous = f.optional("previous", markValue) else { return nil }
        return .make(action: action, session: session, holder: holder, mark: mark, previous: previous)
    }

    private static func markValue(_ value: PayloadScanner.Value) -> MarkValue? {
        guard case .object(let members) = value else { return nil }
        var f = Fields(members)
        guard let mark = f.string("mark").flatMap(Mark.init(rawValue:)), let remote = f.bool("remote"),
              let remark = f.optional("remark", string), let author = f.string("author"),
              let time = f.string("time").flatMap(isoDate), f.allUsed else { return nil }
        return MarkValue(mark: mark, remote: remote, remark: remark, author: author, time: time)
    }

    private static func participation(_ f: inout Fields) -> ParticipationPayload? {
        guard let action = f.string("action"), let holder = f.string("holder"), let cohort = f.string("cohort"),
              let from = f.optional("from", { string($0).flatMap(ParticipationStatus.init(rawValue:)) }),
              let to = f.optional("to", { string($0).flatMap(ParticipationStatus.init(rawValue:)) }),
              let date = f.string("date").flatMap(Day.init(iso:)), let revert = f.optionalBool("revert") else { return nil }
        return .make(action: action, holder: holder, cohort: cohort, from: from, to: to, date: date, revert: revert)
    }

    private static func sessionStatus(_ f: inout Fields) -> SessionStatusPayload? {
        guard let action = f.string("action"), let session = f.string("session"),
              let from = f.string("from").flatMap(SessionStatus.init(rawValue:)),
              let to = f.string("to").flatMap(SessionStatus.init(rawValue:)) else { return nil }
        return .make(action: action, session: session, from: from, to: to)
    }

    private static func stage(_ f: inout Fields) -> StagePayload? {
        guard let action = f.string("action"), let project = f.string("project"),
              let from = f.string("from").flatMap(Stage.init(rawValue:)), let to = f.string("to").flatMap(Stage.init(rawValue:)),
              let date = f.string("date").flatMap(Day.init(iso:)), let note = f.optional("note", string),
              let revert = f.optionalBool("revert") else { return nil }
        return .make(action: action, project: project, from: from, to: to, date: date, note: note, revert: revert)
    }

    // Entities are written flat beside the action: {"action": …, "id": …, …}.
    private static func entity<E>(_ f: inout Fields, _ read: (inout Fields) -> E?) -> EntityPayload<E>? {
        guard let action = f.string("action"), let entity = read(&f) else { return nil }
        return EntityPayload(action: action, entity: entity)
    }

    private static func holder(_ f: inout Fields) -> Holder? {
        guard let id = f.string("id"), let name = f.string("name"), let kind = f.string("kind").flatMap(HolderKind.init(rawValue:)),
              let commune = f.optional("commune", string), let email = f.optional("email", string),
              let phone = f.optional("phone", string), let tags = f.array("tags", string),
              let referredBy = f.optional("referred_by", string) else { return nil }
        return Holder(id: id, name: name, kind: kind, commune: commune, email: email, phone: phone, tags: tags,
                      referredBy: referredBy)
    }

    private static func project(_ f: inout Fields) -> Project? {
        guard let id = f.string("id"), let holders = f.array("holders", string), let title = f.string("title"),
              let sectors = f.array("sectors", string), let commune = f.optional("commune", string),
              let legalForm = f.optional("legal_form", string), let stage = f.string("stage").flatMap(Stage.init(rawValue:)),
              let status = f.string("status").flatMap(ProjectStatus.init(rawValue:)),
              let created = f.string("created").flatMap(Day.init(iso:)),
              let stageHistory = f.array("stage_history", stageChange),
              let statusHistory = f.array("status_history", statusChange) else { return nil }
        return Project(id: id, holders: holders, title: title, sectors: sectors, commune: commune, legalForm: legalForm,
                       stage: stage, status: status, created: created, stageHistory: stageHistory, statusHistory: statusHistory)
    }

    private static func stageChange(_ value: PayloadScanner.Value) -> StageChange? {
        guard case .object(let members) = value else { return nil }
        var f = Fields(members)
        guard let date = f.string("date").flatMap(Day.init(iso:)), let from = f.string("from").flatMap(Stage.init(rawValue:)),
              let to = f.string("to").flatMap(Stage.init(rawValue:)), let author = f.string("author"),
              let note = f.optional("note", string), f.allUsed else { return nil }
        return StageChange.make(date: date, from: from, to: to, author: author, note: note)
    }

    private static func statusChange(_ value: PayloadScanner.Value) -> StatusChange? {
        guard case .object(let members) = value else { return nil }
        var f = Fields(members)
        guard let date = f.string("date").flatMap(Day.init(iso:)),
              let from = f.string("from").flatMap(ProjectStatus.init(rawValue:)),
              let to = f.string("to").flatMap(ProjectStatus.init(rawValue:)), let author = f.string("author"),
              let destination = f.optional("destination", string), let note = f.optional("note", string),
              f.allUsed else { return nil }
        return StatusChange.make(date: date, from: from, to: to, author: author, destination: destination, note: note)
    }

    private static func session(_ f: inout Fields) -> Session? {
        guard let id = f.string("id"), let cohort = f.string("cohort"), let details = f.value("details").flatMap(sessionDetails),
              let status = f.string("status").flatMap(SessionStatus.init(rawValue:)),
              let templateIndex = f.optional("template_index", int) else { return nil }
        return Session(id: id, cohort: cohort, details: details, status: status, templateIndex: templateIndex)
    }

    private static func sessionDetails(_ value: PayloadScanner.Value) -> SessionDetails? {
        guard case .object(let members) = value else { return nil }
        var f = Fields(members)
        guard let title = f.string("title"), let kind = f.string("kind").flatMap(SessionKind.init(rawValue:)),
              let date = f.string("date").flatMap(Day.init(iso:)),
              let time = f.optional("time", { string($0).flatMap(ClockTime.init(parse:)) }),
              let duration = f.value("duration").flatMap(int).map(TimeSpan.init(minutes:)),
              let venue = f.optional("venue", string), let remote = f.bool("remote"),
              let facilitators = f.array("facilitators", string), let holder = f.optional("holder", string),
              f.allUsed else { return nil }
        return SessionDetails(title: title, kind: kind, date: date, time: time, duration: duration, venue: venue,
                              remote: remote, facilitators: facilitators, holder: holder)
    }

    private static func note(_ f: inout Fields) -> Note? {
        guard let id = f.string("id"), let target = f.value("target").flatMap(noteTarget), let text = f.string("text"),
              let author = f.string("author"), let time = f.string("time").flatMap(isoDate),
              let date = f.string("date").flatMap(Day.init(iso:)) else { return nil }
        return Note(id: id, target: target, text: text, author: author, time: time, date: date)
    }

    private static func noteTarget(_ value: PayloadScanner.Value) -> NoteTarget? {
        guard case .object(let members) = value else { return nil }
        var f = Fields(members)
        guard let kind = f.string("kind"), let id = f.string("id"), f.allUsed else { return nil }
        switch kind {
        case "holder": return .holder(id)
        case "project": return .project(id)
        default: return nil
        }
    }

    private static func int(_ value: PayloadScanner.Value) -> Int? {
        if case .int(let n) = value { return n }
        return nil
    }

    private static func string(_ value: PayloadScanner.Value) -> String? {
        if case .string(let s) = value { return s }
        return nil
    }

    /// `JSONEncoder`'s `.iso8601`: `YYYY-MM-DDTHH:MM:SSZ`, whole seconds, UTC. Any other
    /// layout goes to the fallback.
    static func isoDate(_ text: String) -> Date? {
        var utf8 = text.utf8.makeIterator()
        var digits: [Int] = []
        var count = 0
        var number = 0
        let layout = Array("dddd-dd-ddTdd:dd:ddZ".utf8)
        guard text.utf8.count == layout.count else { return nil }
        for expected in layout {
            guard let byte = utf8.next() else { return nil }
            if expected == UInt8(ascii: "d") {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                number = number * 10 + Int(byte - UInt8(ascii: "0"))
                count += 1
            } else {
                guard byte == expected else { return nil }
                digits.append(number)
                number = 0
                count = 0
            }
        }
        // digits: year, month, day, hour, minute, second
        guard digits.count == 6, let day = Day(year: digits[0], month: digits[1], day: digits[2]),
              digits[3] < 24, digits[4] < 60, digits[5] < 60 else { return nil }
        let epoch = Day(year: 1970, month: 1, day: 1)!
        let seconds = epoch.days(to: day) * 86_400 + digits[3] * 3600 + digits[4] * 60 + digits[5]
        return Date(timeIntervalSince1970: Double(seconds))
    }

    /// The members of one object, each to be read once; what is left unread is unknown.
    private struct Fields {
        private var members: [(key: String, value: PayloadScanner.Value)]
        private var used = 0

        init(_ members: [(key: String, value: PayloadScanner.Value)]) { self.members = members }

        var allUsed: Bool { used == members.count }

        private mutating func take(_ key: String) -> PayloadScanner.Value? {
            guard let i = members.firstIndex(where: { $0.key == key }) else { return nil }
            used += 1
            return members[i].value
        }

        mutating func string(_ key: String) -> String? {
            take(key).flatMap(FastPayloadDecoder.string)
        }

        mutating func value(_ key: String) -> PayloadScanner.Value? { take(key) }

        /// An array whose every item reads; nil when missing, null or unreadable.
        mutating func array<T>(_ key: String, _ read: (PayloadScanner.Value) -> T?) -> [T]? {
            guard case .array(let items)? = take(key) else { return nil }
            var out: [T] = []
            out.reserveCapacity(items.count)
            for item in items {
                guard let value = read(item) else { return nil }
                out.append(value)
            }
            return out
        }

        mutating func bool(_ key: String) -> Bool? {
            if case .bool(let b)? = take(key) { return b }
            return nil
        }

        /// A missing or false `revert` reads as false, as the domain's decoder does.
        mutating func optionalBool(_ key: String) -> Bool? {
            switch take(key) {
            case nil, .null?: return false
            case .bool(let b)?: return b
            default: return nil
            }
        }

        /// Outer nil: unreadable. Inner nil: absent or null.
        mutating func optional<T>(_ key: String, _ read: (PayloadScanner.Value) -> T?) -> T?? {
            switch take(key) {
            case nil, .null?: return .some(nil)
            case let value?: return read(value).map { .some($0) }
            }
        }
    }
}

import Foundation
import ParcoursDomain

/// One conflicting change as both interfaces show it: what, both values, both sides.
public struct ConflictEntry: Sendable, Codable, Equatable {
    /// One side of a conflict: who, from which installation, when.
    public struct Side: Sendable, Codable, Equatable {
        public var value: String
        public var label: String
        public var author: String?
        public var writer: String?
        public var time: Date?
        public var event: String?
    }

    /// `attendance`, `stage`, `status`, `participation`, `cohort_status`, `session_status`, `session_details`,
    /// or `holder_field`, `project_field`, `programme_field`, `cohort_field`, `organisation_field` (with `field`).
    public var kind: String
    /// The session, project or cohort concerned.
    public var entity: String
    public var holder: String?
    /// The field, for an edit (its name in the log).
    public var field: String?
    /// What was changed twice, in words ("Léa Martin at Atelier 1").
    public var subject: String
    /// The value in force: the later change in merge order.
    public var kept: Side
    /// The concurrent value it replaced.
    public var overwritten: Side
}

/// Turns the fold's `Conflict`s into entries and sentences, with names instead of ids.
public enum ConflictListing {
    /// The conflicts of the workspace's state; the overwritten sides are read back from
    /// the logs.
    public static func entries(_ workspace: Workspace, language: Language) throws -> [ConflictEntry] {
        try workspace.state.conflicts.map { conflict in
            entry(conflict, loser: try conflict.loser.flatMap(workspace.event(at:))?.meta, workspace.state, language)
        }
    }

    static func entry(_ conflict: Conflict, loser: EventMeta?, _ state: State, _ l: Language) -> ConflictEntry {
        let s = conflict.subject
        func side(_ value: ConflictValue, _ meta: EventMeta?) -> ConflictEntry.Side {
            ConflictEntry.Side(value: id(value), label: label(value, l), author: meta?.author, writer: meta?.writer,
                               time: meta?.time, event: meta?.id)
        }
        return ConflictEntry(kind: s.kind.rawValue, entity: s.entity, holder: s.holder, field: s.field,
                             subject: subject(s, state, l),
                             kept: side(conflict.kept, conflict.winner),
                             overwritten: side(conflict.overwritten, loser))
    }

    /// One sentence per conflict.
    public static func text(_ entry: ConflictEntry, language l: Language) -> String {
        let fr = l == .fr
        func who(_ side: ConflictEntry.Side) -> String {
            guard let author = side.author else { return fr ? "à la création" : "at creation" }
            let writer = side.writer.map { String($0.prefix(8)) } ?? "?"
            let time = side.time.map(timeText) ?? ""
            return fr ? "\(author) (rédacteur \(writer), \(time))" : "\(author) (writer \(writer), \(time))"
        }
        return fr
            ? "\(entry.subject) : « \(entry.kept.label) » par \(who(entry.kept)) a remplacé « \(entry.overwritten.label) » par \(who(entry.overwritten)) sans l’avoir vu ; « \(entry.kept.label) » est retenu (plus tardif dans l’ordre de fusion)."
            : "\(entry.subject): “\(entry.kept.label)” by \(who(entry.kept)) replaced “\(entry.overwritten.label)” by \(who(entry.overwritten)) without seeing it; “\(entry.kept.label)” is kept (later in merge order)."
    }

    package static func timeText(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate, .withTime, .withColonSeparatorInTime, .withDashSeparatorInDate,
                                   .withSpaceBetweenDateAndTime]
        formatter.timeZone = .current
        return formatter.string(from: date)
    }

    static func subject(_ s: ConflictSubject, _ state: State, _ l: Language) -> String {
        let fr = l == .fr
        let holder = s.holder.map { state.holders[$0]?.name ?? $0 } ?? ""
        switch s.kind {
        case .attendance:
            let session = state.sessions[s.entity].map { "\($0.title) (\($0.date))" } ?? s.entity
            return fr ? "Présence de \(holder) à \(session)" : "Attendance of \(holder) at \(session)"
        case .stage:
            let project = state.projects[s.entity]?.title ?? s.entity
            return fr ? "Étape de \(project)" : "Stage of \(project)"
        case .status:
            let project = state.projects[s.entity]?.title ?? s.entity
            return fr ? "Statut de \(project)" : "Status of \(project)"
        case .participation:
            let cohort = state.cohorts[s.entity]?.name ?? s.entity
            return fr ? "Participation de \(holder) à \(cohort)" : "Participation of \(holder) in \(cohort)"
        case .cohortStatus:
            let cohort = state.cohorts[s.entity]?.name ?? s.entity
            return fr ? "Statut de la promotion \(cohort)" : "Status of cohort \(cohort)"
        case .sessionStatus:
            let session = state.sessions[s.entity].map { "\($0.title) (\($0.date))" } ?? s.entity
            return fr ? "Statut de la séance \(session)" : "Status of session \(session)"
        case .sessionDetails:
            let session = state.sessions[s.entity]?.title ?? s.entity
            return fr ? "Détails de la séance \(session)" : "Details of session \(session)"
        case .holderField, .projectField, .programmeField, .cohortField, .organisationField:
            let (kind, name): (EntityKind, String) = switch s.kind {
            case .holderField: (.holder, state.holders[s.entity]?.name ?? s.entity)
            case .projectField: (.project, state.projects[s.entity]?.title ?? s.entity)
            case .programmeField: (.programme, state.programmes[s.entity]?.name ?? s.entity)
            case .cohortField: (.cohort, state.cohorts[s.entity]?.name ?? s.entity)
            default: (.organisation, state.organisations[s.entity]?.name ?? s.entity)
            }
            let field = Catalog.fieldLabel(s.field ?? "", of: kind, l)
            return fr ? "Champ « \(field) » de \(Catalog.label(kind, .fr)) \(name)"
                      : "Field “\(field)” of \(Catalog.label(kind, .en)) \(name)"
        case .followUpPlan:
            let programme = state.programmes[s.entity]?.name ?? s.entity
            return fr ? "Suivis prévus de \(programme)" : "Follow-up waves of \(programme)"
        case .followUp:
            let project = state.projects[s.entity]?.title ?? s.entity
            return fr ? "Suivi \(s.field ?? "") de \(project)" : "Follow-up \(s.field ?? "") of \(project)"
        case .milestone:
            let project = state.projects[s.entity]?.title ?? s.entity
            let milestone = StandardMilestone(rawValue: s.field ?? "").map { Catalog.label($0, l) }
                ?? state.programmeMilestones.values.joined().first { $0.id == s.field }?.title ?? s.field ?? ""
            return fr ? "Jalon « \(milestone) » de \(project)" : "Milestone “\(milestone)” of \(project)"
        case .need:
            let need = state.needs[s.entity]
            let project = need.flatMap { state.projects[$0.project]?.title } ?? s.entity
            let kind = need.map { Catalog.label($0.kind, l) } ?? ""
            return fr ? "Besoin (\(kind)) de \(project)" : "Need (\(kind)) of \(project)"
        case .funding:
            let target = state.cohorts[s.entity]?.name ?? state.programmes[s.entity]?.name ?? s.entity
            return fr ? "Financement de \(target)" : "Funding of \(target)"
        }
    }

    /// The value's ASCII id, for JSON.
    static func id(_ value: ConflictValue) -> String {
        switch value {
        case .mark(let mark): mark.map { $0.mark.rawValue + ($0.remote ? "+remote" : "") } ?? "none"
        case .stage(let stage): stage.rawValue
        case .status(let status): status.rawValue
        case .participation(let status): status?.rawValue ?? "none"
        case .cohortStatus(let status): status.rawValue
        case .sessionStatus(let status): status.rawValue
        case .sessionDetails(let details): detailsText(details)
        case .field(let value): value ?? "none"
        }
    }

    static func label(_ value: ConflictValue, _ l: Language) -> String {
        let none = l == .fr ? "aucune" : "none"
        switch value {
        case .mark(let mark):
            guard let mark else { return l == .fr ? "aucune marque" : "no mark" }
            return Catalog.label(mark.mark, l) + (mark.remote ? ", " + Catalog.label(AttendanceMode.remote, l) : "")
        case .stage(let stage): return Catalog.label(stage, l)
        case .status(let status): return Catalog.label(status, l)
        case .participation(let status): return status.map { Catalog.label($0, l) } ?? none
        case .cohortStatus(let status): return Catalog.label(status, l)
        case .sessionStatus(let status): return Catalog.label(status, l)
        case .sessionDetails(let details): return detailsText(details)
        case .field(let value): return value ?? (l == .fr ? "(vide)" : "(empty)")
        }
    }

    static func detailsText(_ d: SessionDetails) -> String {
        var text = "\(d.title), \(d.date)"
        if let time = d.time { text += " \(time)" }
        if let venue = d.venue { text += ", \(venue)" }
        return text
    }
}

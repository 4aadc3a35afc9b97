import Foundation
import ParcoursDomain

/// What `show` prints for one entity; the same facts the interface's files show.
/// Field names are the JSON contract of `show --json`.
public enum Details {
    public struct NoteLine: Codable, Hashable, Sendable {
        public var date: String
        public var author: String
        public var text: String
    }

    public struct StageLine: Codable, Hashable, Sendable {
        public var date: String
        public var from: String
        public var to: String
        public var author: String
        public var note: String?
    }

    /// One correction of an entity: when, by whom, what changed from what.
    public struct ChangeLine: Codable, Hashable, Sendable {
        public var date: String
        public var author: String
        public var text: String
    }

    /// One move of a participation, with its reason.
    public struct ParticipationChangeLine: Codable, Hashable, Sendable {
        public var date: String
        public var from: String?
        public var to: String
        public var author: String
        public var reason: String?
    }

    public struct StatusLine: Codable, Hashable, Sendable {
        public var date: String
        public var from: String
        public var to: String
        public var author: String
        public var destination: String?
        public var note: String?
    }

    public struct ProjectDetail: Codable, Hashable, Sendable {
        public var kind = "project"
        public var id: String
        public var title: String
        public var holders: [String]
        public var stage: String
        public var status: String
        public var stageSince: String
        public var sectors: [String]
        public var commune: String?
        public var legalForm: String?
        public var stageHistory: [StageLine]
        public var statusHistory: [StatusLine]
        public var notes: [NoteLine]
        public var description: String?
        public var alreadyCreated: Bool?
        /// Corrections (edits), oldest first.
        public var changes: [ChangeLine] = []
        /// The idea it was adopted from, with that idea's history (nil when it was not).
        public var idea: IdeaDetail?
        /// The legal form's changes, milestones reached, needs, follow-ups after the programme.
        public var legalForms: [LegalFormLine] = []
        public var milestones: [MilestoneLine] = []
        public var needs: [Listing.NeedRow] = []
        public var followUps: [FollowUpLine] = []
    }

    public struct LegalFormLine: Codable, Hashable, Sendable {
        public var date: String
        public var from: String?
        public var to: String?
        public var author: String
    }

    public struct MilestoneLine: Codable, Hashable, Sendable {
        /// A standard milestone's id, or a programme's own milestone's id.
        public var id: String
        /// A programme's own milestone's title.
        public var title: String?
        public var date: String
    }

    public struct FollowUpLine: Codable, Hashable, Sendable {
        public var wave: String
        public var waveMonths: Int
        public var activity: String
        public var jobsCreated: Int?
        public var jobsKept: Int?
        public var structure: String?
        public var date: String
        public var note: String?
        public var author: String
    }

    public struct MarkLine: Codable, Hashable, Sendable {
        public var session: String
        public var date: String
        public var cohort: String
        public var mark: String
        public var remote: Bool
        public var remark: String?
    }

    public struct ParticipationLine: Codable, Hashable, Sendable {
        public var cohort: String
        public var programme: String
        public var status: String
        public var history: [ParticipationChangeLine] = []
    }

    public struct HolderDetail: Codable, Hashable, Sendable {
        public var kind = "holder"
        public var id: String
        public var name: String
        public var holderKind: String
        public var commune: String?
        public var email: String?
        public var phone: String?
        public var tags: [String]
        public var referredBy: String?
        public var projects: [ProjectDetail]
        public var participations: [ParticipationLine]
        public var attendance: [MarkLine]
        public var notes: [NoteLine]
        /// Consents by scope (`obstacles`, `profile`) with their day, and the sensitive
        /// data recorded under them.
        public var consents: [String: String] = [:]
        public var obstacles: [String] = []
        public var profile: [String] = []
        /// The day they were recorded (nil for older logs).
        public var created: String?
        /// Corrections (edits, a duplicate merged in), oldest first.
        public var changes: [ChangeLine] = []
        /// Their applications to calls, with each checklist.
        public var applications: [ApplicationLine] = []
        /// Their referent: a person of the directory.
        public var referent: String? = nil
    }

    public struct CohortDetail: Codable, Hashable, Sendable {
        public var kind = "cohort"
        public var cohort: Listing.CohortRow
        public var staff: [StaffLine]
        public var participants: [ParticipantLine]
        public var sessions: [Listing.SessionRow]
        public var changes: [ChangeLine] = []
    }

    public struct ParticipantLine: Codable, Hashable, Sendable {
        public var id: String
        public var name: String
        public var status: String
        public var project: String?
        public var stage: String?
    }

    public struct ProgrammeDetail: Codable, Hashable, Sendable {
        public var kind = "programme"
        public var programme: Listing.ProgrammeRow
        public var targetPublic: String?
        public var partners: [PartnerLine]
        /// The areas it serves in words ("Ardèche (07)"), from the geographic code.
        public var territory: [String]
        public var template: [WorkshopLine]
        public var cohorts: [Listing.CohortRow]
        /// Corrections of the programme and of its template, oldest first.
        public var changes: [ChangeLine] = []
    }

    /// A partner of a programme and its role id (`financeur`, `prescripteur`…, or the text
    /// written before the list).
    public struct PartnerLine: Codable, Hashable, Sendable {
        public var name: String
        public var role: String
    }

    /// An organisation: its contacts, the programmes it runs or is a partner of, and the
    /// holders it referred.
    public struct OrganisationDetail: Codable, Hashable, Sendable {
        public var kind = "organisation"
        public var organisation: Listing.OrganisationRow
        public var contacts: [Listing.ContactRow]
        public var programmes: [OrganisationRoleLine]
        /// Holders it referred (as prescriber).
        public var referred: Int
        public var changes: [ChangeLine] = []
    }

    /// A programme an organisation takes part in: `operator` or a partner role id.
    public struct OrganisationRoleLine: Codable, Hashable, Sendable {
        public var programme: String
        public var role: String
    }

    public struct WorkshopLine: Codable, Hashable, Sendable {
        public var position: Int
        public var title: String
        public var kind: String
        public var durationMinutes: Int?
        public var by: String?
        public var objectives: String?
    }

    public struct SessionDetail: Codable, Hashable, Sendable {
        public var kind = "session"
        public var session: Listing.SessionRow
        public var marks: [SessionMarkLine]
    }

    /// A cohort's staff member: a name and a role id (`coordinator`, `temoin`…).
    public struct StaffLine: Codable, Hashable, Sendable {
        public var name: String
        public var role: String
    }

    public struct SessionMarkLine: Codable, Hashable, Sendable {
        public var holder: String
        public var mark: String?
        public var remote: Bool
        public var remark: String?
    }

    public static func project(_ state: State, _ p: Project) -> ProjectDetail {
        // Where a project went: an organisation (oriented, integrated) or, merged, a project.
        let name = { (id: EntityID?) in id.flatMap { state.organisations[$0]?.name ?? state.projects[$0]?.title } }
        return ProjectDetail(
            id: p.id, title: p.title, holders: p.holders.compactMap { state.holders[$0]?.name },
            stage: p.stage.rawValue, status: p.status.rawValue, stageSince: p.stageSince.iso, sectors: p.sectors,
            commune: p.commune, legalForm: p.legalForm,
            stageHistory: p.stageHistory.map {
                StageLine(date: $0.date.iso, from: $0.from.rawValue, to: $0.to.rawValue, author: $0.author, note: $0.note)
            },
            statusHistory: p.statusHistory.map {
                StatusLine(date: $0.date.iso, from: $0.from.rawValue, to: $0.to.rawValue, author: $0.author,
                           destination: name($0.destination), note: $0.note)
            },
            notes: notes(state, .project(p.id)), description: p.description, alreadyCreated: p.alreadyCreated,
            idea: state.idea(ofProject: p.id).map { idea(state, $0) },
            legalForms: (state.legalFormHistory[p.id] ?? []).map {
                LegalFormLine(date: $0.date.iso, from: $0.from, to: $0.to, author: $0.author)
            },
            milestones: milestoneLines(state, p),
            needs: Listing.needs(state).filter { $0.projectId == p.id },
            followUps: (state.followUps[p.id] ?? []).map {
                FollowUpLine(wave: FollowUpWave.id($0.wave), waveMonths: $0.wave, activity: $0.activity.rawValue, jobsCreated: $0.jobsCreated,
                             jobsKept: $0.jobsKept, structure: $0.structure, date: $0.date.iso, note: $0.note, author: $0.author)
            })
    }

    /// A project's milestones reached: the standard ones in their order, then its
    /// programmes' own by day.
    static func milestoneLines(_ state: State, _ p: Project) -> [MilestoneLine] {
        let reached = state.milestones[p.id] ?? [:]
        let standard = StandardMilestone.allCases.compactMap { m in
            reached[m.rawValue].map { MilestoneLine(id: m.rawValue, title: nil, date: $0.iso) }
        }
        let titles = Dictionary(state.programmeMilestones.values.joined().map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
        let own = reached.filter { StandardMilestone(rawValue: $0.key) == nil }.sorted { ($0.value, $0.key) < ($1.value, $1.key) }
            .map { MilestoneLine(id: $0.key, title: titles[$0.key], date: $0.value.iso) }
        return standard + own
    }

    public static func holder(_ state: State, _ h: Holder) -> HolderDetail {
        var attendance: [MarkLine] = []
        for session in state.sessions.values.sorted(by: { ($0.date, $0.id) < ($1.date, $1.id) }) {
            guard let value = state.mark(session: session.id, holder: h.id) else { continue }
            attendance.append(MarkLine(session: session.title, date: session.date.iso,
                                       cohort: state.cohorts[session.cohort]?.name ?? session.cohort,
                                       mark: value.mark.rawValue, remote: value.remote, remark: value.remark))
        }
        return HolderDetail(
            id: h.id, name: h.name, holderKind: h.kind.rawValue, commune: h.commune, email: h.email, phone: h.phone,
            tags: h.tags, referredBy: h.referredBy.flatMap { state.organisations[$0]?.name },
            projects: state.projects(holder: h.id).map { project(state, $0) },
            participations: state.participations(holder: h.id).map { p in
                let cohort = state.cohorts[p.cohort]
                return ParticipationLine(cohort: cohort?.name ?? p.cohort,
                                         programme: cohort.flatMap { state.programmes[$0.programme]?.name } ?? "",
                                         status: p.status.rawValue,
                                         history: p.history.map {
                                             ParticipationChangeLine(date: $0.date.iso, from: $0.from?.rawValue, to: $0.to.rawValue,
                                                                     author: $0.author, reason: $0.reason)
                                         })
            },
            attendance: attendance, notes: notes(state, .holder(h.id)),
            consents: Dictionary(uniqueKeysWithValues: (state.sensitive[h.id]?.consents ?? [:]).map { ($0.key.rawValue, $0.value.iso) }),
            obstacles: (state.sensitive[h.id]?.obstacles ?? []).map(\.rawValue),
            profile: (state.sensitive[h.id]?.profile ?? []).map(\.rawValue), created: h.created?.iso,
            applications: applications(state, holder: h.id),
            referent: h.referent.map(state.personName))
    }

    public static func cohort(_ state: State, _ c: Cohort) -> CohortDetail {
        CohortDetail(
            cohort: Listing.cohortRow(state, c),
            staff: c.staff.map { StaffLine(name: state.staffName($0), role: $0.role.rawValue) },
            participants: state.participations(cohort: c.id).map { p in
                let project = state.projects(holder: p.holder).first
                return ParticipantLine(id: p.holder, name: state.holders[p.holder]?.name ?? p.holder,
                                       status: p.status.rawValue, project: project?.title, stage: project?.stage.rawValue)
            },
            sessions: Listing.sessions(state, cohort: c.id))
    }

    /// `geography` names the areas of its territory (only read when it has one).
    public static func programme(_ state: State, _ p: Programme,
                                 geography: @autoclosure () -> Geography = Workspace.geography) -> ProgrammeDetail {
        let areas = (p.territory ?? []).isEmpty ? Geography.none : geography()
        return ProgrammeDetail(
            programme: Listing.programmes(state).first { $0.id == p.id }!,
            targetPublic: p.targetPublic,
            partners: p.partners.map { PartnerLine(name: state.organisations[$0.organisation]?.name ?? $0.organisation, role: $0.role) },
            territory: (p.territory ?? []).map { Catalog.territory([$0], areas) },
            template: p.template.enumerated().map { index, w in
                WorkshopLine(position: index + 1, title: w.title, kind: w.kind.rawValue, durationMinutes: w.duration?.minutes,
                             by: w.facilitator.flatMap { state.organisations[$0]?.name }, objectives: w.objectives)
            },
            cohorts: Listing.cohorts(state, programme: p.id))
    }

    public static func organisation(_ state: State, _ o: Organisation, today: Day) -> OrganisationDetail {
        var roles: [OrganisationRoleLine] = []
        for p in state.programmes.values.sorted(by: { ($0.name, $0.id) < ($1.name, $1.id) }) {
            if p.operators.contains(o.id) { roles.append(OrganisationRoleLine(programme: p.name, role: "operator")) }
            for partner in p.partners where partner.organisation == o.id {
                roles.append(OrganisationRoleLine(programme: p.name, role: partner.role))
            }
        }
        return OrganisationDetail(organisation: Listing.organisationRow(o),
                                  contacts: Listing.contacts(state, organisation: o.id, today: today), programmes: roles,
                                  referred: state.holders.values.filter { $0.referredBy == o.id }.count)
    }

    public static func session(_ state: State, _ s: Session) -> SessionDetail {
        SessionDetail(
            session: Listing.sessions(state, cohort: s.cohort).first { $0.id == s.id }!,
            marks: state.expectedHolders(session: s).map { h in
                let value = state.mark(session: s.id, holder: h.id)
                return SessionMarkLine(holder: h.name, mark: value?.mark.rawValue, remote: value?.remote ?? false,
                                       remark: value?.remark)
            })
    }

    /// The corrections of an entity, read back from the logs: its edits (with a
    /// programme's template corrections, a holder's merged duplicates), one line per
    /// field changed, with the day and the author.
    public static func changes(_ workspace: Workspace, of id: EntityID, language: Language) throws -> [ChangeLine] {
        let state = workspace.state
        return try workspace.journal(concerning: [id]).flatMap { recorded -> [ChangeLine] in
            guard isCorrection(recorded.event, of: id) else { return [] }
            let day = Day.local(recorded.meta.time).iso
            return Catalog.changeLines(recorded.event, in: state, language: language, geography: { Workspace.geography }).map {
                ChangeLine(date: day, author: recorded.meta.author, text: $0)
            }
        }
    }

    static func isCorrection(_ event: DomainEvent, of id: EntityID) -> Bool {
        switch event {
        case .holderEdited(let p): p.id == id
        case .projectEdited(let p): p.id == id
        case .programmeEdited(let p): p.id == id
        case .cohortEdited(let p): p.id == id
        case .organisationEdited(let p): p.id == id
        case .workshopEdited(let p): p.programme == id
        case .workshopMoved(let p): p.programme == id
        case .holderMerged(let p): p.keep == id
        case .personEdited(let p): p.id == id
        case .venueEdited(let p): p.id == id
        default: false
        }
    }

    static func notes(_ state: State, _ target: NoteTarget) -> [NoteLine] {
        state.notes(about: target).map { NoteLine(date: $0.date.iso, author: $0.author, text: $0.text) }
    }
}

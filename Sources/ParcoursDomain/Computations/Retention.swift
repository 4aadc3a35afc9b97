/// How long personal data is kept after the last contact with a person (RGPD art. 5,
/// storage limitation). The default follows the CNIL's reference for social support
/// ("référentiel relatif aux traitements de données à caractère personnel mis en œuvre
/// dans le cadre de l'accueil, l'hébergement et l'accompagnement social et médico-social",
/// délibération n° 2021-028 of 11 March 2021, and its retention reference of 2023):
/// two years from the last contact with the person accompanied. A structure may set
/// another period (`retention.set`), e.g. for a funder's audit obligations.
public enum Retention {
    public static let defaultMonths = 24

    /// One person whose data has outlived the period.
    public struct Candidate: Hashable, Sendable {
        public var holder: Holder
        /// The last day anything happened with them: a participation change, a session
        /// they were marked at, a note, a change to one of their projects.
        public var lastContact: Day
    }

    /// The day `months` before `day` (the same day of the month, or the month's last).
    public static func day(_ day: Day, minusMonths months: Int) -> Day {
        day.adding(months: -months)
    }
}

extension State {
    /// The retention period in force, in months.
    public var retentionMonths: Int { settings.retentionMonths ?? Retention.defaultMonths }

    /// The last contact with a holder (nil when nothing dated is known about them).
    public func lastContact(holder: EntityID) -> Day? {
        var days: [Day] = []
        for participation in participations(holder: holder) { days += participation.history.map(\.date) }
        for (session, byHolder) in marks where byHolder[holder] != nil {
            if let day = sessions[session]?.date { days.append(day) }
        }
        for note in notes(about: .holder(holder)) { days.append(note.date) }
        for project in projects(holder: holder) {
            days.append(project.created)
            days += project.stageHistory.map(\.date) + project.statusHistory.map(\.date)
            days += notes(about: .project(project.id)).map(\.date)
            // Reaching someone after the programme is a contact (an unanswered call is not);
            // a milestone, a need, a legal form recorded are changes to their project.
            days += (followUps[project.id] ?? []).filter { $0.activity != .injoignable }.map(\.date)
            days += (milestones[project.id] ?? [:]).values
            days += needs.values.filter { $0.project == project.id }.flatMap { [$0.opened] + ($0.resolved.map { [$0] } ?? []) }
            days += (legalFormHistory[project.id] ?? []).map(\.date)
        }
        return days.max()
    }

    /// The people to anonymise: not erased yet, taking part in no cohort now (every
    /// participation ended, refused or never begun), last contact before `today` minus
    /// `months`. Oldest contact first.
    public func retentionCandidates(months: Int, today: Day) -> [Retention.Candidate] {
        let cutoff = Retention.day(today, minusMonths: months)
        let ongoing: Set<ParticipationStatus> = [.candidat, .retenu, .inscrit, .enCours]
        return holders.values.compactMap { holder -> Retention.Candidate? in
            guard erasures.holders[holder.id] == nil,
                  !participations(holder: holder.id).contains(where: { ongoing.contains($0.status) }),
                  let last = lastContact(holder: holder.id), last < cutoff else { return nil }
            return Retention.Candidate(holder: holder, lastContact: last)
        }.sorted { ($0.lastContact, $0.holder.id) < ($1.lastContact, $1.holder.id) }
    }
}

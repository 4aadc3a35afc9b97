/// The kinds of things a facilitator refers to, for references and messages.
public enum EntityKind: String, CaseIterable, Sendable, Codable {
    case organisation, programme, cohort, holder, project, session, workshop, note, staff
    case questionnaire, question
    case juryMember = "jury_member"
    /// A holder or a project (the target of a note).
    case holderOrProject = "holder_or_project"
    case openEvent = "open_event"
    case idea, call, criterion
    /// A milestone of a project's path (standard, or a programme's own).
    case milestone
    /// A programme or one of its cohorts (where an open event belongs, what funding is
    /// recorded for).
    case programmeOrCohort = "programme_or_cohort"
    /// A person at an organisation.
    case contact
    /// A person of the people directory (a facilitator, a referent), a venue of the venue directory.
    case person, venue
}

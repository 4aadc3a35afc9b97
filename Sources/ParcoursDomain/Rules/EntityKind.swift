/// The kinds of things a facilitator refers to, for references and messages.
public enum EntityKind: String, CaseIterable, Sendable, Codable {
    case organisation, programme, cohort, holder, project, session, workshop, note, staff
    case questionnaire, question
    case juryMember = "jury_member"
    /// A holder or a project (the target of a note).
    case holderOrProject = "holder_or_project"
    case idea, call, criterion
    /// A milestone of a project's path (standard, or a programme's own).
    case milestone
    /// A programme or a cohort (what funding is recorded for).
    case programmeOrCohort = "programme_or_cohort"
    /// A person at an organisation.
    case contact
}

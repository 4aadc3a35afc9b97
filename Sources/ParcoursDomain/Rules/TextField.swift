/// A piece of text a person types (a name, a title, a note…), for the rules every such
/// text follows (`InputRules`) and for messages that say which one was refused.
public enum TextField: String, CaseIterable, Sendable, Hashable, Codable {
    case holderName, projectTitle, programmeName, cohortName, organisationName
    case workshopTitle, sessionTitle, staffName
    case commune, email, phone, tag, sector, role, venue, targetPublic, legalForm
    /// Why a correction was made (a holder removed, a participation changed or removed,
    /// a transfer): one line, kept in the event.
    case reason
    /// Who makes a change: `$PARCOURS_AUTHOR` (else the login name), or the interface's author.
    case author
    case note, remark, objectives, description
    /// A legal structure's name, given with a follow-up ("SCIC Les Collines").
    case structureName
    /// A programme's own milestone.
    case milestoneTitle
    /// Evaluations: a questionnaire's title, a question's label, one of its choices, a
    /// jury member's name (one line); a free-text answer and a jury's comment (multi-line).
    case questionnaireTitle, questionLabel, choice, juryMember, answer, comment
    /// Open events: an event's title; a free audience category's name (one line).
    case eventTitle, audience
    /// Ideas and calls: an idea's title, where a need or a call comes from, the need in
    /// words (multi-line), a call's title and one of its criteria.
    case ideaTitle, source, need, callTitle, criterion

    /// Notes, remarks and descriptions keep their line breaks and may be long; names and
    /// titles are one line.
    public var isMultiline: Bool {
        switch self {
        case .note, .remark, .objectives, .description, .answer, .comment, .need: true
        default: false
        }
    }

    /// The most characters (Unicode scalars) the text may have.
    public var limit: Int { isMultiline ? InputRules.textLimit : InputRules.nameLimit }
}

/// A fact carrying a day a person gives, which cannot be later than today.
public enum DatedFact: String, CaseIterable, Sendable, Hashable, Codable {
    /// `stage --date`: when the project reached the stage.
    case stageChange
    /// An import's "date d'entrée": when the holder entered the cohort.
    case entryDate
    /// `consent --given / --withdrawn`: when the person consented or withdrew.
    case consent
    /// `holder add --date`: when the holder first came.
    case holderRecorded
    /// `enrol --date`: when the holder entered the cohort.
    case enrolment
    /// `participation --date`: when the participation moved.
    case participationChange
    /// `status --date`: when the project's status changed.
    case statusChange
    /// `note --date`: the day the note is about.
    case note
    /// `transfer --date`: when the holder moved to the other cohort.
    case transfer
    /// `followup record --date`: when the holder was reached (or tried).
    case followUp
    /// `milestone --date`: when the project reached the milestone.
    case milestone
    /// `need add --date`: when the need appeared.
    case need
    /// `need resolve --date`: when it was resolved.
    case needResolution
    /// `project legal-form --date`: when the legal form changed.
    case legalFormChange
    /// `questionnaire answer --date`: when the holder answered.
    case answers
    /// `idea add --date`: when the need was detected.
    case ideaDetected
    /// `idea status --date`: when the idea's status moved.
    case ideaStatus
    /// `idea adopt --date`: when a holder took the idea up.
    case adoption
    /// `call apply --date`: when the application came in.
    case application
}

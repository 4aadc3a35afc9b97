import Foundation

/// Why a command was refused. Nothing is written when a command is refused.
/// Messages (French and English) come from `Catalog.text(_:_:)`.
public enum DomainError: Error, Hashable, Sendable, LocalizedError, CustomStringConvertible {
    /// A name, title or text was empty.
    case emptyName(EntityKind)
    /// Nothing matches the reference.
    case notFound(EntityKind, reference: String)
    /// Several things match the reference; the candidates are listed.
    case ambiguous(EntityKind, reference: String, candidates: [Candidate])
    /// An end day before the start day.
    case endBeforeStart(start: Day, end: Day)
    /// A capacity below one.
    case invalidCapacity(Int)
    /// A participation move that is not allowed.
    case invalidTransition(from: ParticipationStatus, to: ParticipationStatus)
    /// The holder already has a participation in the cohort.
    case alreadyEnrolled(holder: String, cohort: String, status: ParticipationStatus)
    /// The holder has no participation in the cohort.
    case notEnrolled(holder: String, cohort: String)
    /// Marks are only for holders taking part (or the holder of an individual meeting).
    case notTakingPart(holder: String, session: String)
    /// No marks on a cancelled session.
    case sessionIsCancelled(session: String)
    /// The session already took place and cannot be cancelled.
    case sessionAlreadyHeld(session: String)
    /// An individual meeting needs the holder met.
    case individualNeedsHolder
    /// Status `oriente` needs the destination organisation.
    case orientationNeedsDestination
    /// The project is already at that stage.
    case alreadyAtStage(project: String, stage: Stage)
    /// The project already has that status.
    case alreadyInStatus(project: String, status: ProjectStatus)
    /// The cohort already has that status.
    case cohortAlreadyInStatus(cohort: String, status: CohortStatus)
    /// The holder already carries the project.
    case alreadyHolderOfProject(holder: String, project: String)
    /// The holder has no mark at that session.
    case noMark(holder: String, session: String)
    /// Every expected holder already has a mark (or none is expected).
    case nothingToMark(session: String)
    /// The programme's template has no workshop missing from the cohort.
    case noMissingTemplateSessions(cohort: String)
    /// The template is empty.
    case emptyTemplate(programme: String)
    /// The session would be unchanged.
    case sessionUnchanged(session: String)
    /// The author has nothing to undo.
    case nothingToUndo(author: String)
    /// An erasure removed data for good: it cannot be taken back.
    case erasureCannotBeUndone
    /// A command about someone whose data was erased (only figures remain).
    case personErased(number: Int)
    /// An erasure's reason quoting the person it erases (the receipt must hold no data).
    case reasonHoldsPersonalData
    /// A consent is given on one day or withdrawn on one day: exactly one of the two.
    case consentNeedsOneDate
    /// Sensitive data without the person's consent to its scope (or no consent to withdraw).
    case noConsent(holder: String, scope: ConsentScope)
    case consentWithdrawnBeforeGiven(given: Day)
    case unknownSensitiveValue(String, scope: ConsentScope)
    /// The command would change nothing.
    case nothingChanged
    /// A retention period outside 1 month … 100 years.
    case invalidRetention(months: Int)
    /// Nobody's last contact is older than the period.
    case nobodyPastRetention(months: Int)
    /// The author has nothing to redo.
    case nothingToRedo(author: String)
    /// Undo refused because later changes depend on what it would remove.
    case undoBlocked(what: String)
    /// Undo (or redo) refused because what it would restore was changed since.
    case undoConflict(what: String)
    /// A typed text is longer than its field allows (`InputRules`).
    case textTooLong(TextField, length: Int, limit: Int)
    /// A typed text holds a control or bidirectional-override character (its code point
    /// and its position, counted in characters from 1).
    case controlCharacter(TextField, code: UInt32, position: Int)
    /// A day given for something that happened is later than today.
    case dateInFuture(DatedFact, date: Day, today: Day)
    /// A stage change dated before the project was recorded.
    case stageDateBeforeProject(project: String, date: Day, created: Day)
    /// A stage change dated before the project's last stage change.
    case stageDateBeforeLastChange(project: String, date: Day, last: Day)
    /// A session's duration (in minutes) is not above zero and at most 24 h.
    case invalidDuration(minutes: Int)
    /// An edit that would change nothing (every value given is the current one).
    case nothingToChange(EntityKind, name: String)
    /// A dated fact before the thing it is about was recorded (`recorded`).
    case dateBeforeRecorded(DatedFact, what: String, date: Day, recorded: Day)
    /// A dated fact before the last change of what it changes (`last`).
    case dateBeforeLastChange(DatedFact, what: String, date: Day, last: Day)
    /// A removal needs a reason.
    case reasonRequired(what: String)
    /// A holder with marks, notes or participations is removed only with their history.
    case holderHasHistory(holder: String, marks: Int, notes: Int, participations: Int)
    /// A participation with marks at the cohort's sessions is not removed.
    case participationHasMarks(holder: String, cohort: String, marks: Int)
    /// A holder cannot be merged into themselves.
    case mergeSameHolder(holder: String)
    /// Two holders to merge both have something that can only be one person's (every one listed).
    case mergeClashes(keep: String, duplicate: String, clashes: [MergeClash])
    /// A transfer needs the holder's current cohort, and they have none.
    case noCurrentCohort(holder: String)
    /// A transfer needs the holder's current cohort, and they have several.
    case severalCurrentCohorts(holder: String, cohorts: [String])
    /// A transfer to the cohort the holder is already in.
    case transferToSameCohort(holder: String, cohort: String)
    /// A template position outside 1…count.
    case invalidPosition(position: Int, count: Int)
    /// A template copied onto its own programme.
    case copyToSameProgramme(programme: String)
    /// "transféré" is set by a transfer only.
    case transferredOnlyByTransfer
    // Follow-up, the project's path, money (issue 17).
    /// A follow-up wave outside 1 month … 100 years.
    case invalidWave(months: Int)
    /// No programme the project went through plans a follow-up at that wave.
    case waveNotPlanned(project: String, wave: Int, planned: [Int])
    /// An unreachable holder gives no jobs and no structure: nothing is known.
    case unreachableWithFigures
    /// A count of jobs below 0 or above 100 000.
    case jobsOutOfRange(Int)
    /// Nothing recorded at that wave for the project.
    case noFollowUp(project: String, wave: Int)
    /// The programme already has that milestone (its own, or a standard one).
    case milestoneExists(programme: String, title: String)
    /// The milestone was not reached by the project.
    case milestoneNotReached(project: String, milestone: MilestoneName)
    /// The project already has an open need of that kind.
    case needAlreadyOpen(project: String, kind: NeedKind)
    /// The project has no open need of that kind.
    case noOpenNeed(project: String, kind: NeedKind)
    /// A legal form change needs the new form.
    case emptyLegalForm
    /// The first funding of a programme or cohort needs its cost.
    case fundingNeedsCost(target: String)
    /// No funding recorded for it.
    case noFunding(target: String)
    /// A funder given with neither an amount nor a share.
    case funderNeedsAmount(name: String)
    /// The same funder twice in one command.
    case funderGivenTwice(name: String)
    /// An amount below 0 or above a billion euros (in cents).
    case amountOutOfRange(cents: Int)
    /// A share not above 0 % or above 100 % (in hundredths of a percent).
    case shareOutOfRange(basisPoints: Int)
    /// Another programme already has this name (two "Lance-toi !" could not be told apart).
    case nameTaken(EntityKind, name: String)
    /// "Everyone present" at a session nobody is expected at (no holder enrolled).
    case nobodyExpected(session: String)
    /// A project merged into itself.
    case mergeProjectIntoItself(project: String)
    // Evaluations.
    /// The programme already has a questionnaire with this title.
    case questionnaireTitleTaken(title: String, programme: String)
    /// A questionnaire needs at least one question.
    case emptyQuestionnaire
    /// A question key is an ASCII letter then letters, digits, `_` or `-` (at most 40).
    case invalidQuestionKey(String)
    case duplicateQuestionKey(String)
    /// Choices are for choice questions (at least two), and only for them.
    case invalidChoices(key: String, type: QuestionType)
    /// A questionnaire with answers is not removed.
    case questionnaireAnswered(title: String, count: Int)
    /// No question of the questionnaire has this key or label (its keys are listed).
    case unknownQuestion(String, questionnaire: String, keys: [String])
    /// The same question answered twice in one command.
    case duplicateAnswer(key: String)
    /// Every value given was empty.
    case noAnswers(questionnaire: String)
    /// A value that does not fit its question's type (the choices listed for a choice).
    case invalidAnswer(key: String, value: String, type: QuestionType, choices: [String])
    /// The holder has no answers to clear.
    case noAnswer(holder: String, questionnaire: String)
    /// The holder has no participation in any cohort of the questionnaire's programme.
    case notInProgramme(holder: String, programme: String)
    /// The holder is in several cohorts of the programme: `--cohort` says which.
    case severalCohortsInProgramme(holder: String, programme: String, cohorts: [String])
    /// A cohort given for answers that is not one of the questionnaire's programme.
    case cohortOfAnotherProgramme(cohort: String, programme: String)
    /// Only a review (bilan) session has a jury.
    case notAJurySession(session: String)
    case alreadyJuryMember(name: String, session: String)
    case notJuryMember(name: String, session: String)
    /// A destination goes with the decision "orienter" only.
    case destinationOnlyWhenReferred
    case noJuryEvaluation(holder: String, session: String)
    /// A holder with answers or jury evaluations is removed only with their history, and
    /// is not merged away (which answers to keep is the facilitator's call).
    case holderHasEvaluations(holder: String, answers: Int, evaluations: Int)
    /// A commune the official geographic code does not know; the closest ones suggested
    /// ("Saint-Félicien (07)").
    case unknownCommune(String, suggestions: [String])
    /// A name several communes bear: the département tells them apart.
    case ambiguousCommune(String, candidates: [String])
    /// A région, département, intercommunality or commune the geographic code does not know.
    case unknownTerritory(String, suggestions: [String])
    case ambiguousTerritory(String, candidates: [String])
    /// A partner role outside the list (the roles listed).
    case unknownPartnerRole(String, roles: [String])
    /// A programme type outside the list (the types listed).
    case unknownProgrammeType(String, types: [String])
    /// No contact of the organisation matches (its contacts listed).
    case contactNotFound(organisation: String, reference: String, contacts: [String])
    /// A contact's end before their start.
    case contactEndsBeforeStart(name: String, from: Day, to: Day)
    // Open events.
    /// A cancelled open event takes no headcount and is not cancelled again.
    case openEventIsCancelled(event: String)
    /// An open event whose headcount is recorded took place: it is not cancelled.
    case openEventAlreadyHeld(event: String)
    /// A headcount with nobody in it (no category, or every number 0 and no total).
    case emptyHeadcount(event: String)
    /// A category's number below 0 or above `InputRules.largestHeadcount`.
    case invalidHeadcount(event: String, category: String, count: Int)
    /// The same category twice in one headcount.
    case duplicateAudience(event: String, category: String)
    /// A total below the sum of the categories given.
    case totalBelowCategories(event: String, total: Int, counted: Int)
    /// No headcount to clear.
    case noHeadcount(event: String)
    /// The headcount given is the one recorded.
    case sameHeadcount(event: String)
    /// A session dated after today cannot be said to have taken place.
    case sessionNotYetHeld(session: String, date: Day)
    /// Holders are expected at the session: taking their attendance holds it.
    case sessionHasExpectedHolders(session: String, count: Int)
    /// The session is already held.
    case sessionIsHeld(session: String)
    /// Ideas before holders (F15).
    case idea(IdeaError)
    /// Calls for applications (F4).
    case call(CallError)
    // The people and venue directories (issue 18).
    case alreadyFacilitating(person: String, session: String)
    case notFacilitating(person: String, session: String)
    /// A person or venue still named somewhere (`uses`: how many places) is not removed.
    case directoryEntryInUse(EntityKind, name: String, uses: Int)

    public var errorDescription: String? { Catalog.text(self, .en) }

    public var description: String { Catalog.text(self, .en) }
}

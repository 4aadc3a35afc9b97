import ParcoursTestSupport
import Testing
@testable import ParcoursDomain

@Suite struct CatalogTests {
    /// Labels that are the same word in both languages.
    static let sameInBoth: Set<String> = ["Test", "Consolidation", "absent", "note", "questionnaire", "question"]

    static func labels() -> [(String, String)] {
        var pairs: [(String, String)] = []
        func add<T>(_ cases: [T], _ label: (T, Language) -> String) {
            pairs += cases.map { (label($0, .fr), label($0, .en)) }
        }
        add(Stage.allCases, Catalog.label)
        add(MacroStage.allCases, Catalog.label)
        add(ProjectStatus.allCases, Catalog.label)
        add(ParticipationStatus.allCases, Catalog.label)
        add(Mark.allCases, Catalog.label)
        add(AttendanceMode.allCases, Catalog.label)
        add(SessionKind.allCases, Catalog.label)
        add(SessionStatus.allCases, Catalog.label)
        add(SessionStatus.allCases, Catalog.eventStatus)
        add(OrganisationKind.allCases, Catalog.label)
        add(HolderKind.allCases, Catalog.label)
        add(StaffRole.allCases, Catalog.label)
        add(CohortStatus.allCases, Catalog.label)
        add(Weekday.allCases, Catalog.label)
        add(EntityKind.allCases, Catalog.label)
        add(TextField.allCases, Catalog.label)
        add(DatedFact.allCases, Catalog.label)
        add(Obstacle.allCases, Catalog.label)
        add(ProfileTag.allCases, Catalog.label)
        add(ConsentScope.allCases, Catalog.consentScope)
        add(QuestionnaireKind.allCases, Catalog.label)
        add(QuestionType.allCases, Catalog.label)
        add(JuryLevel.allCases, Catalog.label)
        add(JuryDecision.allCases, Catalog.label)
        add(OpenEventKind.allCases, Catalog.label)
        add(StandardAudience.allCases, Catalog.label)
        add(IdeaStatus.allCases, Catalog.label)
        add(Eligibility.allCases, Catalog.label)
        add(FollowUpActivity.allCases, Catalog.label)
        add(StandardMilestone.allCases, Catalog.label)
        add(NeedKind.allCases, Catalog.label)
        add(VenueKind.allCases, Catalog.label)
        return pairs
    }

    @Test func everyEnumCaseHasLabelsInBothLanguages() {
        let pairs = CatalogTests.labels()
        // Issue 17's follow-up, milestones and needs; issue 18's ideas and calls, people and venues, open events (and
        // their statuses).
        #expect(pairs.count == 8 + 4 + 8 + 8 + 3 + 2 + 5 + 3 + 3 + 6 + 3 + 5 + 4 + 7 + 22 + 36 + 19 + 4 + 8 + 2 + 3 + 4 + 4 + 4 + 6 + 3
                + 4 + 12 + 6 + 6 + 2 + 6 + 6)
        for (fr, en) in pairs {
            #expect(!fr.isEmpty && !en.isEmpty)
            if !CatalogTests.sameInBoth.contains(fr) {
                #expect(fr != en, "“\(fr)” should be translated")
            }
        }
        #expect(Catalog.label(Stage.envie, .fr) == "Envie d'entreprendre")
        #expect(Catalog.label(Stage.emergence, .fr) == "Émergence")
        #expect(Catalog.label(ProjectStatus.enPause, .fr) == "En pause")
        #expect(Catalog.label(ParticipationStatus.nonRetenu, .fr) == "non retenu")
        #expect(Catalog.label(Mark.excuse, .fr) == "excusé")
        #expect(Catalog.label(SessionKind.individuel, .fr) == "rendez-vous individuel")
        // An open event is "tenu" where a session is "tenue".
        #expect(Catalog.eventStatus(.held, .fr) == "tenu" && Catalog.label(SessionStatus.held, .fr) == "tenue")
    }

    static let errors: [DomainError] = [
        .emptyName(.holder), .notFound(.cohort, reference: "x"),
        .ambiguous(.holder, reference: "m", candidates: [Candidate(name: "A", id: "a"), Candidate(name: "B", id: "b")]),
        .endBeforeStart(start: day("2021-02-01"), end: day("2021-01-01")), .invalidCapacity(0),
        .invalidTransition(from: .candidat, to: .termine), .alreadyEnrolled(holder: "A", cohort: "P", status: .inscrit),
        .notEnrolled(holder: "A", cohort: "P"), .notTakingPart(holder: "A", session: "S"), .sessionIsCancelled(session: "S"),
        .sessionAlreadyHeld(session: "S"), .individualNeedsHolder, .orientationNeedsDestination,
        .alreadyAtStage(project: "P", stage: .idee), .alreadyInStatus(project: "P", status: .actif),
        .cohortAlreadyInStatus(cohort: "C", status: .closed), .alreadyHolderOfProject(holder: "A", project: "P"),
        .noMark(holder: "A", session: "S"), .nothingToMark(session: "S"), .noMissingTemplateSessions(cohort: "C"),
        .emptyTemplate(programme: "P"), .sessionUnchanged(session: "S"), .nothingToUndo(author: "a"),
        .nothingToRedo(author: "a"), .undoBlocked(what: "S"), .undoConflict(what: "S"),
        .textTooLong(.holderName, length: 201, limit: 200), .controlCharacter(.note, code: 0x1B, position: 3),
        .dateInFuture(.stageChange, date: day("2999-01-01"), today: day("2021-01-04")),
        .stageDateBeforeProject(project: "P", date: day("2020-01-01"), created: day("2021-01-04")),
        .stageDateBeforeLastChange(project: "P", date: day("2021-01-05"), last: day("2021-01-10")),
        .invalidDuration(minutes: -5),
        .nothingToChange(.holder, name: "A"),
        .dateBeforeRecorded(.enrolment, what: "A", date: day("2020-01-01"), recorded: day("2021-01-04")),
        .dateBeforeLastChange(.participationChange, what: "A", date: day("2021-01-05"), last: day("2021-01-10")),
        .reasonRequired(what: "A"), .holderHasHistory(holder: "A", marks: 2, notes: 1, participations: 1),
        .participationHasMarks(holder: "A", cohort: "C", marks: 1), .mergeSameHolder(holder: "A"),
        .mergeClashes(keep: "A", duplicate: "B", clashes: [.cohort(name: "C"), .session(title: "S", date: day("2021-01-12"))]),
        .noCurrentCohort(holder: "A"), .severalCurrentCohorts(holder: "A", cohorts: ["C", "D"]),
        .transferToSameCohort(holder: "A", cohort: "C"), .invalidPosition(position: 4, count: 3),
        .copyToSameProgramme(programme: "P"), .transferredOnlyByTransfer,
        .questionnaireTitleTaken(title: "Q", programme: "P"), .emptyQuestionnaire, .invalidQuestionKey("é"),
        .duplicateQuestionKey("k"), .invalidChoices(key: "k", type: .choice), .invalidChoices(key: "k", type: .scale),
        .questionnaireAnswered(title: "Q", count: 2), .unknownQuestion("x", questionnaire: "Q", keys: ["a", "b"]),
        .duplicateAnswer(key: "k"), .noAnswers(questionnaire: "Q"),
        .invalidAnswer(key: "k", value: "12", type: .scale, choices: []), .invalidAnswer(key: "k", value: "peut-être", type: .yesNo, choices: []),
        .invalidAnswer(key: "k", value: "x", type: .choice, choices: ["A", "B"]), .noAnswer(holder: "A", questionnaire: "Q"),
        .notInProgramme(holder: "A", programme: "P"), .severalCohortsInProgramme(holder: "A", programme: "P", cohorts: ["C", "D"]),
        .cohortOfAnotherProgramme(cohort: "C", programme: "P"), .notAJurySession(session: "S"),
        .alreadyJuryMember(name: "A", session: "S"), .notJuryMember(name: "A", session: "S"), .destinationOnlyWhenReferred,
        .noJuryEvaluation(holder: "A", session: "S"), .holderHasEvaluations(holder: "A", answers: 1, evaluations: 2),
        .openEventIsCancelled(event: "E"), .openEventAlreadyHeld(event: "E"), .emptyHeadcount(event: "E"),
        .invalidHeadcount(event: "E", category: "élus", count: -3), .duplicateAudience(event: "E", category: "élus"),
        .totalBelowCategories(event: "E", total: 10, counted: 16), .noHeadcount(event: "E"), .sameHeadcount(event: "E"),
        .sessionNotYetHeld(session: "S", date: day("2999-01-01")), .sessionHasExpectedHolders(session: "S", count: 2),
        .sessionIsHeld(session: "S"),
        .invalidWave(months: 0), .waveNotPlanned(project: "P", wave: 12, planned: [6, 36]),
        .waveNotPlanned(project: "P", wave: 12, planned: []), .unreachableWithFigures, .jobsOutOfRange(-1),
        .noFollowUp(project: "P", wave: 6), .milestoneExists(programme: "G", title: "Pitch"),
        .milestoneNotReached(project: "P", milestone: .standard(.pitch)), .needAlreadyOpen(project: "P", kind: .local),
        .noOpenNeed(project: "P", kind: .foncier), .emptyLegalForm, .fundingNeedsCost(target: "G"), .noFunding(target: "G"),
        .funderNeedsAmount(name: "FSE"), .funderGivenTwice(name: "FSE"), .amountOutOfRange(cents: -100),
        .shareOutOfRange(basisPoints: 12_000),
        .alreadyFacilitating(person: "A", session: "S"), .notFacilitating(person: "A", session: "S"),
        .directoryEntryInUse(.venue, name: "V", uses: 2), .nameTaken(.person, name: "A"),
    ]

    static let warnings: [DomainWarning] = [
        .capacityExceeded(cohort: "C", capacity: 1, count: 2), .stageOutsideTargets(project: "P", stage: .test, programme: "G"),
        .sessionOutsideCohortDates(session: "S", date: day("2021-01-01")), .markOnFutureSession(session: "S", date: day("2021-01-01")),
        .sessionsOutsideNewDates(cohort: "C", count: 2), .headcountOnFutureEvent(event: "E", date: day("2999-01-01")),
        .fundersExceedCost(target: "G", funded: 200, cost: 100),
        .venueOverlap(session: "S", other: "T", cohort: "C", venue: "V", date: day("2021-01-12")),
        .facilitatorOverlap(session: "S", other: "T", cohort: "C", person: "A", date: day("2021-01-12")),
    ]

    static let messages: [Message] = [
        .organisationAdded(name: "O"), .programmeCreated(name: "P", createdOrganisations: ["O"]),
        .partnerAdded(organisation: "O", programme: "P"), .workshopAdded(title: "W", programme: "P", position: 1),
        .cohortCreated(name: "C", programme: "P", sessions: 3), .cohortStatusChanged(cohort: "C", status: .running),
        .staffAdded(name: "A", role: .referent, cohort: "C"), .holderAdded(name: "A", project: "P"),
        .holderJoinedProject(holder: "A", project: "P"), .enrolled(holder: "A", cohort: "C", status: .inscrit),
        .participationChanged(holder: "A", cohort: "C", from: .inscrit, to: .enCours),
        .sessionScheduled(title: "S", date: day("2021-01-12")), .sessionUpdated(title: "S"),
        .sessionCancelled(title: "S", date: day("2021-01-12")), .templateSessionsCreated(cohort: "C", count: 2),
        .marked(holder: "A", session: "S", mark: .present), .markedAllPresent(session: "S", count: 3),
        .markCleared(holder: "A", session: "S"), .stageChanged(project: "P", from: .idee, to: .etude),
        .statusChanged(project: "P", from: .actif, to: .cesse), .noteAdded(about: "A"),
        .undid([LocalizedText(fr: "un", en: "one")]), .redid([LocalizedText(fr: "un", en: "one")]),
        .edited(.holder, name: "A", fields: ["email", "tags"]), .workshopEdited(title: "W", programme: "P"),
        .workshopMoved(title: "W", programme: "P", position: 2), .workshopRemoved(title: "W", programme: "P", unlinked: 2),
        .templateCopied(from: "P", to: "Q", count: 3),
        .holderRemoved(name: "A", marks: 1, notes: 2, participations: 1, meetings: 1, projects: 1),
        .holdersMerged(keep: "A", duplicate: "B", moved: 3, filled: ["email"]),
        .participationRemoved(holder: "A", cohort: "C", meetings: 1),
        .transferred(holder: "A", from: "C", to: "D", cancelled: 1, planned: 1),
        .participationsStarted(holders: ["A"], cohort: "C"),
        .questionnaireAdded(title: "Q", programme: "P", questions: 3), .questionnaireRemoved(title: "Q"),
        .answered(holder: "A", questionnaire: "Q", count: 3, replaced: true), .answered(holder: "A", questionnaire: "Q", count: 1, replaced: false),
        .answersCleared(holder: "A", questionnaire: "Q"), .juryMemberAdded(name: "A", session: "S"),
        .juryMemberRemoved(name: "A", session: "S"), .juryEvaluated(holder: "A", session: "S", decision: .reorienter),
        .juryEvaluationCleared(holder: "A", session: "S"),
        .openEventScheduled(title: "E", date: day("2021-01-12"), owner: "P"), .openEventUpdated(title: "E"),
        .openEventCancelled(title: "E", date: day("2021-01-12")), .headcountRecorded(event: "E", total: 44, replaced: true),
        .headcountCleared(event: "E"), .sessionHeld(title: "S", date: day("2021-01-12")),
        .followUpsPlanned(programme: "G", waves: [6, 12]), .followUpsPlanned(programme: "G", waves: []),
        .followUpRecorded(project: "P", wave: 12, activity: .cessee, replaced: true), .followUpRemoved(project: "P", wave: 36),
        .programmeMilestoneAdded(title: "Visite", programme: "G"),
        .milestoneReached(project: "P", milestone: .custom("Visite"), date: day("2021-01-12")),
        .milestoneCleared(project: "P", milestone: .standard(.ouverture)), .needAdded(project: "P", kind: .juridique),
        .needResolved(project: "P", kind: .comptable), .legalFormChanged(project: "P", from: "Association", to: "SCIC"),
        .fundingSet(target: "G", cost: 1_000_000, funders: 2), .fundingRemoved(target: "G"),
        .personAdded(name: "A"), .personRemoved(name: "A"), .venueAdded(name: "V"), .venueRemoved(name: "V"),
        .facilitatorAdded(person: "A", session: "S"), .facilitatorRemoved(person: "A", session: "S"),
        .addedToDirectory(people: ["A"], venues: ["V"]),
    ]

    static let notices: [StorageNotice] = [
        .dataDirectoryTightened(path: "/d", previousMode: 0o755),
        .dataDirectoryOpenToOthers(path: "/d", mode: 0o750, readOnly: true),
        .dataDirectoryOpenToOthers(path: "/d", mode: 0o750, readOnly: false),
    ]

    @Test func everyErrorWarningAndSummaryIsInBothLanguages() {
        var texts: [(String, String)] = CatalogTests.errors.map { (Catalog.text($0, .fr), Catalog.text($0, .en)) }
        texts += CatalogTests.warnings.map { (Catalog.text($0, .fr), Catalog.text($0, .en)) }
        texts += CatalogTests.messages.map { (Catalog.text($0, .fr), Catalog.text($0, .en)) }
        texts += CatalogTests.notices.map { (Catalog.text($0, .fr), Catalog.text($0, .en)) }
        #expect(texts.count == 46 + 23 + 17 + 6 + 33 + 9 + 12 + 3 + 4 + 2 + 7 + 11 + 1 + 6)
        for (fr, en) in texts {
            #expect(!fr.isEmpty && !en.isEmpty)
            #expect(fr != en, "“\(fr)” should be translated")
        }
    }

    @Test func aMonthIsNamedAsACalendarTitlesIt() {
        #expect(Catalog.month(Day(iso: "2026-03-26")!, .fr) == "mars 2026")
        #expect(Catalog.month(Day(iso: "2026-08-01")!, .en) == "August 2026")
    }

    /// "Aucune personne", "aucun lieu": no inclusive dot where French has one gender.
    @Test func notFoundAgreesWithTheKindsGender() {
        #expect(Catalog.text(.notFound(.person, reference: "Zoé"), .fr) == "Aucune personne ne correspond à « Zoé ».")
        #expect(Catalog.text(.notFound(.session, reference: "x"), .fr) == "Aucune séance ne correspond à « x ».")
        #expect(Catalog.text(.notFound(.venue, reference: "x"), .fr) == "Aucun lieu ne correspond à « x ».")
        #expect(Catalog.text(.notFound(.holder, reference: "x"), .fr) == "Aucun porteur ne correspond à « x ».")
    }

    @Test(arguments: sampleEvents)
    func everyEventHasAJournalLineInBothLanguages(_ event: DomainEvent) {
        let state = State()
        let fr = Catalog.describe(event, in: state, language: .fr)
        let en = Catalog.describe(event, in: state, language: .en)
        #expect(!fr.isEmpty && !en.isEmpty && fr != en)
    }

    @Test func journalLinesUseNames() throws {
        let w = try World.standard()
        try w.run(.attend(session: "Atelier 2", holder: "Léa", mark: .present))
        let line = Catalog.describe(w.journal.first { $0.event.typeName == "attendance.marked" }!, in: w.state, language: .fr)
        #expect(line == "Léa Martin marqué·e présent·e à « Atelier 2 »")
        #expect(Catalog.day(day("2021-01-12"), .fr) == "mar. 12/01/2021")
        #expect(Language(localeIdentifier: "fr_FR.UTF-8") == .fr && Language(localeIdentifier: "C.UTF-8") == .en)
    }
}

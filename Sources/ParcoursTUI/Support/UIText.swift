import ParcoursDomain
import ParcoursKit

/// Every fixed string of the interface, in French and English: one case per string,
/// one switch per language (the same style as ParcoursDomain's `Catalog`). Strings with
/// values are the static functions below.
enum UIText: CaseIterable {
    case appName, welcomeTitle, welcomeIntro, welcomeLoadDemo, welcomeStartEmpty, welcomeQuit
    case demoUnavailable, demoLoaded
    case dashboard, programmesAndCohorts, thisWeek, nothingThisWeek, noProgramme, noCohort
    case participants, sessions, rollCall, pipeline, journal
    case colHolder, colProject, colStage, colStatus, colAttendance, colLastActivity
    case colKind, colDate, colTime, colDuration, colTitle, colVenue, colFacilitator, colWhen, colWho, colWhat
    case colTotal
    case noParticipant, noSession, noEvent, noCard, reportNoHolder
    case holderFile, identity, project, stageHistory, attendanceRecord, notes, referrals
    case noNotes, noReferral, noProject, noAttendance, referredBy, kind, commune, email, phone, created
    case help, helpFooter, helpGlobal
    case filterPrompt, commandPrompt, filterActive, filterCleared
    case formSubmitHint, formRequired, formInvalidDate, formInvalidTime, formInvalidDuration, formInvalidNumber
    case fieldName, fieldOperator, fieldProgramme, fieldCohortName, fieldStart, fieldEnd, fieldFromTemplate
    case fieldHolderName, fieldProjectTitle, fieldStage, fieldCommune, fieldEmail, fieldTitle, fieldDate, fieldTime
    case fieldDuration, fieldKind, fieldVenue, fieldRemote, fieldNote, fieldStatus, fieldDestination, fieldRemark
    case formNewProgramme, formNewCohort, formNewHolder, formNewSession, formEditSession, formNewNote
    case formMoveStage, formChangeStatus, formRemark
    case yes, no
    case legendRollCall, sortedBy, sortName, sortStage, sortAttendance, sortActivity
    case alertStalled, alertUnmarked
    case nothingToMove, noSelection, unknownVerb, commandLineUsage, quitHint, foldedStages, allStages
    case remoteShort, cancelledShort
    case readOnly, readOnlyRefused, otherStages, showAllStages, colMarks, colRate
    case fieldTargetStages, fieldParticipation, fieldHolderMet, formParticipation, formSpaceToggles, noneChosen
    case detailFacilitator, detailMarks, detailReferrer, detailParticipation, detailRemote
    case notExpected, logsNeedChecking
    // Help lines, one per action.
    case actUp, actDown, actLeft, actRight, actTop, actBottom, actPageUp, actPageDown
    case actOpen, actBack, actNextView, actPreviousView, actFilter, actNextMatch, actPreviousMatch
    case actCommandLine, actHelp, actUndo, actRedo, actQuit
    case actLoadDemo, actStartEmpty, actNewProgramme, actNewCohort, actNewHolder, actSort
    case actAddSession, actEditSession, actCancelSession, actCreateMissing
    case actAllPresent, actPresent, actAbsent, actExcused, actCycle, actRemote, actRemark, actClearMark
    case actStageNext, actStagePrevious, actChangeStatus, actFold, actAddNote, actParticipation
    case actCohortReport, actProgrammeReport, actExportReport, reportTitle, reportHolders, reportExportHint, syncFailedShort, colStageMove, opening,
         openingRestoring, openingReading, openingReadingNew, openingSaving
    // Work under way (the status line), and waiting for it.
    case workSyncing, workLoadingDemo, workExporting, workSaving, journalLoading, quitWhenDone
    // Corrections and a person's rights: forms, their fields, pickers, questions, help lines.
    case formEditHolder, formEditProject, formEditCohort, formEditProgramme, formRemoveHolder, formTransfer
    case formErase, formConsent, formSituation
    case fieldPhone, fieldTags, fieldReferredBy, fieldDescription, fieldSectors, fieldLegalForm, fieldAlreadyCreated
    case fieldCapacity, fieldOperators, fieldTargetPublic, fieldProgrammeType, fieldReason, fieldWithHistory, fieldScope, fieldConsent
    case fieldObstacles, fieldProfile
    case consentGiven, consentWithdrawn, noConsent, noConsentYet, situationSection, tags
    case undoRestores, nothingChanged, buttonCancel, confirmHint, noticeHint
    case confirmRemoveTitle, buttonRemove, confirmMergeTitle, buttonMerge
    case confirmEraseTitle, eraseIsFinal, buttonErase, confirmWithdrawTitle, withdrawErases, buttonWithdraw
    case pickEditTitle, editWhatHolder, editWhatProject, editWhatSession, editWhatCohort, editWhatProgramme
    case pickDuplicateTitle, pickCohortTitle, noOtherHolder, noOtherCohort
    case pickerSearch, pickerSearchHint, pickerNothing, pickerHint
    case actEditCohortOrProgramme, actEditHolderOrProject, actEditHolder, actEditProject, actEditCohort
    case actTransfer, actRemoveHolder, actMergeHolder, actConsent, actSituation, actErase
    // Open events, counted by headcount (`UIText+OpenEvents`).
    case openEvents, noOpenEvent, colOwner, colParticipants, formNewEvent, formEditEvent, formHeadcount
    case fieldOwner, fieldElus, fieldTechniciens, fieldProfessionnels, fieldHabitants, fieldPorteurs, fieldAutres
    case fieldOtherAudiences, fieldTotal, formInvalidAudiences
    case actOpenEvents, actNewEvent, actEditEvent, actHeadcount, actCancelEvent, actHoldSession
    case detailHeadcount, detailOwner, headcountOnlyForEvents, holdOnlyForSessions
    // After the programme, the project's path, evaluations (issue 17).
    case followUpsTitle, followUpsShort, followUpsDue, seeAllFollowUps, openNeeds, followUpsTabDue, followUpsTabKnown, followUpsTabUpcoming
    case colWave, colDue, colStanding, colCohort, allCohorts, allCohortsShort, pickCohortFilterTitle
    case noFollowUpPlanned, nothingDue, nothingKnown, nothingUpcoming, nothingRecordedHere, confirmRemoveFollowUpTitle
    case detailContact, detailProgramme, detailFollowUp, detailNote
    case milestonesLabel, resolvedNeeds, noLegalFormYet
    case followUpsSection, evaluationsSection, juryProject, juryProgress
    case formFollowUp, formMilestone, formAddNeed, formResolveNeed, formLegalForm, formAnswers, formJury
    case fieldWave, fieldActivity, fieldJobsCreated, fieldJobsKept, fieldStructure, fieldReached, fieldNeedKind
    case fieldSolution, fieldNewLegalForm, fieldAnswer, fieldCohort, fieldJuryProject, fieldJuryProgress, fieldJuryDecision
    case fieldComment, formInvalidCount, formChoose, milestoneClear, milestoneWord, legalFormTypo, scaleHint, scaleSuffix
    case noJuryMember, noProjectForThis, pickProjectTitle, pickMilestoneTitle, pickNeedTitle, newNeed
    case pickQuestionnaireTitle, notAnswered, pickJuryHolderTitle, nobodyExpected, notEvaluated, workWritingSheet
    case actFollowUps, actRecordFollowUp, actOpenHolderFile, actChooseCohort, actRemoveFollowUp, actMilestone, actNeed
    case actLegalForm, actAnswers, actAttendanceSheet, actJuryEvaluation, nothingOnThePath, openNeedsLabel, ifKnown, scaleExpected, sheetTitle
    // Ideas before holders and calls for applications (issue 18).
    case ideasTitle, ideasShort, ideasTab, callsTab, colIdea, colSourceOrHolder, colSince, colCall, colOpen, colApplications
    case colEligible, detailNeed, detailSource, detailHistory, detailAdopter, detailCriteria, detailApplications
    case noIdea, noCall, allProgrammesShort, allProgrammes, pickProgrammeFilterTitle
    case formNewIdea, formIdeaStatus, formAdoptIdea, formAdoptByNewHolder, fieldSource, fieldNeed, fieldHolderKind
    case pickAdopterTitle, newAdopter, pickApplicantTitle, notAdoptedYet, noApplicant, ideaIsAProjectNow
    case actIdeas, actNewIdea, actIdeaStatus, actIdeaNext, actIdeaPrevious, actAdoptIdea, actChooseProgramme, actOpenIdea
    case actOpenApplicant
    // The people who facilitate and the calendar (issue 18).
    case calendarTitle, calendarWeek, calendarMonth, colDay, colFacilitatedBy, allDay, detailOverlap, detailReferent
    case actCalendar, actMyHolders, actPreviousPeriod, actNextPeriod, actToday, actOpenSession
    case allHoldersShown, directoryEmpty, you, pickReferentTitle, overlapTitle, overlapHint
    case fieldFacilitators, fieldNewFacilitator, fieldNewVenue, fieldReferent, fieldNewReferent, ifNotListed, personName

    func text(_ l: Language) -> String {
        let fr = l == .fr
        switch self {
        case .appName: return "Parcours"
        case .welcomeTitle: return fr ? "Bienvenue dans Parcours" : "Welcome to Parcours"
        case .welcomeIntro:
            return fr ? "Aucune donnée pour l'instant. Vous pouvez découvrir l'outil avec des programmes d'exemple, ou commencer en créant votre premier dispositif."
                : "No data yet. You can discover the tool with example programmes, or start by creating your first programme."
        case .welcomeLoadDemo: return fr ? "Charger les programmes d'exemple" : "Load the example programmes"
        case .welcomeStartEmpty: return fr ? "Commencer : créer un premier dispositif" : "Start empty: create a first programme"
        case .welcomeQuit: return fr ? "Quitter" : "Quit"
        case .demoUnavailable: return fr ? "Les données d'exemple ne sont pas disponibles dans cette version." : "Example data is not available in this version."
        case .demoLoaded: return fr ? "Programmes d'exemple chargés." : "Example programmes loaded."
        case .dashboard: return fr ? "Tableau de bord" : "Dashboard"
        case .programmesAndCohorts: return fr ? "Dispositifs et promotions" : "Programmes and cohorts"
        case .thisWeek: return fr ? "Cette semaine" : "This week"
        case .nothingThisWeek: return fr ? "Aucune séance prévue dans les 7 prochains jours." : "No session in the next 7 days."
        case .noProgramme: return fr ? "Aucun dispositif. « d » pour en créer un." : "No programme yet. Press “d” to create one."
        case .noCohort: return fr ? "Aucune promotion. « c » pour en créer une." : "No cohort yet. Press “c” to create one."
        case .participants: return fr ? "Porteurs" : "Participants"
        case .sessions: return fr ? "Séances" : "Sessions"
        case .rollCall: return fr ? "Émargement" : "Roll call"
        case .pipeline: return fr ? "Étapes" : "Pipeline"
        case .journal: return fr ? "Journal" : "Journal"
        case .colHolder: return fr ? "Porteur" : "Holder"
        case .colProject: return fr ? "Projet" : "Project"
        case .colStage: return fr ? "Étape" : "Stage"
        case .colStatus: return fr ? "Statut" : "Status"
        case .colAttendance: return fr ? "Assid." : "Attend."
        case .colLastActivity: return fr ? "Activité" : "Activity"
        case .colKind: return fr ? "Type" : "Kind"
        case .colDate: return "Date"
        case .colTime: return fr ? "Heure" : "Time"
        case .colDuration: return fr ? "Durée" : "Length"
        case .colTitle: return fr ? "Intitulé" : "Title"
        case .colVenue: return fr ? "Lieu" : "Venue"
        case .colFacilitator: return fr ? "Animé par" : "Facilitator"
        case .colWhen: return fr ? "Quand" : "When"
        case .colWho: return fr ? "Qui" : "Who"
        case .colWhat: return fr ? "Quoi" : "What"
        case .colTotal: return "Total"
        case .noParticipant: return fr ? "Aucun porteur dans cette promotion. « a » pour en ajouter un." : "No holder in this cohort. Press “a” to add one."
        // A report (of a programme too, where `a` adds nobody): only the fact.
        case .reportNoHolder: return fr ? "Aucun porteur." : "No holder."
        case .noSession: return fr ? "Aucune séance. « a » pour en ajouter, « t » pour créer celles du modèle." : "No session. Press “a” to add one, “t” to create the template's."
        case .noEvent: return fr ? "Rien dans le journal." : "Nothing in the journal."
        case .noCard: return fr ? "Aucun projet." : "No project."
        case .holderFile: return fr ? "Fiche porteur" : "Holder file"
        case .identity: return fr ? "Identité" : "Identity"
        case .project: return fr ? "Projet" : "Project"
        case .stageHistory: return fr ? "Historique des étapes" : "Stage history"
        case .attendanceRecord: return fr ? "Assiduité" : "Attendance"
        case .notes: return fr ? "Carnet de bord" : "Logbook"
        case .referrals: return fr ? "Orientations" : "Referrals"
        case .noNotes: return fr ? "Aucune note. « a » pour en écrire une." : "No note yet. Press “a” to write one."
        case .noReferral: return fr ? "Aucune orientation." : "No referral."
        case .noProject: return fr ? "Aucun projet." : "No project."
        case .noAttendance: return fr ? "Aucune présence enregistrée." : "No attendance recorded."
        case .referredBy: return fr ? "Orienté par" : "Referred by"
        case .kind: return fr ? "Type" : "Kind"
        case .commune: return fr ? "Commune" : "Town"
        case .email: return fr ? "Courriel" : "Email"
        case .phone: return fr ? "Téléphone" : "Phone"
        case .created: return fr ? "créé le" : "created"
        case .help: return fr ? "Aide" : "Help"
        case .helpFooter: return fr ? "Échap ou ? pour fermer" : "Esc or ? to close"
        case .helpGlobal: return fr ? "Partout" : "Everywhere"
        case .filterPrompt: return fr ? "Filtrer : " : "Filter: "
        case .commandPrompt: return ":"
        case .filterActive: return fr ? "filtre" : "filter"
        case .filterCleared: return fr ? "Filtre retiré." : "Filter cleared."
        case .formSubmitHint: return fr ? "Entrée : valider · Tab : champ suivant · Échap : annuler" : "Enter: save · Tab: next field · Esc: cancel"
        case .formRequired: return fr ? "Champ obligatoire." : "Required."
        case .formInvalidDate: return fr ? "Date attendue : AAAA-MM-JJ" : "Expected a date: YYYY-MM-DD"
        case .formInvalidTime: return fr ? "Heure attendue : HH:MM" : "Expected a time: HH:MM"
        case .formInvalidDuration: return fr ? "Durée attendue : 3h, 3h30, 90m, 1j" : "Expected a duration: 3h, 3h30, 90m, 1d"
        case .formInvalidNumber: return fr ? "Nombre attendu." : "Expected a number."
        case .fieldName: return fr ? "Nom" : "Name"
        case .fieldOperator: return fr ? "Structure porteuse" : "Operator"
        case .fieldProgramme: return fr ? "Dispositif" : "Programme"
        // Short: the form's title says it is a cohort, and "Nom de la promotion *" was cut.
        case .fieldCohortName: return fr ? "Nom" : "Name"
        case .fieldStart: return fr ? "Début" : "Start"
        case .fieldEnd: return fr ? "Fin" : "End"
        case .fieldFromTemplate: return fr ? "Séances du modèle" : "Template sessions"
        case .fieldHolderName: return fr ? "Nom du porteur" : "Holder's name"
        case .fieldProjectTitle: return fr ? "Projet" : "Project"
        case .fieldStage: return fr ? "Étape" : "Stage"
        case .fieldCommune: return fr ? "Commune" : "Town"
        case .fieldEmail: return fr ? "Courriel" : "Email"
        case .fieldTitle: return fr ? "Intitulé" : "Title"
        case .fieldDate: return "Date"
        case .fieldTime: return fr ? "Heure" : "Time"
        case .fieldDuration: return fr ? "Durée" : "Length"
        case .fieldKind: return fr ? "Type" : "Kind"
        case .fieldVenue: return fr ? "Lieu" : "Venue"
        case .fieldRemote: return fr ? "À distance" : "Remote"
        case .fieldNote: return "Note"
        case .fieldStatus: return fr ? "Statut" : "Status"
        case .fieldDestination: return fr ? "Orienté vers" : "Referred to"
        case .fieldRemark: return fr ? "Remarque" : "Remark"
        case .formNewProgramme: return fr ? "Nouveau dispositif" : "New programme"
        case .formNewCohort: return fr ? "Nouvelle promotion" : "New cohort"
        case .formNewHolder: return fr ? "Nouveau porteur dans la promotion" : "New holder in the cohort"
        case .formNewSession: return fr ? "Nouvelle séance" : "New session"
        case .formEditSession: return fr ? "Modifier la séance" : "Edit the session"
        case .formNewNote: return fr ? "Nouvelle note au carnet de bord" : "New logbook note"
        case .formMoveStage: return fr ? "Changer d'étape" : "Change stage"
        case .formChangeStatus: return fr ? "Changer le statut du projet" : "Change the project's status"
        case .formRemark: return fr ? "Remarque sur la présence" : "Remark on attendance"
        case .yes: return fr ? "oui" : "yes"
        case .no: return fr ? "non" : "no"
        case .legendRollCall:
            return fr ? "P présent · A absent · E excusé · ~ à distance · * remarque · · rien"
                : "P present · A absent · E excused · ~ remote · * remark · · none"
        case .sortedBy: return fr ? "tri" : "sort"
        case .sortName: return fr ? "nom" : "name"
        case .sortStage: return fr ? "étape" : "stage"
        case .sortAttendance: return fr ? "assiduité" : "attendance"
        case .sortActivity: return fr ? "activité" : "activity"
        case .alertStalled: return fr ? "à l'arrêt" : "stalled"
        case .alertUnmarked: return fr ? "sans appel" : "no roll call"
        case .nothingToMove: return fr ? "Aucun projet à déplacer ici." : "No project to move here."
        case .noSelection: return fr ? "Rien de sélectionné." : "Nothing selected."
        case .unknownVerb: return fr ? "Commande inconnue" : "Unknown command"
        case .commandLineUsage:
            return fr ? "attend SÉANCE PORTEUR present|absent|excuse · stage PORTEUR ÉTAPE · status PORTEUR STATUT · note PORTEUR texte · undo · redo · sync · q · modifier · retirer · fusionner · transférer · effacer · consentement · situation [PORTEUR]"
                : "attend SESSION HOLDER present|absent|excuse · stage HOLDER STAGE · status HOLDER STATUS · note HOLDER text · undo · redo · sync · q · edit · remove · merge · transfer · erase · consent · situation [HOLDER]"
        case .quitHint: return fr ? "? aide · : commande · q quitter" : "? help · : command · q quit"
        case .logsNeedChecking: return fr ? "⚠ journaux à vérifier" : "⚠ logs need checking"
        case .foldedStages: return fr ? "étapes hors cible repliées" : "untargeted stages folded"
        case .allStages: return fr ? "toutes les étapes" : "all stages"
        case .remoteShort: return fr ? "à dist." : "remote"
        case .cancelledShort: return fr ? "annulée" : "cancelled"
        case .readOnly: return fr ? "lecture seule" : "read-only"
        case .readOnlyRefused:
            return fr ? "Lecture seule (--read-only) : rien ne peut être modifié ici." : "Read-only (--read-only): nothing can be changed here."
        case .otherStages: return fr ? "Autres étapes" : "Other stages"
        case .showAllStages: return fr ? "z : tout afficher" : "z: show all"
        case .colMarks: return "P/A/E"
        case .colRate: return fr ? "Assid." : "Attend."
        case .fieldTargetStages: return fr ? "Étapes visées" : "Target stages"
        case .fieldParticipation: return "Participation"
        case .fieldHolderMet: return fr ? "Porteur (RDV)" : "Holder (1:1)"
        case .formParticipation: return fr ? "Changer la participation" : "Change the participation"
        case .formSpaceToggles: return fr ? "Espace : cocher / décocher · ◂ ▸ : parcourir" : "Space: tick / untick · ◂ ▸: browse"
        case .noneChosen: return fr ? "aucune" : "none"
        case .detailFacilitator: return fr ? "Animé par" : "Facilitator"
        case .detailMarks: return fr ? "Présences" : "Attendance"
        case .detailReferrer: return fr ? "Orienté par" : "Referred by"
        case .detailParticipation: return "Participation"
        case .detailRemote: return fr ? "à distance" : "remote"
        case .notExpected: return fr ? "non concerné" : "not expected"
        case .actParticipation: return fr ? "Changer la participation (retenu, inscrit, sorti…)" : "Change the participation (retained, enrolled, left…)"
        case .actCohortReport: return fr ? "Rapport de la promotion" : "The cohort's report"
        case .actProgrammeReport: return fr ? "Rapport du dispositif" : "The programme's report"
        case .actExportReport: return fr ? "Enregistrer en Markdown (dossier exports/)" : "Save as Markdown (exports/ folder)"
        case .reportTitle: return fr ? "Rapport" : "Report"
        case .reportHolders: return fr ? "Porteurs" : "Holders"
        case .reportExportHint: return fr ? "m : enregistrer en Markdown" : "m: save as Markdown"
        case .syncFailedShort: return fr ? "échec" : "failed"
        case .opening: return fr ? "Ouverture des données…" : "Opening the data…"
        case .openingRestoring: return fr ? "Reprise de l’état enregistré…" : "Restoring the saved state…"
        case .openingReading: return fr ? "Lecture des journaux…" : "Reading the logs…"
        case .openingReadingNew: return fr ? "Lecture des nouveautés…" : "Reading what is new…"
        case .openingSaving: return fr ? "Enregistrement de l’état pour la prochaine ouverture…" : "Saving the state for the next open…"
        case .workSyncing: return fr ? "Synchronisation en cours…" : "Syncing…"
        case .workLoadingDemo: return fr ? "Chargement des exemples…" : "Loading the examples…"
        case .workExporting: return fr ? "Enregistrement du rapport…" : "Saving the report…"
        case .workSaving: return fr ? "Enregistrement…" : "Saving…"
        case .journalLoading: return fr ? "Lecture du journal…" : "Reading the journal…"
        // Short: what is being waited for shows beside it, at 80 columns too.
        case .quitWhenDone: return fr ? "Fermeture dès la fin (Ctrl-C : maintenant)." : "Closing when done (Ctrl-C: now)."
        case .colStageMove: return fr ? "Étape entrée → fin" : "Stage in → now"
        case .actUp: return fr ? "Monter" : "Up"
        case .actDown: return fr ? "Descendre" : "Down"
        case .actLeft: return fr ? "Colonne précédente" : "Previous column"
        case .actRight: return fr ? "Colonne suivante" : "Next column"
        case .actTop: return fr ? "Aller au début" : "Go to the top"
        case .actBottom: return fr ? "Aller à la fin" : "Go to the bottom"
        case .actPageUp: return fr ? "Page précédente" : "Page up"
        case .actPageDown: return fr ? "Page suivante" : "Page down"
        case .actOpen: return fr ? "Ouvrir" : "Open"
        case .actBack: return fr ? "Retour (quitter au premier écran)" : "Back (quit at the top)"
        case .actNextView: return fr ? "Vue suivante" : "Next view"
        case .actPreviousView: return fr ? "Vue précédente" : "Previous view"
        case .actFilter: return fr ? "Filtrer" : "Filter"
        case .actNextMatch: return fr ? "Résultat suivant" : "Next match"
        case .actPreviousMatch: return fr ? "Résultat précédent" : "Previous match"
        case .actCommandLine: return fr ? "Ligne de commande" : "Command line"
        case .actHelp: return fr ? "Cette aide" : "This help"
        case .actUndo: return fr ? "Annuler la dernière action" : "Undo the last action"
        case .actRedo: return fr ? "Rétablir" : "Redo"
        case .actQuit: return fr ? "Quitter" : "Quit"
        case .actLoadDemo: return fr ? "Charger les exemples" : "Load the examples"
        case .actStartEmpty: return fr ? "Créer un premier dispositif" : "Create a first programme"
        case .actNewProgramme: return fr ? "Nouveau dispositif" : "New programme"
        case .actNewCohort: return fr ? "Nouvelle promotion" : "New cohort"
        case .actNewHolder: return fr ? "Ajouter un porteur" : "Add a holder"
        case .actSort: return fr ? "Changer le tri" : "Change the sort"
        case .actAddSession: return fr ? "Ajouter une séance" : "Add a session"
        // These keys act on the row selected: a session, or one of the cohort's open events.
        case .actEditSession: return fr ? "Modifier la séance ou l’événement" : "Edit the session or event"
        case .actCancelSession: return fr ? "Annuler la séance ou l’événement" : "Cancel the session or event"
        case .actCreateMissing: return fr ? "Créer les séances manquantes du modèle" : "Create missing template sessions"
        case .actAllPresent: return fr ? "Tous présents d'un coup" : "Everyone present at once"
        case .actPresent: return fr ? "Présent" : "Present"
        case .actAbsent: return fr ? "Absent" : "Absent"
        case .actExcused: return fr ? "Excusé" : "Excused"
        case .actCycle: return fr ? "Présent → absent → excusé" : "Present → absent → excused"
        case .actRemote: return fr ? "À distance / sur place" : "Remote / in person"
        case .actRemark: return fr ? "Ajouter une remarque" : "Add a remark"
        case .actClearMark: return fr ? "Effacer la présence" : "Clear the mark"
        case .actStageNext: return fr ? "Étape suivante (avec une note)" : "Next stage (with a note)"
        case .actStagePrevious: return fr ? "Étape précédente (avec une note)" : "Previous stage (with a note)"
        case .actChangeStatus: return fr ? "Changer le statut (pause, abandon, orientation…)" : "Change status (pause, abandon, referral…)"
        case .actFold: return fr ? "Replier / déplier les étapes hors cible" : "Fold / unfold untargeted stages"
        case .actAddNote: return fr ? "Écrire une note" : "Write a note"
        case .formEditHolder: return fr ? "Modifier le porteur" : "Edit the holder"
        case .formEditProject: return fr ? "Modifier le projet" : "Edit the project"
        case .formEditCohort: return fr ? "Modifier la promotion" : "Edit the cohort"
        case .formEditProgramme: return fr ? "Modifier le dispositif" : "Edit the programme"
        case .formRemoveHolder: return fr ? "Retirer un porteur saisi par erreur" : "Remove a holder entered by mistake"
        case .formTransfer: return fr ? "Transférer vers une autre promotion" : "Transfer to another cohort"
        case .formErase: return fr ? "Effacer les données d’une personne" : "Erase a person's data"
        case .formConsent: return fr ? "Consentement aux données sensibles" : "Consent to sensitive data"
        case .formSituation: return fr ? "Situation : freins et profil" : "Situation: obstacles and profile"
        case .fieldPhone: return fr ? "Téléphone" : "Phone"
        case .fieldTags: return fr ? "Étiquettes" : "Tags"
        case .fieldReferredBy: return fr ? "Orienté par" : "Referred by"
        case .fieldDescription: return "Description"
        case .fieldSectors: return fr ? "Secteurs" : "Sectors"
        case .fieldLegalForm: return fr ? "Forme juridique" : "Legal form"
        case .fieldAlreadyCreated: return fr ? "Déjà créé" : "Already created"
        case .fieldCapacity: return fr ? "Places" : "Capacity"
        case .fieldOperators: return fr ? "Opérateurs" : "Operators"
        case .fieldTargetPublic: return fr ? "Public visé" : "Target public"
        case .fieldProgrammeType: return fr ? "Type de dispositif" : "Programme type"
        case .fieldReason: return fr ? "Motif" : "Reason"
        case .fieldWithHistory: return fr ? "Avec l’historique" : "With the history"
        case .fieldScope: return fr ? "Données" : "Data"
        case .fieldConsent: return fr ? "Consentement" : "Consent"
        case .fieldObstacles: return fr ? "Freins" : "Obstacles"
        case .fieldProfile: return fr ? "Profil" : "Profile"
        case .consentGiven: return fr ? "donné" : "given"
        case .consentWithdrawn: return fr ? "retiré (efface ces données)" : "withdrawn (erases this data)"
        case .noConsent: return fr ? "pas de consentement" : "no consent"
        case .noConsentYet: return fr ? "Aucun consentement enregistré (c pour en noter un, puis f)." : "No consent recorded (c to record one, then f)."
        case .situationSection: return fr ? "Situation (avec consentement)" : "Situation (with consent)"
        case .tags: return fr ? "Étiquettes" : "Tags"
        case .undoRestores: return fr ? "« u » annule, comme toute action." : "“u” undoes it, like any action."
        case .nothingChanged: return fr ? "Rien n’a été modifié." : "Nothing was changed."
        case .noticeHint: return fr ? "Entrée ou Échap : fermer" : "Enter or Esc: close"
        case .buttonCancel: return fr ? "Annuler" : "Cancel"
        case .confirmHint: return fr ? "o : confirmer · n ou Échap : annuler · ◂ ▸ puis Entrée" : "y: confirm · n or Esc: cancel · ◂ ▸ then Enter"
        case .confirmRemoveTitle: return fr ? "Retirer un porteur" : "Remove a holder"
        case .buttonRemove: return fr ? "Retirer" : "Remove"
        case .confirmMergeTitle: return fr ? "Fusionner deux porteurs" : "Merge two holders"
        case .buttonMerge: return fr ? "Fusionner" : "Merge"
        case .confirmEraseTitle: return fr ? "Effacement définitif" : "Erasure, for good"
        case .eraseIsFinal:
            return fr ? "C’est définitif : « u » ne le rétablira pas. Nom, coordonnées, notes et remarques disparaissent de ces données et, à la prochaine synchronisation, des autres installations ; les chiffres restent, sans nom."
                : "This is final: “u” will not bring it back. Name, contact details, notes and remarks go from this data and, at the next sync, from the other installations; the figures stay, without a name."
        case .buttonErase: return fr ? "Effacer définitivement" : "Erase for good"
        case .confirmWithdrawTitle: return fr ? "Retrait du consentement" : "Consent withdrawn"
        case .withdrawErases:
            return fr ? "Les données enregistrées sous ce consentement sont effacées, définitivement : « u » ne les rétablira pas."
                : "The data recorded under this consent is erased for good: “u” will not bring it back."
        case .buttonWithdraw: return fr ? "Retirer le consentement" : "Withdraw the consent"
        case .pickEditTitle: return fr ? "Que modifier ?" : "Edit what?"
        case .editWhatHolder: return fr ? "Le porteur" : "The holder"
        case .editWhatProject: return fr ? "Le projet" : "The project"
        case .editWhatSession: return fr ? "La séance" : "The session"
        case .editWhatCohort: return fr ? "La promotion" : "The cohort"
        case .editWhatProgramme: return fr ? "Le dispositif" : "The programme"
        case .pickDuplicateTitle: return fr ? "Fusionner un doublon" : "Merge a duplicate"
        case .pickCohortTitle: return fr ? "Transférer vers…" : "Transfer to…"
        case .noOtherHolder: return fr ? "Aucun autre porteur avec qui fusionner." : "No other holder to merge with."
        case .noOtherCohort: return fr ? "Aucune autre promotion où transférer ce porteur." : "No other cohort to transfer this holder to."
        case .pickerSearch: return fr ? "Chercher : " : "Search: "
        case .pickerSearchHint: return fr ? "tapez pour filtrer" : "type to narrow"
        case .pickerNothing: return fr ? "Aucun résultat." : "No match."
        case .pickerHint: return fr ? "↑ ↓ : choisir · Entrée : valider · Échap : annuler" : "↑ ↓: choose · Enter: pick · Esc: cancel"
        case .actEditCohortOrProgramme: return fr ? "Modifier promotion ou dispositif" : "Edit cohort or programme"
        case .actEditHolderOrProject: return fr ? "Modifier porteur ou projet" : "Edit holder or project"
        case .actEditHolder: return fr ? "Modifier le porteur (nom, commune…)" : "Edit holder (name, town…)"
        case .actEditProject: return fr ? "Modifier le projet (intitulé…)" : "Edit project (title, sectors…)"
        case .actEditCohort: return fr ? "Modifier la promotion (dates…)" : "Edit cohort (dates, capacity…)"
        case .actTransfer: return fr ? "Transférer de promotion" : "Transfer to another cohort"
        case .actRemoveHolder: return fr ? "Retirer (saisi par erreur)" : "Remove (entered in error)"
        case .actMergeHolder: return fr ? "Fusionner un doublon ici" : "Merge a duplicate here"
        case .actConsent: return fr ? "Noter un consentement" : "Record a consent"
        case .actSituation: return fr ? "Situation : freins, profil" : "Situation: obstacles, profile"
        case .actErase: return fr ? "Effacer (RGPD, définitif)" : "Erase (GDPR, final)"
        case .openEvents, .noOpenEvent, .colOwner, .colParticipants, .formNewEvent, .formEditEvent, .formHeadcount,
             .fieldOwner, .fieldElus, .fieldTechniciens, .fieldProfessionnels, .fieldHabitants, .fieldPorteurs, .fieldAutres,
             .fieldOtherAudiences, .fieldTotal, .formInvalidAudiences,
             .actOpenEvents, .actNewEvent, .actEditEvent, .actHeadcount, .actCancelEvent, .actHoldSession,
             .detailHeadcount, .detailOwner, .headcountOnlyForEvents, .holdOnlyForSessions:
            return openEventText(fr)
        // After the programme, the project's path, evaluations.
        case .followUpsTitle: return fr ? "Suivis après le parcours" : "Follow-ups after the programme"
        case .followUpsShort: return fr ? "Suivis" : "Follow-ups"
        case .followUpsDue: return fr ? "Suivis à faire" : "Follow-ups due"
        case .seeAllFollowUps: return fr ? "s : tous les suivis" : "s: all follow-ups"
        case .openNeeds: return fr ? "Besoins ouverts :" : "Open needs:"
        case .followUpsTabDue: return fr ? "À faire" : "Due"
        case .followUpsTabKnown: return fr ? "Connus" : "Known"
        case .followUpsTabUpcoming: return fr ? "À venir" : "Upcoming"
        case .colWave: return fr ? "Suivi" : "Wave"
        case .colDue: return fr ? "Échéance" : "Due"
        case .colStanding: return fr ? "État" : "Standing"
        case .colCohort: return fr ? "Promotion" : "Cohort"
        case .allCohorts: return fr ? "Toutes les promotions" : "Every cohort"
        case .allCohortsShort: return fr ? "toutes" : "all"
        case .pickCohortFilterTitle: return fr ? "Suivis de quelle promotion ?" : "Follow-ups of which cohort?"
        case .noFollowUpPlanned:
            return fr ? "Aucun dispositif ne prévoit de suivi après le parcours (à 6 mois, 1 an, 3 ans…)."
                : "No programme plans follow-ups after the programme (at 6 months, 1 year, 3 years…)."
        case .nothingDue: return fr ? "Aucun suivi en attente : tout est à jour." : "No follow-up waiting: all up to date."
        case .nothingKnown: return fr ? "Aucun suivi enregistré pour l’instant." : "No follow-up recorded yet."
        case .nothingUpcoming: return fr ? "Aucun suivi à venir." : "No follow-up to come."
        case .nothingRecordedHere: return fr ? "Aucun suivi enregistré sur cette ligne." : "No follow-up recorded on this line."
        case .confirmRemoveFollowUpTitle: return fr ? "Retirer un suivi" : "Remove a follow-up"
        case .detailContact: return fr ? "Contact" : "Contact"
        case .detailProgramme: return fr ? "Parcours" : "Programme"
        case .detailFollowUp: return fr ? "Suivi" : "Follow-up"
        case .detailNote: return fr ? "Note" : "Note"
        case .nothingOnThePath:
            return fr ? "Forme juridique, jalons, besoins : rien de noté (l, m, b)" : "Legal form, milestones, needs: nothing recorded (l, m, b)"
        case .openNeedsLabel: return fr ? "Besoins ouverts" : "Open needs"
        case .sheetTitle: return fr ? "Feuille d’émargement" : "Attendance sheet"
        case .ifKnown: return fr ? "un nombre, si connu" : "a number, if known"
        case .scaleExpected: return fr ? "Une note de 0 à 10 (9, 9/10, 9 sur 10)." : "A score from 0 to 10 (9, 9/10)."
        case .milestonesLabel: return fr ? "Jalons" : "Milestones"
        case .resolvedNeeds: return fr ? "Besoins résolus" : "Needs resolved"
        case .noLegalFormYet: return fr ? "pas encore choisie" : "not chosen yet"
        case .followUpsSection: return fr ? "Suivis après le parcours" : "Follow-ups after the programme"
        case .evaluationsSection: return fr ? "Questionnaires et jury" : "Questionnaires and jury"
        case .juryProject: return fr ? "projet" : "project"
        case .juryProgress: return fr ? "progression" : "progress"
        case .formFollowUp: return fr ? "Suivi après le parcours" : "Follow-up after the programme"
        case .formMilestone: return fr ? "Jalon du projet" : "Project milestone"
        case .formAddNeed: return fr ? "Nouveau besoin" : "New need"
        case .formResolveNeed: return fr ? "Besoin résolu" : "Need resolved"
        case .formLegalForm: return fr ? "Changement de forme juridique" : "Change of legal form"
        case .formAnswers: return fr ? "Réponses au questionnaire" : "Questionnaire answers"
        case .formJury: return fr ? "Évaluation du jury" : "The jury's evaluation"
        case .fieldWave: return fr ? "Suivi à" : "Wave"
        case .fieldActivity: return fr ? "Activité" : "Activity"
        case .fieldJobsCreated: return fr ? "Emplois créés" : "Jobs created"
        case .fieldJobsKept: return fr ? "Emplois maintenus" : "Jobs kept"
        case .fieldStructure: return fr ? "Structure créée" : "Structure"
        case .fieldReached: return fr ? "Atteint" : "Reached"
        case .fieldNeedKind: return fr ? "Besoin" : "Need"
        case .fieldSolution: return fr ? "Solution trouvée" : "Solution"
        case .fieldNewLegalForm: return fr ? "Nouvelle forme" : "New form"
        case .fieldAnswer: return fr ? "Réponse" : "Answer"
        case .fieldCohort: return fr ? "Promotion" : "Cohort"
        case .fieldJuryProject: return fr ? "Le projet" : "The project"
        case .fieldJuryProgress: return fr ? "Sa progression" : "Their progress"
        case .fieldJuryDecision: return fr ? "Décision" : "Decision"
        case .fieldComment: return fr ? "Commentaire" : "Comment"
        case .formInvalidCount: return fr ? "Nombre entier attendu, 0 ou plus." : "Expected a whole number, 0 or more."
        case .formChoose: return fr ? "À choisir avec ◂ ▸." : "Choose with ◂ ▸."
        case .milestoneClear: return fr ? "non : le retirer" : "no: clear it"
        case .milestoneWord: return fr ? "jalon" : "milestone"
        case .legalFormTypo:
            return fr ? "Une faute de frappe dans la forme actuelle ? Corrigez-la plutôt avec E (modifier le projet)."
                : "A typo in the current form? Correct it with E (edit the project) instead."
        case .scaleHint: return fr ? "de 0 à 10" : "0 to 10"
        case .scaleSuffix: return fr ? "(0 à 10)" : "(0 to 10)"
        case .noJuryMember: return fr ? "aucun membre du jury noté" : "no jury member recorded"
        case .noProjectForThis: return fr ? "Ce porteur n’a pas de projet." : "This holder has no project."
        case .pickProjectTitle: return fr ? "Quel projet ?" : "Which project?"
        case .pickMilestoneTitle: return fr ? "Jalons du projet" : "The project's milestones"
        case .pickNeedTitle: return fr ? "Besoins du projet" : "The project's needs"
        case .newNeed: return fr ? "Nouveau besoin…" : "New need…"
        case .pickQuestionnaireTitle: return fr ? "Quel questionnaire ?" : "Which questionnaire?"
        case .notAnswered: return fr ? "pas encore répondu" : "not answered yet"
        case .pickJuryHolderTitle: return fr ? "Évaluation du jury : qui ?" : "The jury's evaluation: whom?"
        case .nobodyExpected: return fr ? "Personne n’est attendu à cette séance." : "Nobody is expected at this session."
        case .notEvaluated: return fr ? "pas encore évalué" : "not evaluated yet"
        case .workWritingSheet: return fr ? "Écriture de la feuille d’émargement…" : "Writing the attendance sheet…"
        case .actFollowUps: return fr ? "Suivis après le parcours" : "Follow-ups after the programme"
        case .actRecordFollowUp: return fr ? "Noter un suivi" : "Record a follow-up"
        case .actOpenHolderFile: return fr ? "Ouvrir la fiche du porteur" : "Open the holder's file"
        case .actChooseCohort: return fr ? "Choisir la promotion" : "Choose the cohort"
        case .actRemoveFollowUp: return fr ? "Retirer un suivi noté" : "Remove a follow-up"
        case .actMilestone: return fr ? "Jalon atteint" : "Milestone reached"
        case .actNeed: return fr ? "Besoin : noter, résoudre" : "Need: record, resolve"
        case .actLegalForm: return fr ? "Changement de forme juridique" : "Change of legal form"
        case .actAnswers: return fr ? "Réponses à un questionnaire" : "Answers to a questionnaire"
        case .actAttendanceSheet: return fr ? "Feuille d’émargement (HTML, dossier exports/)" : "Attendance sheet (HTML, exports/ folder)"
        case .actJuryEvaluation: return fr ? "Évaluation du jury (séance de bilan)" : "The jury's evaluation (review session)"
        case .ideasTitle: return fr ? "Idées et appels" : "Ideas and calls"
        case .ideasShort: return fr ? "Idées" : "Ideas"
        case .ideasTab: return fr ? "Idées" : "Ideas"
        case .callsTab: return fr ? "Appels (AMI)" : "Calls"
        case .colIdea: return fr ? "Idée" : "Idea"
        case .colSourceOrHolder: return fr ? "Porteur ou source" : "Holder or source"
        case .colSince: return fr ? "Depuis" : "Since"
        case .colCall: return fr ? "Appel" : "Call"
        case .colOpen: return fr ? "Ouvert" : "Open"
        case .colApplications: return fr ? "Candid." : "Applic."
        case .colEligible: return fr ? "Éligib." : "Eligible"
        case .detailNeed: return fr ? "Besoin" : "Need"
        case .detailSource: return fr ? "Source" : "Source"
        case .detailHistory: return fr ? "Historique" : "History"
        case .detailAdopter: return fr ? "Porteur" : "Holder"
        case .detailCriteria: return fr ? "Critères" : "Criteria"
        case .detailApplications: return fr ? "Candidatures" : "Applications"
        case .noIdea: return fr ? "Aucune idée. « a » pour en noter une." : "No idea yet. Press “a” to record one."
        case .noCall: return fr ? "Aucun appel à candidatures." : "No call for applications."
        case .allProgrammesShort: return fr ? "tous" : "all"
        case .allProgrammes: return fr ? "Tous les dispositifs" : "Every programme"
        case .pickProgrammeFilterTitle: return fr ? "Dispositif à afficher" : "Programme to show"
        case .formNewIdea: return fr ? "Nouvelle idée" : "New idea"
        case .formIdeaStatus: return fr ? "Statut de l’idée" : "The idea's status"
        case .formAdoptIdea: return fr ? "Adoption de l’idée" : "The idea taken up"
        case .formAdoptByNewHolder: return fr ? "Adoption par un porteur trouvé" : "Taken up by a holder found"
        case .fieldSource: return fr ? "Source du besoin" : "Source of the need"
        case .fieldNeed: return fr ? "Besoin" : "Need"
        case .fieldHolderKind: return fr ? "Type de porteur" : "Kind of holder"
        case .pickAdopterTitle: return fr ? "Porteur qui adopte l’idée" : "Holder who takes the idea up"
        case .newAdopter: return fr ? "+ Un nouveau porteur, trouvé pour cette idée" : "+ A new holder, found for this idea"
        case .pickApplicantTitle: return fr ? "Candidature à ouvrir" : "Application to open"
        case .notAdoptedYet: return fr ? "Pas encore de porteur : « A » pour faire adopter l’idée." : "No holder yet: press “A” to have the idea taken up."
        case .noApplicant: return fr ? "Aucune candidature à cet appel." : "No application to this call."
        case .ideaIsAProjectNow: return fr ? "Cette idée est devenue un projet : changez-le depuis la fiche de son porteur (Entrée)." : "This idea is a project now: change it from its holder's file (Enter)."
        case .actIdeas: return fr ? "Idées et appels à candidatures" : "Ideas and calls for applications"
        case .actNewIdea: return fr ? "Noter une idée" : "Record an idea"
        case .actIdeaStatus: return fr ? "Changer le statut de l’idée" : "Change the idea's status"
        case .actIdeaNext: return fr ? "Statut suivant" : "Next status"
        case .actIdeaPrevious: return fr ? "Statut précédent" : "Previous status"
        case .actAdoptIdea: return fr ? "Faire adopter l’idée par un porteur" : "Have a holder take the idea up"
        case .actChooseProgramme: return fr ? "Choisir le dispositif affiché" : "Choose the programme shown"
        case .actOpenIdea: return fr ? "Fiche du porteur (idée adoptée), sinon le statut" : "The holder's file (idea taken up), else the status"
        case .actOpenApplicant: return fr ? "Ouvrir la fiche d’un candidat" : "Open an applicant's file"
        case .calendarTitle: return fr ? "Calendrier" : "Calendar"
        case .calendarWeek: return fr ? "Semaine" : "Week"
        case .calendarMonth: return fr ? "Mois" : "Month"
        case .colDay: return fr ? "Jour" : "Day"
        case .colFacilitatedBy: return fr ? "Animé par" : "Facilitated by"
        case .allDay: return fr ? "journée" : "all day"
        case .detailOverlap: return fr ? "Chevauche" : "Overlaps"
        case .detailReferent: return fr ? "Référent·e" : "Referent"
        case .actCalendar: return fr ? "Calendrier de toutes les promotions" : "Calendar of every cohort"
        case .actMyHolders: return fr ? "Mes porteurs / tous" : "My holders / all"
        case .actPreviousPeriod: return fr ? "Semaine ou mois précédent" : "Previous week or month"
        case .actNextPeriod: return fr ? "Semaine ou mois suivant" : "Next week or month"
        case .actToday: return fr ? "Revenir à aujourd’hui" : "Back to today"
        case .actOpenSession: return fr ? "Ouvrir la séance ou l’événement (dans sa promotion)" : "Open the session or event (in its cohort)"
        case .allHoldersShown: return fr ? "Tous les porteurs sont affichés." : "Every holder is shown."
        case .directoryEmpty:
            return fr ? "L’annuaire est vide : nommez un·e référent·e sur la fiche d’un porteur (E), ou parcours person add NOM."
                : "The directory is empty: name a referent on a holder's file (E), or parcours person add NAME."
        case .you: return fr ? "vous" : "you"
        case .pickReferentTitle: return fr ? "Porteurs suivis par…" : "Holders followed by…"
        case .overlapTitle: return fr ? "Séances en même temps" : "Sessions at the same time"
        case .overlapHint:
            return fr ? "La séance est enregistrée. Pour la déplacer, sélectionnez-la et modifiez-la (e)."
                : "The session is recorded. To move it, select it and edit it (e)."
        case .fieldFacilitators: return fr ? "Animé par" : "Facilitated by"
        case .fieldNewFacilitator: return fr ? "Autre personne" : "Someone else"
        case .fieldNewVenue: return fr ? "Nouveau lieu" : "New venue"
        case .fieldReferent: return fr ? "Référent·e" : "Referent"
        case .fieldNewReferent: return fr ? "Nouveau·elle référent·e" : "New referent"
        case .ifNotListed: return fr ? "s’il n’est pas dans la liste" : "if not in the list"
        case .personName: return fr ? "Prénom Nom" : "First Last"
        }
    }

    // MARK: Corrections and a person's rights

    /// "3 marques de présence, 1 note, 1 participation" (the parts that are not zero): an
    /// absence is a mark too, so not "3 présences".
    static func historyCounts(_ marks: Int, _ notes: Int, _ participations: Int, _ l: Language) -> String {
        func part(_ n: Int, _ fr: String, _ en: String) -> String? {
            n == 0 ? nil : l == .fr ? "\(n) \(fr)" : "\(n) \(en)\(n > 1 ? "s" : "")"
        }
        return [part(marks, marks > 1 ? "marques de présence" : "marque de présence", "attendance mark"),
                part(notes, notes > 1 ? "notes" : "note", "note"),
                part(participations, participations > 1 ? "participations" : "participation", "participation")].compactMap { $0 }.joined(separator: ", ")
    }

    static func removeNote(_ name: String, _ l: Language) -> String {
        l == .fr ? "« \(name) » sera retiré de toutes les listes ; le journal garde son nom."
            : "“\(name)” will be taken out of every list; the journal keeps their name."
    }

    static func removeWithHistoryNote(_ name: String, _ counts: String, _ l: Language) -> String {
        l == .fr ? "« \(name) » a un historique : \(counts). Pour le retirer aussi, choisissez « Avec l’historique : oui » (sinon le retrait est refusé). Un doublon ? Fusionnez-le plutôt (F)."
            : "“\(name)” has a history: \(counts). To remove it too, choose “With the history: yes” (else the removal is refused). A duplicate? Merge it instead (F)."
    }

    static func removeQuestion(_ name: String, _ l: Language) -> String {
        l == .fr ? "Retirer « \(name) » de toutes les listes ?" : "Take “\(name)” out of every list?"
    }

    static func historyGoesToo(_ counts: String, _ l: Language) -> String {
        l == .fr ? "Son historique part aussi, dans la même action : \(counts)." : "Their history goes too, in the same action: \(counts)."
    }

    static func pickDuplicateNote(_ keep: String, _ l: Language) -> String {
        l == .fr ? "Le doublon à fusionner dans « \(keep) » (qui est gardé) ; les noms proches d’abord."
            : "The duplicate to merge into “\(keep)” (who is kept); similar names first."
    }

    static func mergeQuestion(duplicate: String, keep: String, _ l: Language) -> String {
        l == .fr ? "Fusionner « \(duplicate) » dans « \(keep) » ?" : "Merge “\(duplicate)” into “\(keep)”?"
    }

    static func mergeMoves(duplicate: String, keep: String, _ l: Language) -> String {
        l == .fr ? "Ses participations, présences, notes, projets et rendez-vous passent à « \(keep) », qui reçoit ce qui lui manquait (commune, courriel…) ; « \(duplicate) » est retiré des listes."
            : "Their participations, marks, notes, projects and meetings move to “\(keep)”, who gets what they lacked (town, email…); “\(duplicate)” is taken out of the lists."
    }

    static func pickCohortNote(_ name: String, from: String?, _ l: Language) -> String {
        if let from {
            return l == .fr ? "« \(name) » quitte « \(from) » pour :" : "“\(name)” leaves “\(from)” for:"
        }
        return l == .fr ? "La promotion où transférer « \(name) » :" : "The cohort to transfer “\(name)” to:"
    }

    static func transferNote(_ name: String, from: String?, to: String, _ l: Language) -> String {
        let leaves = from.map { l == .fr ? "de « \($0) » " : "from “\($0)” " } ?? ""
        return l == .fr ? "« \(name) » passe \(leaves)à « \(to) » : ce n’est pas une sortie. Date : aujourd’hui si vide."
            : "“\(name)” moves \(leaves)to “\(to)”: not a drop-out. Date: today when empty."
    }

    static func eraseNote(_ name: String, _ l: Language) -> String {
        l == .fr ? "Efface pour toujours le nom, les coordonnées, les notes et les remarques de « \(name) » ; ses chiffres restent, sans nom. Le motif reste au journal : il ne doit pas citer la personne."
            : "Erases for good the name, contact details, notes and remarks of “\(name)”; their figures stay, without a name. The reason stays in the journal: it must not quote the person."
    }

    static func eraseQuestion(_ name: String, _ l: Language) -> String {
        l == .fr ? "Effacer définitivement les données de « \(name) » ?" : "Erase the data of “\(name)” for good?"
    }

    /// The quotes hold to the reason with no-break spaces, so a wrapped line never starts
    /// with a lone "»".
    static func reasonKept(_ reason: String, _ l: Language) -> String {
        l == .fr ? "Motif gardé au journal : «\u{00A0}\(reason)\u{00A0}»" : "Reason kept in the journal: “\(reason)”"
    }

    static func withdrawQuestion(_ name: String, _ scope: String, _ l: Language) -> String {
        l == .fr ? "Retirer le consentement de « \(name) » pour : \(scope) ?" : "Withdraw “\(name)”'s consent to: \(scope)?"
    }

    /// "donné le 12/01/2026" / "given on 01/12/2026".
    static func consentGivenOn(_ day: String, _ l: Language) -> String {
        l == .fr ? "consentement du \(day)" : "consent of \(day)"
    }

    static func situationNote(_ name: String, _ consents: String, _ l: Language) -> String {
        l == .fr ? "\(name) — \(consents). Ces données ne s’enregistrent qu’avec le consentement de la personne (c)."
            : "\(name) — \(consents). This data is recorded only with the person's consent (c)."
    }

    /// A `:` form verb typed where nothing it applies to is selected.
    static func verbNeedsSelection(_ verb: VerbParser.FormVerb, _ l: Language) -> String {
        let word: String
        switch verb {
        case .edit: word = l == .fr ? "modifier" : "edit"
        case .remove: word = l == .fr ? "retirer" : "remove"
        case .merge: word = l == .fr ? "fusionner" : "merge"
        case .transfer: word = l == .fr ? "transférer" : "transfer"
        case .erase: word = l == .fr ? "effacer" : "erase"
        case .consent: word = l == .fr ? "consentement" : "consent"
        case .situation: word = "situation"
        case .followUp: word = l == .fr ? "suivi" : "followup"
        case .followUps: word = l == .fr ? "suivis" : "followups"
        case .questionnaire: word = "questionnaire"
        case .milestone: word = l == .fr ? "jalon" : "milestone"
        case .need: word = l == .fr ? "besoin" : "need"
        case .legalForm: word = l == .fr ? "forme" : "legal-form"
        case .sheet:
            return l == .fr ? "« feuille » : sélectionnez une séance (vues Séances ou Émargement) ou nommez-la (:feuille Atelier 1)."
                : "“sheet”: select a session (Sessions or Roll call view) or name it (:sheet Workshop 1)."
        case .jury:
            return l == .fr ? "« jury » : sélectionnez une séance de bilan dans la vue Séances (puis :jury, ou J)."
                : "“jury”: select a review session in the Sessions view (then :jury, or J)."
        case .ideas, .calls, .idea: word = l == .fr ? "idees" : "ideas"
        case .ideaStatus: return ideaVerbNeedsSelection(l == .fr ? "statut-idee" : "idea-status", l)
        case .adopt: return ideaVerbNeedsSelection(l == .fr ? "adopter" : "adopt", l)
        }
        return l == .fr ? "« \(word) » : sélectionnez un porteur ou nommez-le (:\(word) Léa Martin)."
            : "“\(word)”: select a holder or name them (:\(word) Léa Martin)."
    }

    /// A session kind in a few letters, for tables and one-line summaries (the domain's
    /// catalog keeps the full words for sentences).
    static func kindShort(_ kind: SessionKind, _ l: Language) -> String {
        let fr = l == .fr
        switch kind {
        case .atelier: return fr ? "atelier" : "workshop"
        case .individuel: return fr ? "RDV individuel" : "1:1 meeting"
        case .bilan: return fr ? "bilan" : "review"
        case .visite: return fr ? "visite" : "visit"
        case .reunion: return fr ? "réunion" : "meeting"
        }
    }

    /// A session kind in five cells at most, under a roll call column ("" for a workshop).
    static func kindTiny(_ kind: SessionKind, _ l: Language) -> String {
        let fr = l == .fr
        switch kind {
        case .atelier: return ""
        case .individuel: return fr ? "RDV" : "1:1"
        case .bilan: return fr ? "bilan" : "rev."
        case .visite: return fr ? "vis." : "visit"
        case .reunion: return fr ? "réun." : "meet."
        }
    }

    /// "Amandine Faure : 2 absences de suite" / "Amandine Faure: 2 absences in a row".
    static func absencesInARow(_ name: String, _ n: Int, _ l: Language) -> String {
        l == .fr ? "\(name) : \(n) absences de suite" : "\(name): \(n) absences in a row"
    }

    /// "3 présents · 1 absent · 1 excusé · 2 sans marque".
    static func marksSummary(present: Int, absent: Int, excused: Int, unmarked: Int, _ l: Language) -> String {
        func n(_ k: Int, _ fr: String, _ en: String) -> String {
            l == .fr ? "\(k) \(fr)\(k > 1 ? "s" : "")" : "\(k) \(en)"
        }
        var parts = [n(present, "présent", "present"), n(absent, "absent", "absent"), n(excused, "excusé", "excused")]
        if unmarked > 0 { parts.append(l == .fr ? "\(unmarked) sans marque" : "\(unmarked) unmarked") }
        return parts.joined(separator: " · ")
    }

    /// "3 de plus" / "3 more" (lines beyond the panel).
    static func more(_ n: Int, _ l: Language) -> String { l == .fr ? "\(n) de plus" : "\(n) more" }

    /// Marking someone else at an individual meeting.
    static func notTheirMeeting(_ holder: String, _ l: Language) -> String {
        l == .fr ? "Ce rendez-vous individuel est celui de \(holder)." : "This 1:1 meeting is \(holder)'s."
    }

    /// "Rapport enregistré : PATH" / "Report saved: PATH".
    static func reportSaved(_ path: String, _ l: Language) -> String {
        l == .fr ? "Rapport enregistré : \(path)" : "Report saved: \(path)"
    }

    static func rowPosition(_ index: Int, _ count: Int, _ l: Language) -> String {
        count == 0 ? (l == .fr ? "vide" : "empty") : "\(index + 1)/\(count)"
    }

    static func holdersCount(_ n: Int, _ l: Language) -> String {
        l == .fr ? "\(n) porteur\(n > 1 ? "s" : "")" : "\(n) holder\(n == 1 ? "" : "s")"
    }

    static func sessionsCount(held: Int, total: Int, _ l: Language) -> String {
        l == .fr ? "séances \(held)/\(total)" : "sessions \(held)/\(total)"
    }

    static func days(_ n: Int, _ l: Language) -> String { l == .fr ? "\(n) j" : "\(n) d" }

    static func percent(_ rate: Double?) -> String {
        guard let rate else { return "–" }
        return "\(Int((rate * 100).rounded())) %"
    }

    static func unknownVerb(_ verb: String, _ l: Language) -> String {
        (l == .fr ? "Commande inconnue : « \(verb) ». " : "Unknown command: “\(verb)”. ") + UIText.commandLineUsage.text(l)
    }

    static func missingArguments(_ verb: String, _ l: Language) -> String {
        (l == .fr ? "Il manque des éléments à « \(verb) ». " : "“\(verb)” needs more. ") + UIText.commandLineUsage.text(l)
    }

    static func invalidValue(_ value: String, _ l: Language) -> String {
        l == .fr ? "Valeur non reconnue : « \(value) »." : "Not recognised: “\(value)”."
    }

    static func unclosedQuote(_ l: Language) -> String {
        l == .fr ? "Guillemet non fermé." : "Unclosed quote."
    }

    static func refreshed(_ n: Int, _ l: Language) -> String {
        l == .fr ? "\(n) changement(s) venu(s) d'un autre terminal." : "\(n) change(s) from elsewhere."
    }

    static func sizeNeeded(_ l: Language) -> String { l == .fr ? "80×24 minimum" : "80×24 at least" }
}

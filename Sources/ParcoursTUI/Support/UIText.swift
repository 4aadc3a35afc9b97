import ParcoursDomain

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
    case noParticipant, noSession, noEvent, noCard
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
        case .fieldCohortName: return fr ? "Nom de la promotion" : "Cohort name"
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
            return fr ? "attend SÉANCE PORTEUR present|absent|excuse · stage PORTEUR ÉTAPE · status PORTEUR STATUT · note PORTEUR texte · undo · redo · sync · q"
                : "attend SESSION HOLDER present|absent|excuse · stage HOLDER STAGE · status HOLDER STATUS · note HOLDER text · undo · redo · sync · q"
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
        case .formSpaceToggles: return fr ? "Espace : cocher / décocher · ◂ ▸ : étape" : "Space: tick / untick · ◂ ▸: stage"
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
        case .actEditSession: return fr ? "Modifier la séance" : "Edit the session"
        case .actCancelSession: return fr ? "Annuler la séance" : "Cancel the session"
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
        }
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
        l == .fr ? "\(n) nouvel(s) événement(s) d'un autre terminal." : "\(n) new event(s) from elsewhere."
    }

    static func sizeNeeded(_ l: Language) -> String { l == .fr ? "80×24 minimum" : "80×24 at least" }
}

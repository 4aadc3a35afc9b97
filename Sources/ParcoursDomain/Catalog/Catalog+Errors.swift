extension Catalog {
    /// The message for a refused command, saying what to do about it.
    public static func text(_ error: DomainError, _ l: Language) -> String {
        switch error {
        case .emptyName(let kind):
            return pick(l, "Nom vide : donnez un nom (\(label(kind, .fr))).",
                        "Empty name: give the \(label(kind, .en)) a name.")
        case .notFound(let kind, let reference):
            // "Aucune personne", "aucun lieu": the word agrees with the kind's gender.
            let none = [.organisation, .cohort, .session, .note, .question, .person].contains(kind) ? "Aucune" : "Aucun"
            return pick(l, "\(none) \(label(kind, .fr)) ne correspond à « \(reference) ».",
                        "No \(label(kind, .en)) matches “\(reference)”.")
        case .ambiguous(let kind, let reference, let candidates):
            let list = candidates.map { "\($0.name) (\($0.id))" }.joined(separator: ", ")
            return pick(l, "« \(reference) » désigne plusieurs \(label(kind, .fr))s : \(list). Précisez avec l'identifiant.",
                        "“\(reference)” matches several \(label(kind, .en))s: \(list). Use the id to choose.")
        case .endBeforeStart(let start, let end):
            return pick(l, "La fin (\(end.iso)) est avant le début (\(start.iso)).",
                        "The end (\(end.iso)) is before the start (\(start.iso)).")
        case .invalidCapacity(let n):
            return pick(l, "Capacité invalide (\(n)) : indiquez au moins 1 place.",
                        "Invalid capacity (\(n)): give at least 1 place.")
        case .invalidTransition(let from, let to):
            return pick(l, "Passage impossible de « \(label(from, .fr)) » à « \(label(to, .fr)) ».",
                        "Cannot go from “\(label(from, .en))” to “\(label(to, .en))”.")
        case .alreadyEnrolled(let holder, let cohort, let status):
            return pick(l, "\(holder) est déjà dans « \(cohort) » (\(label(status, .fr))) : changez plutôt sa participation.",
                        "\(holder) is already in “\(cohort)” (\(label(status, .en))): change the participation instead.")
        case .notEnrolled(let holder, let cohort):
            return pick(l, "\(holder) n'est pas dans « \(cohort) » : inscrivez-le d'abord.",
                        "\(holder) is not in “\(cohort)”: enrol them first.")
        case .notTakingPart(let holder, let session):
            return pick(l, "\(holder) ne participe pas à « \(session) » : seules les personnes inscrites ont une présence.",
                        "\(holder) does not take part in “\(session)”: only enrolled holders get a mark.")
        case .sessionIsCancelled(let session):
            return pick(l, "« \(session) » est annulée : pas de présence sur une séance annulée.",
                        "“\(session)” is cancelled: no marks on a cancelled session.")
        case .sessionAlreadyHeld(let session):
            return pick(l, "« \(session) » a déjà eu lieu : elle ne peut plus être annulée.",
                        "“\(session)” was already held: it can no longer be cancelled.")
        case .individualNeedsHolder:
            return pick(l, "Un rendez-vous individuel a besoin d'un porteur.",
                        "An individual meeting needs a holder.")
        case .orientationNeedsDestination:
            return pick(l, "Orienté : indiquez vers quelle structure.",
                        "Referred on: say to which organisation.")
        case .alreadyAtStage(let project, let stage):
            return pick(l, "« \(project) » est déjà au stade « \(label(stage, .fr)) ».",
                        "“\(project)” is already at stage “\(label(stage, .en))”.")
        case .alreadyInStatus(let project, let status):
            return pick(l, "« \(project) » est déjà « \(label(status, .fr)) ».",
                        "“\(project)” is already “\(label(status, .en))”.")
        case .cohortAlreadyInStatus(let cohort, let status):
            return pick(l, "« \(cohort) » est déjà « \(label(status, .fr)) ».",
                        "“\(cohort)” is already “\(label(status, .en))”.")
        case .alreadyHolderOfProject(let holder, let project):
            return pick(l, "\(holder) porte déjà « \(project) ».",
                        "\(holder) already carries “\(project)”.")
        case .noMark(let holder, let session):
            return pick(l, "\(holder) n'a pas de présence à « \(session) ».",
                        "\(holder) has no mark at “\(session)”.")
        case .nothingToMark(let session):
            return pick(l, "Tout le monde a déjà une présence à « \(session) ».",
                        "Everyone already has a mark at “\(session)”.")
        case .noMissingTemplateSessions(let cohort):
            return pick(l, "« \(cohort) » a déjà une séance pour chaque atelier du modèle.",
                        "“\(cohort)” already has a session for every template workshop.")
        case .emptyTemplate(let programme):
            return pick(l, "Le dispositif « \(programme) » n'a pas encore d'atelier dans son modèle.",
                        "Programme “\(programme)” has no workshop in its template yet.")
        case .sessionUnchanged(let session):
            return pick(l, "Rien à changer pour « \(session) ».",
                        "Nothing to change for “\(session)”.")
        case .erasureCannotBeUndone:
            return pick(l, "Un effacement ne s’annule pas : les données effacées n’existent plus.",
                        "An erasure cannot be undone: the erased data no longer exists.")
        case .personErased(let number):
            return pick(l, "Les données de la personne effacée \(number) ont été effacées : seuls ses chiffres restent, rien ne peut plus être noté à son sujet.",
                        "Erased person \(number)'s data was erased: only figures remain, nothing more can be recorded about them.")
        case .invalidRetention(let months):
            return pick(l, "Une durée de conservation va d’un mois à cent ans (\(months) mois demandés).",
                        "A retention period is between one month and a hundred years (\(months) months asked).")
        case .nobodyPastRetention(let months):
            return pick(l, "Personne n’a de dernier contact de plus de \(months) mois : rien à anonymiser.",
                        "Nobody's last contact is more than \(months) months old: nothing to anonymise.")
        case .consentNeedsOneDate:
            return pick(l, "Indiquez soit la date où le consentement a été donné (--given), soit celle où il a été retiré (--withdrawn).",
                        "Give either the day consent was given (--given) or the day it was withdrawn (--withdrawn).")
        case .noConsent(let holder, let scope):
            return pick(l, "\(holder) n’a pas donné son consentement pour : \(consentScope(scope, .fr)). Ces données ne s’enregistrent qu’avec lui : enregistrez d’abord son consentement.",
                        "\(holder) has not consented to: \(consentScope(scope, .en)). This data is recorded only with consent: record their consent first.")
        case .consentWithdrawnBeforeGiven(let given):
            return pick(l, "Un consentement ne se retire pas avant d’avoir été donné (le \(given.iso)).",
                        "A consent cannot be withdrawn before it was given (on \(given.iso)).")
        case .unknownSensitiveValue(let value, let scope):
            let known: [String]
            switch scope {
            case .obstacles: known = Obstacle.allCases.map(\.rawValue)
            case .profile: known = ProfileTag.allCases.map(\.rawValue)
            }
            return pick(l, "« \(value) » n’est pas une valeur connue (\(known.joined(separator: ", "))).",
                        "“\(value)” is not a known value (\(known.joined(separator: ", "))).")
        case .nothingChanged:
            return pick(l, "Rien ne change : c’est déjà enregistré ainsi.", "Nothing changes: it is already recorded so.")
        case .reasonHoldsPersonalData:
            return pick(l, "Le motif d’un effacement reste dans le journal : il ne doit citer ni le nom ni les coordonnées de la personne (par exemple « demande de l’intéressée du 3 décembre »).",
                        "An erasure's reason stays in the log: it must not quote the person's name or contact details (say, “request of the person, 3 December”).")
        case .nothingToUndo(let author):
            return pick(l, "Rien à annuler pour \(author).",
                        "Nothing to undo for \(author).")
        case .nothingToRedo(let author):
            return pick(l, "Rien à rétablir pour \(author).",
                        "Nothing to redo for \(author).")
        case .undoConflict(let what):
            return pick(l, "Annulation impossible : \(what) a été modifié depuis.",
                        "Cannot undo: \(what) was changed since.")
        case .undoBlocked(let what):
            return pick(l, "Annulation impossible : des changements ultérieurs dépendent de \(what).",
                        "Cannot undo: later changes depend on \(what).")
        case .textTooLong(let field, let length, let limit):
            return pick(l, "Trop long pour \(label(field, .fr)) : \(length) caractères, \(limit) au plus.",
                        "Too long for \(label(field, .en)): \(length) characters, at most \(limit).")
        case .controlCharacter(let field, let code, let position):
            return pick(l, "\(character(code, .fr)) dans \(label(field, .fr)), au caractère \(position) : retirez-le.",
                        "\(character(code, .en)) in \(label(field, .en)), at character \(position): remove it.")
        case .dateInFuture(let fact, let date, let today):
            return pick(l, "Date dans le futur pour \(label(fact, .fr)) : \(date.iso) (nous sommes le \(today.iso)).",
                        "Date in the future for \(label(fact, .en)): \(date.iso) (today is \(today.iso)).")
        case .stageDateBeforeProject(let project, let date, let created):
            return pick(l, "Le changement d'étape est daté du \(date.iso), avant l'enregistrement de « \(project) » (\(created.iso)).",
                        "The stage change is dated \(date.iso), before “\(project)” was recorded (\(created.iso)).")
        case .stageDateBeforeLastChange(let project, let date, let last):
            return pick(l, "Le changement d'étape est daté du \(date.iso), avant le dernier changement d'étape de « \(project) » (\(last.iso)).",
                        "The stage change is dated \(date.iso), before the last stage change of “\(project)” (\(last.iso)).")
        case .invalidDuration(let minutes):
            return pick(l, "Durée invalide (\(minutes) min) : une séance dure plus de 0 et au plus \(InputRules.longestSession.minutes / 60) h.",
                        "Invalid duration (\(minutes) min): a session lasts more than 0 and at most \(InputRules.longestSession.minutes / 60) h.")
        case .nothingToChange(let kind, let name):
            return pick(l, "Rien à changer pour « \(name) » (\(label(kind, .fr))) : chaque valeur donnée est déjà la sienne.",
                        "Nothing to change for “\(name)” (\(label(kind, .en))): every value given is already its own.")
        case .dateBeforeRecorded(let fact, let what, let date, let recorded):
            return pick(l, "Date trop ancienne pour \(label(fact, .fr)) : \(date.iso), avant l'enregistrement de « \(what) » (\(recorded.iso)).",
                        "Date too early for \(label(fact, .en)): \(date.iso), before “\(what)” was recorded (\(recorded.iso)).")
        case .dateBeforeLastChange(let fact, let what, let date, let last):
            return pick(l, "Date trop ancienne pour \(label(fact, .fr)) : \(date.iso), avant le dernier changement de « \(what) » (\(last.iso)).",
                        "Date too early for \(label(fact, .en)): \(date.iso), before the last change of “\(what)” (\(last.iso)).")
        case .reasonRequired(let what):
            return pick(l, "Indiquez la raison pour « \(what) » (par exemple : saisi par erreur).",
                        "Give the reason for “\(what)” (for instance: entered by mistake).")
        case .holderHasHistory(let holder, let marks, let notes, let participations):
            let fr = [count(marks, "marque de présence", "marques de présence"), count(notes, "note", "notes"),
                      count(participations, "participation", "participations")].compactMap { $0 }.joined(separator: ", ")
            let en = [count(marks, "attendance mark", "attendance marks"), count(notes, "note", "notes"),
                      count(participations, "participation", "participations")].compactMap { $0 }.joined(separator: ", ")
            return pick(l, "\(holder) a un historique (\(fr)) : retirez-le avec son historique, ou fusionnez plutôt avec le bon porteur.",
                        "\(holder) has a history (\(en)): remove it with its history, or merge with the right holder instead.")
        case .participationHasMarks(let holder, let cohort, let marks):
            return pick(l, "\(holder) a \(marks) présence\(marks > 1 ? "s" : "") dans « \(cohort) » : effacez-les d'abord (attend … --clear).",
                        "\(holder) has \(marks) attendance mark\(marks > 1 ? "s" : "") in “\(cohort)”: clear them first (attend … --clear).")
        case .mergeSameHolder(let holder):
            return pick(l, "\(holder) ne peut pas être fusionné·e avec lui-même ou elle-même.",
                        "\(holder) cannot be merged into themselves.")
        case .mergeClashes(let keep, let duplicate, let clashes):
            let fr = clashes.map { clash -> String in
                switch clash {
                case .cohort(let name): "tous deux dans la promotion « \(name) »"
                case .session(let title, let date): "tous deux marqués à « \(title) » (\(date.iso))"
                }
            }
            let en = clashes.map { clash -> String in
                switch clash {
                case .cohort(let name): "both in cohort “\(name)”"
                case .session(let title, let date): "both marked at “\(title)” (\(date.iso))"
                }
            }
            return pick(l, "Fusion de \(duplicate) dans \(keep) impossible tant que ceci n'est pas réglé : \(fr.joined(separator: " ; ")). Gardez une seule présence par séance (attend … --clear) et une seule participation par promotion (participation … --remove).",
                        "Cannot merge \(duplicate) into \(keep) until these are settled: \(en.joined(separator: "; ")). Keep one mark per session (attend … --clear) and one participation per cohort (participation … --remove).")
        case .noCurrentCohort(let holder):
            return pick(l, "\(holder) n'est en cours dans aucune promotion : inscrivez-le plutôt (enrol).",
                        "\(holder) is not currently in any cohort: enrol them instead.")
        case .severalCurrentCohorts(let holder, let cohorts):
            let list = cohorts.map { pick(l, "« \($0) »", "“\($0)”") }.joined(separator: ", ")
            return pick(l, "\(holder) est en cours dans plusieurs promotions (\(list)) : précisez laquelle quitter avec --from.",
                        "\(holder) is currently in several cohorts (\(list)): say which one they leave with --from.")
        case .transferToSameCohort(let holder, let cohort):
            return pick(l, "\(holder) est déjà dans « \(cohort) ».", "\(holder) is already in “\(cohort)”.")
        case .invalidPosition(let position, let count):
            return pick(l, "Position \(position) impossible : le modèle compte \(count) atelier\(count > 1 ? "s" : "") (de 1 à \(count)).",
                        "No position \(position): the template has \(count) workshop\(count > 1 ? "s" : "") (1 to \(count)).")
        case .nameTaken(let kind, let name):
            return pick(l, "Il existe déjà un \(label(kind, l)) « \(name) » : choisissez un autre nom.",
                        "There is already a \(label(kind, l)) “\(name)”: choose another name.")
        case .nobodyExpected(let session):
            return pick(l, "Personne n'est attendu à « \(session) » : inscrivez d'abord des porteurs à la promotion.",
                        "Nobody is expected at “\(session)”: enrol holders in the cohort first.")
        case .mergeProjectIntoItself(let project):
            return pick(l, "« \(project) » ne peut pas fusionner avec lui-même : --to nomme le projet qui l'absorbe.",
                        "“\(project)” cannot merge into itself: --to names the project that takes it in.")
        case .transferredOnlyByTransfer:
            return pick(l, "« transféré » ne se choisit pas : c'est un transfert vers une autre promotion qui le donne (transfer).",
                        "“transferred” is not chosen: a transfer to another cohort sets it (transfer).")
        case .invalidWave, .waveNotPlanned, .unreachableWithFigures, .jobsOutOfRange, .noFollowUp, .milestoneExists,
             .milestoneNotReached, .needAlreadyOpen, .noOpenNeed, .emptyLegalForm, .fundingNeedsCost, .noFunding,
             .funderNeedsAmount, .funderGivenTwice, .amountOutOfRange, .shareOutOfRange:
            return pathText(error, l)
        case .copyToSameProgramme(let programme):
            return pick(l, "« \(programme) » est à la fois la source et la destination de la copie.",
                        "“\(programme)” is both the source and the target of the copy.")
        default:
            return evaluationText(error, l)
        }
    }

    /// The messages of refused evaluation commands.
    static func evaluationText(_ error: DomainError, _ l: Language) -> String {
        func quoted(_ items: [String], _ l: Language) -> String {
            items.map { pick(l, "« \($0) »", "“\($0)”") }.joined(separator: ", ")
        }
        switch error {
        case .questionnaireTitleTaken(let title, let programme):
            return pick(l, "« \(programme) » a déjà un questionnaire « \(title) » : choisissez un autre titre.",
                        "“\(programme)” already has a questionnaire “\(title)”: choose another title.")
        case .emptyQuestionnaire:
            return pick(l, "Un questionnaire a au moins une question (--question CLÉ|TYPE|LIBELLÉ, ou --standard exit).",
                        "A questionnaire has at least one question (--question KEY|TYPE|LABEL, or --standard exit).")
        case .invalidQuestionKey(let key):
            return pick(l, "Clé de question invalide « \(key) » : une lettre puis des lettres, chiffres, _ ou - (sans accent ni espace, 40 au plus).",
                        "Invalid question key “\(key)”: a letter, then letters, digits, _ or - (no accent or space, at most 40).")
        case .duplicateQuestionKey(let key):
            return pick(l, "La clé « \(key) » sert à deux questions : chaque question a sa clé.",
                        "The key “\(key)” names two questions: each question has its own key.")
        case .invalidChoices(let key, let type):
            return type == .choice
                ? pick(l, "La question « \(key) » est à choix : donnez au moins deux choix.",
                       "Question “\(key)” is a choice: give at least two choices.")
                : pick(l, "La question « \(key) » est de type « \(label(type, .fr)) » : les choix ne vont qu'aux questions à choix.",
                       "Question “\(key)” is of type “\(label(type, .en))”: choices belong to choice questions only.")
        case .questionnaireAnswered(let title, let count):
            return pick(l, "« \(title) » a déjà \(count) réponse(s) : effacez-les d'abord (questionnaire answer … --clear).",
                        "“\(title)” already has \(count) answer(s): clear them first (questionnaire answer … --clear).")
        case .unknownQuestion(let key, let questionnaire, let keys):
            return pick(l, "« \(questionnaire) » n'a pas de question « \(key) » (clés : \(keys.joined(separator: ", "))).",
                        "“\(questionnaire)” has no question “\(key)” (keys: \(keys.joined(separator: ", "))).")
        case .duplicateAnswer(let key):
            return pick(l, "La question « \(key) » reçoit deux réponses : une seule par question.",
                        "Question “\(key)” is answered twice: one answer per question.")
        case .noAnswers(let questionnaire):
            return pick(l, "Aucune réponse à « \(questionnaire) » : donnez au moins une CLÉ=VALEUR non vide.",
                        "No answer to “\(questionnaire)”: give at least one non-empty KEY=VALUE.")
        case .invalidAnswer(let key, let value, let type, let choices):
            let expected: (String, String)
            switch type {
            case .scale: expected = ("un nombre entier de 0 à 10 (9 ou 9/10)", "a whole number from 0 to 10 (9 or 9/10)")
            case .yesNo: expected = ("oui ou non", "yes or no")
            case .choice: expected = ("l'un des choix : " + quoted(choices, .fr), "one of the choices: " + quoted(choices, .en))
            case .text: expected = ("un texte", "a text")
            }
            return pick(l, "Réponse « \(value) » impossible à « \(key) » : attendu \(expected.0).",
                        "Answer “\(value)” does not fit “\(key)”: expected \(expected.1).")
        case .noAnswer(let holder, let questionnaire):
            return pick(l, "\(holder) n'a pas répondu à « \(questionnaire) ».", "\(holder) has not answered “\(questionnaire)”.")
        case .notInProgramme(let holder, let programme):
            return pick(l, "\(holder) ne participe à aucune promotion de « \(programme) » : inscrivez-le d'abord.",
                        "\(holder) takes part in no cohort of “\(programme)”: enrol them first.")
        case .severalCohortsInProgramme(let holder, let programme, let cohorts):
            return pick(l, "\(holder) est dans plusieurs promotions de « \(programme) » (\(quoted(cohorts, .fr))) : précisez laquelle avec --cohort.",
                        "\(holder) is in several cohorts of “\(programme)” (\(quoted(cohorts, .en))): say which with --cohort.")
        case .cohortOfAnotherProgramme(let cohort, let programme):
            return pick(l, "« \(cohort) » n'est pas une promotion de « \(programme) ».",
                        "“\(cohort)” is not a cohort of “\(programme)”.")
        case .notAJurySession(let session):
            return pick(l, "« \(session) » n'est pas une séance de bilan : seul un bilan a un jury (session edit … --kind bilan).",
                        "“\(session)” is not a review session: only a review has a jury (session edit … --kind bilan).")
        case .alreadyJuryMember(let name, let session):
            return pick(l, "\(name) fait déjà partie du jury de « \(session) ».", "\(name) is already on the jury of “\(session)”.")
        case .notJuryMember(let name, let session):
            return pick(l, "\(name) ne fait pas partie du jury de « \(session) ».", "\(name) is not on the jury of “\(session)”.")
        case .destinationOnlyWhenReferred:
            return pick(l, "Une destination ne va qu'avec la décision « orienter ».",
                        "A destination goes with the decision “refer on” only.")
        case .noJuryEvaluation(let holder, let session):
            return pick(l, "Le jury de « \(session) » n'a pas évalué \(holder).", "The jury of “\(session)” has not evaluated \(holder).")
        case .holderHasEvaluations(let holder, let answers, let evaluations):
            let fr = [count(answers, "questionnaire rempli", "questionnaires remplis"),
                      count(evaluations, "évaluation de jury", "évaluations de jury")].compactMap { $0 }.joined(separator: ", ")
            let en = [count(answers, "questionnaire answered", "questionnaires answered"),
                      count(evaluations, "jury evaluation", "jury evaluations")].compactMap { $0 }.joined(separator: ", ")
            return pick(l, "\(holder) a des évaluations (\(fr)) : retirez-le avec son historique, ou, avant une fusion, effacez celles à ne pas garder.",
                        "\(holder) has evaluations (\(en)): remove them with the history, or, before a merge, clear those not to keep.")
        case .idea(let error): return text(error, l)
        case .call(let error): return text(error, l)
        case .alreadyFacilitating, .notFacilitating, .directoryEntryInUse:
            return directoryText(error, l)
        default:
            // The territory's words, else the open events' (each says nothing of the other's).
            let territory = territoryText(error, l)
            return territory.isEmpty ? openEventText(error, l) : territory
        }
    }

    /// "3 notes", nil for none.
    static func count(_ n: Int, _ one: String, _ many: String) -> String? {
        n == 0 ? nil : "\(n) \(n > 1 ? many : one)"
    }

    /// A refused character named for a person: what it is, and its code point.
    static func character(_ code: UInt32, _ l: Language) -> String {
        let hex = String(code, radix: 16, uppercase: true)
        let point = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        switch code {
        case 0x0A, 0x0D: return pick(l, "Retour à la ligne (\(point))", "Line break (\(point))")
        case 0x09: return pick(l, "Tabulation (\(point))", "Tab (\(point))")
        case 0x202A...0x202E, 0x2066...0x2069:
            return pick(l, "Caractère invisible d'inversion du sens du texte (\(point))",
                        "Invisible text-direction override (\(point))")
        default: return pick(l, "Caractère de contrôle invisible (\(point))", "Invisible control character (\(point))")
        }
    }

    /// The text of a warning.
    public static func text(_ warning: DomainWarning, _ l: Language) -> String {
        switch warning {
        case .capacityExceeded(let cohort, let capacity, let count):
            return pick(l, "« \(cohort) » compte \(count) participants pour \(capacity) places.",
                        "“\(cohort)” has \(count) holders for \(capacity) places.")
        case .stageOutsideTargets(let project, let stage, let programme):
            return pick(l, "« \(project) » est au stade « \(label(stage, .fr)) », hors des stades visés par « \(programme) ».",
                        "“\(project)” is at stage “\(label(stage, .en))”, outside the stages “\(programme)” targets.")
        case .sessionOutsideCohortDates(let session, let date):
            return pick(l, "« \(session) » (\(date.iso)) tombe hors des dates de la promotion.",
                        "“\(session)” (\(date.iso)) falls outside the cohort's dates.")
        case .markOnFutureSession(let session, let date):
            return pick(l, "« \(session) » est prévue le \(date.iso), dans le futur.",
                        "“\(session)” is dated \(date.iso), in the future.")
        case .headcountOnFutureEvent(let event, let date):
            return openEventText(.headcountOnFutureEvent(event: event, date: date), l)
        case .fundersExceedCost(let target, let funded, let cost):
            return pick(l, "Les financeurs de « \(target) » donnent \(Money.text(funded, .fr)), plus que le coût (\(Money.text(cost, .fr))).",
                        "The funders of “\(target)” give \(Money.text(funded, .en)), more than the cost (\(Money.text(cost, .en))).")
        case .venueOverlap, .facilitatorOverlap:
            return directoryText(warning, l)
        case .sessionsOutsideNewDates(let cohort, let count):
            return pick(l, "\(count) séance\(count > 1 ? "s" : "") de « \(cohort) » tombe\(count > 1 ? "nt" : "") hors des nouvelles dates.",
                        "\(count) session\(count > 1 ? "s" : "") of “\(cohort)” fall\(count > 1 ? "" : "s") outside the new dates.")
        }
    }
}

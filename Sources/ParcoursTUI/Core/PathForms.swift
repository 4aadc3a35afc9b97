import ParcoursDomain
import TerminalKit

/// The forms of what follows the programme, the project's path and the evaluations
/// (issue 17): a follow-up, a milestone, a need added or resolved, a change of legal
/// form, a questionnaire's answers, the jury's evaluation. Each sends the domain command
/// the command line sends (`followup record`, `milestone`, `need add|resolve`, `project
/// legal-form`, `questionnaire answer`, `jury evaluate`).
extension Forms {
    /// "—" first: nothing chosen yet (a required choice refuses it in place).
    static let unchosen = Form.Choice(id: "", label: "—")

    // MARK: Follow-up

    /// The wave preselected: the one asked for, else the first due and not recorded, else
    /// the first not recorded, else the first.
    static func wave(for project: EntityID, _ state: State, today: Day, asked: Int?) -> Int? {
        let waves = state.plannedWaves(project: project)
        if let asked, waves.contains(asked) { return asked }
        let recorded = Set((state.followUps[project] ?? []).map(\.wave))
        let due = state.followUpSchedule(today: today).filter { $0.project == project && $0.standing == .due }.map(\.wave)
        return due.first ?? waves.first { !recorded.contains($0) } ?? waves.first
    }

    /// What was found at a wave, prefilled from what that wave holds (recording it again
    /// replaces it); the note says whose project it is and when their programme ended.
    static func followUp(_ project: Project, wave: Int, _ state: State, today: Day, _ l: Language) -> Form {
        let waves = state.plannedWaves(project: project.id)
        let record = state.followUps[project.id]?.first { $0.wave == wave }
        let activities = [unchosen] + FollowUpActivity.allCases.map { Form.Choice(id: $0.rawValue, label: Catalog.label($0, l)) }
        var activity = choice(.fieldActivity, activities,
                              selected: record.map { (FollowUpActivity.allCases.firstIndex(of: $0.activity) ?? -1) + 1 } ?? 0)
        activity.required = true
        let item = state.followUpSchedule(today: today).first { $0.project == project.id && $0.wave == wave }
        let holders = project.holders.compactMap { state.holders[$0]?.name }.joined(separator: ", ")
        var note = Texts.quoted(project.title, l) + (holders.isEmpty ? "" : " — " + holders)
        if let item {
            note += " · " + UIText.programmeEnded(Texts.numericDay(item.end, l), cohort: state.cohorts[item.cohort]?.name ?? "", l)
        }
        if let record { note += " " + UIText.followUpReplaces(Catalog.wave(wave, l), Catalog.finding(record, l), l) }
        return Form(title: .formFollowUp, purpose: .followUp(project: project.id), fields: [
            choice(.fieldWave, waves.map { Form.Choice(id: String($0), label: Catalog.wave($0, l)) },
                   selected: waves.firstIndex(of: wave) ?? 0),
            activity,
            text(.fieldJobsCreated, record?.jobsCreated.map(String.init) ?? "", kind: .count, placeholder: UIText.ifKnown.text(l)),
            text(.fieldJobsKept, record?.jobsKept.map(String.init) ?? "", kind: .count, placeholder: UIText.ifKnown.text(l)),
            text(.fieldStructure, record?.structure ?? "", placeholder: l == .fr ? "SCIC Les Collines…" : "SCIC Les Collines…"),
            text(.fieldDate, (record?.date ?? today).iso, required: true, kind: .date, placeholder: datePlaceholder(l)),
            text(.fieldNote, record?.note ?? ""),
        ], focus: 1, note: note)
    }

    // MARK: The project's path

    /// A milestone reached on a day (today by default); one already reached can have its
    /// day corrected, or be cleared.
    static func milestone(_ project: Project, milestone id: String, name: String, _ state: State, today: Day,
                          _ l: Language) -> Form {
        let reached = state.milestones[project.id]?[id]
        var fields = [text(.fieldDate, (reached ?? today).iso, required: true, kind: .date, placeholder: datePlaceholder(l))]
        if reached != nil {
            fields.append(choice(.fieldReached, [Form.Choice(id: "yes", label: UIText.yes.text(l)),
                                                 Form.Choice(id: "no", label: UIText.milestoneClear.text(l))]))
        }
        var note = Texts.quoted(project.title, l) + " — " + UIText.milestoneWord.text(l) + " " + Texts.quoted(name, l)
        if let reached { note += " " + UIText.reachedOn(Texts.numericDay(reached, l), l) }
        return Form(title: .formMilestone, purpose: .milestone(project: project.id, milestone: id), fields: fields, note: note)
    }

    /// The kinds the project has no open need of (one open need of each kind at a time).
    static func freeNeedKinds(_ project: EntityID, _ state: State) -> [NeedKind] {
        let open = Set(state.needs.values.filter { $0.project == project && $0.isOpen }.map(\.kind))
        return NeedKind.allCases.filter { !open.contains($0) }
    }

    static func addNeed(_ project: Project, _ state: State, today: Day, _ l: Language) -> Form {
        let kinds = freeNeedKinds(project.id, state).map { Form.Choice(id: $0.rawValue, label: Catalog.label($0, l)) }
        return Form(title: .formAddNeed, purpose: .addNeed(project: project.id), fields: [
            choice(.fieldNeedKind, kinds),
            text(.fieldDescription, placeholder: l == .fr ? "50 m² en centre-bourg…" : "50 m² in the village centre…"),
            text(.fieldDate, today.iso, required: true, kind: .date, placeholder: datePlaceholder(l)),
        ], note: Texts.quoted(project.title, l))
    }

    static func resolveNeed(_ project: Project, _ need: Need, today: Day, _ l: Language) -> Form {
        var note = Texts.quoted(project.title, l) + " — " + Catalog.label(need.kind, l)
        if let description = need.description { note += " : " + description }
        note += " (" + UIText.openSince(Texts.numericDay(need.opened, l), l) + ")"
        return Form(title: .formResolveNeed, purpose: .resolveNeed(project: project.id, kind: need.kind), fields: [
            text(.fieldSolution, placeholder: l == .fr ? "bail signé avec la mairie…" : "lease signed with the town…"),
            text(.fieldDate, today.iso, required: true, kind: .date, placeholder: datePlaceholder(l)),
        ], note: note)
    }

    /// A change of legal form that happened (kept in the history); a misspelt form is
    /// corrected in the project's edit form instead (the note says so).
    static func legalForm(_ project: Project, _ state: State, today: Day, _ l: Language) -> Form {
        let since = state.legalFormHistory[project.id]?.last.map { Texts.numericDay($0.date, l) }
        let current = project.legalForm.map { UIText.currentLegalForm($0, since: since, l) } ?? UIText.noLegalFormYet.text(l)
        return Form(title: .formLegalForm, purpose: .legalForm(project: project.id), fields: [
            text(.fieldNewLegalForm, required: true, placeholder: l == .fr ? "association, SCIC, SAS…" : "association, SCIC, SAS…"),
            text(.fieldDate, today.iso, required: true, kind: .date, placeholder: datePlaceholder(l)),
        ], note: Texts.quoted(project.title, l) + " — " + current + " " + UIText.legalFormTypo.text(l))
    }

    // MARK: Evaluations

    /// One field per question, by its type (a score 0–10, yes or no, one choice, free
    /// text), prefilled with the holder's answers; answering again replaces them whole.
    /// The cohort is asked only when the holder took part in several of the programme's.
    static func answers(_ holder: Holder, _ questionnaire: Questionnaire, _ state: State, today: Day, _ l: Language) -> Form {
        let response = state.response(questionnaire: questionnaire.id, holder: holder.id)
        var fields: [Form.Field] = questionnaire.questions.map { question in
            let answer = response?.answer(question.key)
            var field: Form.Field
            switch question.type {
            case .scale:
                field = text(.fieldAnswer, answer?.scale.map(String.init) ?? "", placeholder: UIText.scaleHint.text(l))
            case .yesNo:
                let choices = [unchosen, Form.Choice(id: "oui", label: UIText.yes.text(l)), Form.Choice(id: "non", label: UIText.no.text(l))]
                field = choice(.fieldAnswer, choices, selected: answer?.yes.map { $0 ? 1 : 2 } ?? 0)
            case .choice:
                let choices = [unchosen] + question.choices.map { Form.Choice(id: $0, label: $0) }
                field = choice(.fieldAnswer, choices, selected: answer?.choice.flatMap { question.choices.firstIndex(of: $0) }.map { $0 + 1 } ?? 0)
            case .text:
                field = text(.fieldAnswer, answer?.text ?? "")
            }
            // "(0 à 10)" unless the question says it already ("note de 0 à 10").
            let scale = question.type == .scale && !question.label.contains("10")
            field.caption = question.label + (scale ? " " + UIText.scaleSuffix.text(l) : "")
            field.key = question.key
            field.question = question
            return field
        }
        fields.append(text(.fieldDate, (response?.date ?? today).iso, required: true, kind: .date, placeholder: datePlaceholder(l)))
        let cohorts = state.cohorts(programme: questionnaire.programme).filter { state.participation(holder: holder.id, cohort: $0.id) != nil }
        if cohorts.count > 1 {
            let selected = response.flatMap { r in cohorts.firstIndex { $0.id == r.cohort } } ?? cohorts.count - 1
            fields.append(choice(.fieldCohort, cohorts.map { Form.Choice(id: $0.id, label: $0.name) }, selected: selected))
        }
        var note = holder.name + " — " + Texts.quoted(questionnaire.title, l)
            + " (" + (state.programmes[questionnaire.programme]?.name ?? "") + ")"
        if let response { note += " " + UIText.answersReplace(Texts.numericDay(response.date, l), l) }
        var form = Form(title: .formAnswers, purpose: .answers(holder: holder.id, questionnaire: questionnaire.id), fields: fields,
                        note: note)
        form.stacked = true
        return form
    }

    /// The project's evolution and the person's progress on the jury's four levels, the
    /// decision, where they are referred, the jury's words; prefilled with the evaluation
    /// held.
    static func jury(_ session: Session, _ holder: Holder, _ state: State, _ l: Language) -> Form {
        let held = state.juries[session.id]?.evaluations[holder.id]
        let levels = [unchosen] + JuryLevel.allCases.map { Form.Choice(id: $0.rawValue, label: Catalog.label($0, l)) }
        let decisions = [unchosen] + JuryDecision.allCases.map { Form.Choice(id: $0.rawValue, label: Catalog.label($0, l)) }
        func level(_ label: UIText, _ value: JuryLevel?) -> Form.Field {
            var field = choice(label, levels, selected: value.map { (JuryLevel.allCases.firstIndex(of: $0) ?? -1) + 1 } ?? 0)
            field.required = true
            return field
        }
        var decision = choice(.fieldJuryDecision, decisions,
                              selected: held.map { (JuryDecision.allCases.firstIndex(of: $0.decision) ?? -1) + 1 } ?? 0)
        decision.required = true
        let members = (state.juries[session.id]?.members ?? []).map(\.name)
        var note = Texts.quoted(session.title, l) + " — " + holder.name
        note += " · " + (members.isEmpty ? UIText.noJuryMember.text(l) : UIText.juryMembers(members.joined(separator: ", "), l))
        return Form(title: .formJury, purpose: .jury(session: session.id, holder: holder.id), fields: [
            level(.fieldJuryProject, held?.project),
            level(.fieldJuryProgress, held?.progress),
            decision,
            text(.fieldDestination, held?.destination.flatMap { state.organisations[$0]?.name } ?? "",
                 placeholder: l == .fr ? "si orienté : CAE, incubateur…" : "if referred: a CAE, an incubator…"),
            text(.fieldComment, held?.comment ?? ""),
        ], note: note)
    }

    // MARK: What they ask for

    /// The commands of these forms (`commands` hands them here); nil for any other.
    static func pathCommands(_ form: Form) -> [Command]? {
        func value(_ label: UIText) -> String? { form[label]?.value }
        func chosen(_ label: UIText) -> String? { form[label]?.chosen }
        func day() -> Day? { value(.fieldDate).flatMap { Day(iso: $0) } }
        switch form.purpose {
        case .followUp(let project):
            let draft = FollowUpDraft(activity: chosen(.fieldActivity).flatMap(FollowUpActivity.init(rawValue:)) ?? .injoignable,
                                      jobsCreated: value(.fieldJobsCreated).flatMap { Int($0) },
                                      jobsKept: value(.fieldJobsKept).flatMap { Int($0) },
                                      structure: value(.fieldStructure), date: day(), note: value(.fieldNote))
            return [.recordFollowUp(project: project, wave: chosen(.fieldWave).flatMap { Int($0) } ?? 0, draft)]
        case .milestone(let project, let milestone):
            if chosen(.fieldReached) == "no" { return [.clearMilestone(project: project, milestone: milestone)] }
            return [.reachMilestone(project: project, milestone: milestone, date: day())]
        case .addNeed(let project):
            return [.addNeed(project: project, kind: chosen(.fieldNeedKind).flatMap(NeedKind.init(rawValue:)) ?? .autre,
                             description: value(.fieldDescription), date: day())]
        case .resolveNeed(let project, let kind):
            return [.resolveNeed(project: project, kind: kind, note: value(.fieldSolution), date: day())]
        case .legalForm(let project):
            return [.changeLegalForm(project: project, form: value(.fieldNewLegalForm) ?? "", date: day())]
        case .answers(let holder, let questionnaire):
            // Every question, an empty value left unanswered: the answers replace the earlier ones whole.
            let answers = form.fields.filter { $0.label == .fieldAnswer }.map { field in
                AnswerInput(question: field.key, value: (field.kind == .choice ? field.chosen : field.value) ?? "")
            }
            return [.answerQuestionnaire(holder: holder, questionnaire: questionnaire, answers: answers,
                                         cohort: chosen(.fieldCohort), date: day())]
        case .jury(let session, let holder):
            let draft = JuryEvaluationDraft(project: chosen(.fieldJuryProject).flatMap(JuryLevel.init(rawValue:)) ?? .insuffisant,
                                            progress: chosen(.fieldJuryProgress).flatMap(JuryLevel.init(rawValue:)) ?? .insuffisant,
                                            decision: chosen(.fieldJuryDecision).flatMap(JuryDecision.init(rawValue:)) ?? .poursuivre,
                                            destinationName: value(.fieldDestination), comment: value(.fieldComment))
            return [.evaluateAtJury(session: session, holder: holder, draft)]
        default:
            return nil
        }
    }
}

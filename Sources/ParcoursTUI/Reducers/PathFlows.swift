import ParcoursDomain
import ParcoursKit
import TerminalKit

/// What follows the programme, the project's path and the evaluations (issue 17), opened
/// the same way from the holder's file, the follow-ups view, the sessions view and the
/// `:` command line: a follow-up's form, a milestone or need picked then its form, a
/// change of legal form, a questionnaire's answers, the jury's evaluation, and the
/// attendance sheet written to the exports folder. Nothing is written before a form is
/// submitted.
enum PathFlows {
    // MARK: A project's path, from its holder

    /// The action for the holder's project; a holder with several projects picks one first.
    static func forHolder(_ action: PathAction, holder: EntityID, _ m: inout Model) {
        let l = m.language
        let projects = m.state.projects(holder: holder)
        guard let first = projects.first else { m.say(UIText.noProjectForThis.text(l), error: true); return }
        guard projects.count > 1 else { forProject(action, project: first.id, &m); return }
        let items = projects.map { Picker.Item(id: $0.id, label: $0.title, detail: Catalog.label($0.stage, l)) }
        m.overlay = .picker(Picker(title: .pickProjectTitle, purpose: .project(holder: holder, then: action), items: items))
    }

    static func forProject(_ action: PathAction, project: EntityID, _ m: inout Model) {
        switch action {
        case .followUp: followUp(project: project, wave: nil, &m)
        case .milestone: milestones(project: project, &m)
        case .need: needs(project: project, &m)
        case .legalForm: legalForm(project: project, &m)
        }
    }

    /// The follow-up form at `wave` (else the first due one), or why there is none: no
    /// programme of the project plans follow-ups.
    static func followUp(project id: EntityID, wave: Int?, _ m: inout Model) {
        let l = m.language
        guard let project = m.state.projects[id] else { m.say(UIText.noSelection.text(l), error: true); return }
        guard let wave = Forms.wave(for: id, m.state, today: m.today, asked: wave) else {
            m.say(UIText.noWavePlanned(project.title, l), error: true)
            return
        }
        m.overlay = .form(Forms.followUp(project, wave: wave, m.state, today: m.today, l))
    }

    /// The standard milestones, then the programme's own, each ticked with its day when reached.
    static func milestones(project id: EntityID, _ m: inout Model) {
        let l = m.language, s = m.state
        guard let project = s.projects[id] else { m.say(UIText.noSelection.text(l), error: true); return }
        let reached = s.milestones[id] ?? [:]
        func item(_ milestone: String, _ name: String) -> Picker.Item {
            let day = reached[milestone]
            return Picker.Item(id: milestone, label: (day == nil ? "  " : "✓ ") + name,
                               detail: day.map { UIText.reachedOn(Texts.numericDay($0, l), l) } ?? "")
        }
        let items = StandardMilestone.allCases.map { item($0.rawValue, Catalog.label($0, l)) }
            + s.milestones(available: id).map { item($0.id, $0.title) }
        m.overlay = .picker(Picker(title: .pickMilestoneTitle, note: UIText.milestoneNote(project.title, l),
                                   purpose: .milestone(project: id), items: items))
    }

    /// The open needs to resolve and a new one; straight to the new one's form when none is open.
    static func needs(project id: EntityID, _ m: inout Model) {
        let l = m.language, s = m.state
        guard let project = s.projects[id] else { m.say(UIText.noSelection.text(l), error: true); return }
        let open = s.needs.values.filter { $0.project == id && $0.isOpen }
            .sorted { (NeedKind.allCases.firstIndex(of: $0.kind)!, $0.id) < (NeedKind.allCases.firstIndex(of: $1.kind)!, $1.id) }
        guard !open.isEmpty else {
            m.overlay = .form(Forms.addNeed(project, s, today: m.today, l))
            return
        }
        var items = open.map { need in
            Picker.Item(id: "resolve:" + need.kind.rawValue,
                        label: UIText.resolveNeed(Catalog.label(need.kind, l) + (need.description.map { " — " + $0 } ?? ""), l),
                        detail: UIText.openSince(Texts.numericDay(need.opened, l), l))
        }
        if !Forms.freeNeedKinds(id, s).isEmpty { items.append(Picker.Item(id: "new", label: UIText.newNeed.text(l))) }
        m.overlay = .picker(Picker(title: .pickNeedTitle, note: Texts.quoted(project.title, l), purpose: .need(project: id),
                                   items: items))
    }

    static func legalForm(project id: EntityID, _ m: inout Model) {
        guard let project = m.state.projects[id] else { m.say(UIText.noSelection.text(m.language), error: true); return }
        m.overlay = .form(Forms.legalForm(project, m.state, today: m.today, m.language))
    }

    // MARK: Evaluations

    /// The questionnaires of the programmes the holder took part in: the form at once when
    /// there is one, else a pick (each saying whether it was answered).
    static func questionnaire(holder id: EntityID, _ m: inout Model) {
        let l = m.language, s = m.state
        guard let holder = s.holders[id] else { m.say(UIText.noSelection.text(l), error: true); return }
        let programmes = Set(s.participations(holder: id).compactMap { s.cohorts[$0.cohort]?.programme })
        let questionnaires = programmes.sorted { (s.programmes[$0]?.name ?? $0, $0) < (s.programmes[$1]?.name ?? $1, $1) }
            .flatMap { s.questionnaires(programme: $0) }
        guard !questionnaires.isEmpty else { m.say(UIText.noQuestionnaire(holder.name, l), error: true); return }
        guard questionnaires.count > 1 else {
            m.overlay = .form(Forms.answers(holder, questionnaires[0], s, today: m.today, l))
            return
        }
        let items = questionnaires.map { q in
            let answered = s.response(questionnaire: q.id, holder: id).map { UIText.answeredOn(Texts.numericDay($0.date, l), l) }
            return Picker.Item(id: q.id, label: q.title,
                               detail: [s.programmes[q.programme]?.name ?? "", Catalog.label(q.kind, l),
                                        answered ?? UIText.notAnswered.text(l)].joined(separator: " · "))
        }
        m.overlay = .picker(Picker(title: .pickQuestionnaireTitle, note: holder.name, purpose: .questionnaire(holder: id), items: items))
    }

    /// The holders expected at a review session, each saying what the jury decided; a
    /// session of another kind has no jury.
    static func jury(session: Session, holder named: EntityID? = nil, _ m: inout Model) {
        let l = m.language, s = m.state
        guard session.kind == .bilan else { m.say(UIText.notAReviewSession(session.title, l), error: true); return }
        if let named, let holder = s.holders[named] {
            m.overlay = .form(Forms.jury(session, holder, s, l))
            return
        }
        let holders = s.expectedHolders(session: session)
        guard !holders.isEmpty else { m.say(UIText.nobodyExpected.text(l), error: true); return }
        let items = holders.map { holder in
            let evaluation = s.juries[session.id]?.evaluations[holder.id]
            return Picker.Item(id: holder.id, label: holder.name,
                               detail: evaluation.map { Catalog.label($0.decision, l) } ?? UIText.notEvaluated.text(l))
        }
        m.overlay = .picker(Picker(title: .pickJuryHolderTitle, note: Texts.quoted(session.title, l),
                                   purpose: .juryHolder(session: session.id), items: items))
    }

    // MARK: The follow-ups view's cohort

    /// Every cohort, then the cohorts that have follow-ups planned, by name.
    static func cohortPicker(current: EntityID?, _ m: Model) -> Picker {
        let l = m.language, s = m.state
        let ids = Set(m.followUpRows.items.map(\.cohort))
        let cohorts = ids.compactMap { s.cohorts[$0] }.sorted { (NameKey.of($0.name), $0.id) < (NameKey.of($1.name), $1.id) }
        let items = [Picker.Item(id: "", label: UIText.allCohorts.text(l))] + cohorts.map { cohort in
            Picker.Item(id: cohort.id, label: cohort.name, detail: s.programmes[cohort.programme]?.name ?? "")
        }
        var picker = Picker(title: .pickCohortFilterTitle, purpose: .followUpCohort, items: items)
        picker.selection = SelectionState(selection: items.firstIndex { $0.id == (current ?? "") } ?? 0)
        return picker
    }

    // MARK: Picked

    /// What a pick leads to (`CorrectionFlows.picked` hands these purposes here).
    static func picked(_ item: Picker.Item, _ purpose: Picker.Purpose, _ m: inout Model) {
        let l = m.language, s = m.state
        switch purpose {
        case .project(_, let action):
            forProject(action, project: item.id, &m)
        case .milestone(let id):
            guard let project = s.projects[id] else { return }
            let name = StandardMilestone(rawValue: item.id).map { Catalog.label($0, l) }
                ?? s.milestones(available: id).first { $0.id == item.id }?.title ?? item.id
            m.overlay = .form(Forms.milestone(project, milestone: item.id, name: name, s, today: m.today, l))
        case .need(let id):
            guard let project = s.projects[id] else { return }
            if item.id == "new" {
                m.overlay = .form(Forms.addNeed(project, s, today: m.today, l))
            } else if let kind = NeedKind(rawValue: String(item.id.dropFirst("resolve:".count))),
                      let need = s.needs.values.first(where: { $0.project == id && $0.kind == kind && $0.isOpen }) {
                m.overlay = .form(Forms.resolveNeed(project, need, today: m.today, l))
            }
        case .questionnaire(let holderID):
            guard let holder = s.holders[holderID], let questionnaire = s.questionnaires[item.id] else { return }
            m.overlay = .form(Forms.answers(holder, questionnaire, s, today: m.today, l))
        case .juryHolder(let sessionID):
            guard let session = s.sessions[sessionID], let holder = s.holders[item.id] else { return }
            m.overlay = .form(Forms.jury(session, holder, s, l))
        case .followUpCohort:
            guard case .followUps(var fs) = m.screen else { return }
            fs.cohort = item.id.isEmpty ? nil : item.id
            fs.selections = FollowUpTab.allCases.map { _ in SelectionState() }
            m.screen = .followUps(fs)
        default:
            break
        }
    }

    // MARK: The attendance sheet

    /// `f` on the sessions view, `:feuille` anywhere a session is selected or named.
    static func sheet(_ session: Session, _ m: inout Model) -> [Effect] {
        [.exportSheet(session: session.id)]
    }

    // MARK: Named on the command line

    /// A verb of these actions: for what is named after it (resolved as every reference
    /// is), else for what the screen has selected, as its key would.
    static func verb(_ verb: VerbParser.FormVerb, reference: String?, _ m: inout Model) -> [Effect] {
        let l = m.language
        let resolver = Resolver(m.state)
        do {
            switch verb {
            case .followUps:
                if case .followUps = m.screen { return [] }
                m.push(.followUps(FollowUpsScreen()))
                return []
            case .sheet:
                if let reference { return sheet(try resolver.session(reference), &m) }
                guard let session = Selection.session(m) else { break }
                return sheet(session, &m)
            case .jury:
                guard let session = Selection.session(m) else { break }
                let holder = try reference.map { try resolver.holder($0).id }
                jury(session: session, holder: holder, &m)
                return []
            case .questionnaire:
                guard let holder = try reference.map({ try resolver.holder($0).id }) ?? Selection.holder(m) else { break }
                questionnaire(holder: holder, &m)
                return []
            case .followUp, .milestone, .need, .legalForm:
                let action: PathAction = verb == .followUp ? .followUp : verb == .milestone ? .milestone
                    : verb == .need ? .need : .legalForm
                if let reference {
                    switch try resolver.holderOrProject(reference) {
                    case .project(let id): forProject(action, project: id, &m)
                    case .holder(let id): forHolder(action, holder: id, &m)
                    }
                    return []
                }
                if verb == .followUp, case .followUps = m.screen { return Update.action(.recordFollowUp, &m) }
                if let holder = Selection.holder(m) {
                    forHolder(action, holder: holder, &m)
                    return []
                }
                // Nothing selected: the follow-ups view, where each row is a follow-up to record.
                if verb == .followUp {
                    m.push(.followUps(FollowUpsScreen()))
                    return []
                }
            default:
                return []
            }
        } catch {
            m.say(ErrorText.describe(error, l), error: true)
            return []
        }
        m.say(UIText.verbNeedsSelection(verb, l), error: true)
        return []
    }
}

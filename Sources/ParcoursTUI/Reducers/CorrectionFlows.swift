import ParcoursDomain
import TerminalKit

/// Corrections and a person's rights, opened the same way from every screen that shows
/// the thing (and from the `:` command line): `E` edits, `D` removes a holder, `F`
/// merges a duplicate into them, `t` transfers them, `X` erases them, `c` records a
/// consent, `f` their situation. Each opens a form, a picker or a question; nothing is
/// written before a form is submitted or a question confirmed.
enum CorrectionFlows {
    // MARK: Edits

    /// The edit form of `target`, prefilled; or why there is none.
    static func edit(_ target: EditTarget, _ m: inout Model) {
        let l = m.language, s = m.state
        let form: Form?
        switch target {
        case .holder(let id): form = s.holders[id].map { Forms.editHolder($0, s, l) }
        case .project(let id): form = s.projects[id].map { Forms.editProject($0, l) }
        case .session(let id): form = s.sessions[id].map { Forms.editSession($0, s, l) }
        case .cohort(let id): form = s.cohorts[id].map { Forms.editCohort($0, l) }
        case .programme(let id): form = s.programmes[id].map { Forms.editProgramme($0, s, l) }
        }
        guard let form else { m.say(UIText.noSelection.text(l), error: true); return }
        m.overlay = .form(form)
    }

    /// `E` where the screen shows several things (a cohort and its programme, a holder and
    /// their projects): the first is the likeliest, so `E` then Enter edits it.
    static func edit(choosing targets: [EditTarget], _ m: inout Model) {
        guard targets.count > 1 else {
            if let target = targets.first { edit(target, &m) } else { m.say(UIText.noSelection.text(m.language), error: true) }
            return
        }
        let l = m.language, s = m.state
        let items = targets.map { target -> Picker.Item in
            switch target {
            case .holder(let id): Picker.Item(id: target.key, label: UIText.editWhatHolder.text(l) + " : " + (s.holders[id]?.name ?? id))
            case .project(let id): Picker.Item(id: target.key, label: UIText.editWhatProject.text(l) + " : " + (s.projects[id]?.title ?? id))
            case .session(let id): Picker.Item(id: target.key, label: UIText.editWhatSession.text(l) + " : " + (s.sessions[id]?.title ?? id))
            case .cohort(let id): Picker.Item(id: target.key, label: UIText.editWhatCohort.text(l) + " : " + (s.cohorts[id]?.name ?? id))
            case .programme(let id):
                Picker.Item(id: target.key, label: UIText.editWhatProgramme.text(l) + " : " + (s.programmes[id]?.name ?? id))
            }
        }
        m.overlay = .picker(Picker(title: .pickEditTitle, purpose: .editTarget, items: items))
    }

    // MARK: Removal, merge, transfer

    static func remove(holder id: EntityID, _ m: inout Model) {
        guard let holder = m.state.holders[id] else { m.say(UIText.noSelection.text(m.language), error: true); return }
        m.overlay = .form(Forms.removeHolder(holder, m.state, m.language))
    }

    /// Holders likely to be the same person first (same name, then a word of the name in
    /// common: "L. Martin" beside "Léa Martin"), then everyone else by name.
    static func mergeCandidates(keep: Holder, _ state: State, _ l: Language) -> [Picker.Item] {
        let key = NameKey.of(keep.name)
        let words = Set(key.split(separator: " ").filter { $0.count >= 3 })
        let ranked = state.holders.values.filter { $0.id != keep.id && !state.erasures.covers(holder: $0.id) }
            .map { holder -> (rank: Int, key: String, holder: Holder) in
                let other = NameKey.of(holder.name)
                let rank = other == key ? 0 : other.split(separator: " ").contains { words.contains($0) } ? 1 : 2
                return (rank, other, holder)
            }
            .sorted { ($0.rank, $0.key, $0.holder.id) < ($1.rank, $1.key, $1.holder.id) }
        return ranked.map { Picker.Item(id: $0.holder.id, label: $0.holder.name, detail: detail($0.holder, state)) }
    }

    /// What tells two namesakes apart: commune, e-mail, cohorts.
    static func detail(_ holder: Holder, _ state: State) -> String {
        let cohorts = state.participations(holder: holder.id).compactMap { state.cohorts[$0.cohort]?.name }
        return ([holder.commune, holder.email].compactMap { $0 } + cohorts).joined(separator: " · ")
    }

    static func merge(keep id: EntityID, _ m: inout Model) {
        let l = m.language
        guard let keep = m.state.holders[id] else { m.say(UIText.noSelection.text(l), error: true); return }
        let items = mergeCandidates(keep: keep, m.state, l)
        guard !items.isEmpty else { m.say(UIText.noOtherHolder.text(l), error: true); return }
        m.overlay = .picker(Picker(title: .pickDuplicateTitle, note: UIText.pickDuplicateNote(keep.name, l),
                                   purpose: .mergeDuplicate(keep: id), items: items))
    }

    /// The question before a merge: what moves, and that `u` takes it back.
    static func mergeQuestion(keep: EntityID, duplicate: EntityID, _ m: Model) -> Confirm {
        let l = m.language
        let keepName = m.state.holders[keep]?.name ?? keep, duplicateName = m.state.holders[duplicate]?.name ?? duplicate
        return Confirm(title: UIText.confirmMergeTitle.text(l),
                       lines: [UIText.mergeQuestion(duplicate: duplicateName, keep: keepName, l),
                               UIText.mergeMoves(duplicate: duplicateName, keep: keepName, l), UIText.undoRestores.text(l)],
                       confirmLabel: UIText.buttonMerge.text(l), commands: [.mergeHolders(keep: keep, duplicate: duplicate)])
    }

    /// Cohorts of the same programme first, then running, recruiting, planned, closed;
    /// never one the holder already takes part in.
    static func transferCandidates(holder: EntityID, from: EntityID?, _ state: State, _ l: Language) -> [Picker.Item] {
        let taken = Set(state.participations(holder: holder).map(\.cohort))
        let programme = from.flatMap { state.cohorts[$0]?.programme }
        func rank(_ status: CohortStatus) -> Int {
            switch status {
            case .running: 0
            case .recruiting: 1
            case .planned: 2
            case .closed: 3
            }
        }
        return state.cohorts.values.filter { !taken.contains($0.id) }
            .sorted {
                ($0.programme == programme ? 0 : 1, rank($0.status), $0.start, $0.name, $0.id)
                    < ($1.programme == programme ? 0 : 1, rank($1.status), $1.start, $1.name, $1.id)
            }
            .map { cohort in
                let dates = Texts.numericDay(cohort.start, l) + " → " + (cohort.end.map { Texts.numericDay($0, l) } ?? "…")
                return Picker.Item(id: cohort.id, label: cohort.name,
                                   detail: [state.programmes[cohort.programme]?.name ?? "", dates,
                                            Catalog.label(cohort.status, l)].joined(separator: " · "))
            }
    }

    /// From the holder's file or the command line, `from` is their one current cohort
    /// (with several, the domain asks which).
    static func transfer(holder id: EntityID, from: EntityID?, _ m: inout Model) {
        let l = m.language
        guard let holder = m.state.holders[id] else { m.say(UIText.noSelection.text(l), error: true); return }
        let current = m.state.participations(holder: id).filter(\.status.isCurrent)
        let from = from ?? (current.count == 1 ? current[0].cohort : nil)
        let items = transferCandidates(holder: id, from: from, m.state, l)
        guard !items.isEmpty else { m.say(UIText.noOtherCohort.text(l), error: true); return }
        let left = from.flatMap { m.state.cohorts[$0]?.name }
        m.overlay = .picker(Picker(title: .pickCohortTitle, note: UIText.pickCohortNote(holder.name, from: left, l),
                                   purpose: .transferCohort(holder: id, from: from), items: items))
    }

    // MARK: A person's rights

    static func erase(holder id: EntityID, _ m: inout Model) {
        guard let holder = m.state.holders[id] else { m.say(UIText.noSelection.text(m.language), error: true); return }
        m.overlay = .form(Forms.erase(holder, m.language))
    }

    static func consent(holder id: EntityID, _ m: inout Model) {
        guard let holder = m.state.holders[id] else { m.say(UIText.noSelection.text(m.language), error: true); return }
        m.overlay = .form(Forms.consent(holder, m.state, today: m.today, m.language))
    }

    static func situation(holder id: EntityID, _ m: inout Model) {
        guard let holder = m.state.holders[id] else { m.say(UIText.noSelection.text(m.language), error: true); return }
        m.overlay = .form(Forms.situation(holder, m.state, m.language))
    }

    // MARK: Picked, and named on the command line

    /// What a pick leads to: the edit form, the merge's question, the transfer's form.
    static func picked(_ item: Picker.Item, _ purpose: Picker.Purpose, _ m: inout Model) {
        switch purpose {
        case .editTarget:
            if let target = EditTarget(key: item.id) { edit(target, &m) }
        case .mergeDuplicate(let keep):
            m.overlay = .confirm(mergeQuestion(keep: keep, duplicate: item.id, m))
        case .transferCohort(let holder, let from):
            guard let person = m.state.holders[holder], let cohort = m.state.cohorts[item.id] else {
                m.say(UIText.noSelection.text(m.language), error: true)
                return
            }
            m.overlay = .form(Forms.transfer(person, from: from, to: cohort, m.state, today: m.today, m.language))
        case .project, .milestone, .need, .questionnaire, .juryHolder, .followUpCohort:
            PathFlows.picked(item, purpose, &m)
        case .ideaProgramme, .adopter, .applicant:
            IdeaFlows.picked(item, purpose, &m)
        case .referent:
            MyHoldersFlow.picked(item, &m)
        }
    }

    /// A correction asked on the command line for a holder named there (`:effacer Léa`):
    /// the same form as the key on their file.
    static func open(_ action: Action, holder: EntityID, _ m: inout Model) {
        switch action {
        case .edit: edit(.holder(holder), &m)
        case .removeHolder: remove(holder: holder, &m)
        case .mergeHolder: merge(keep: holder, &m)
        case .transfer: transfer(holder: holder, from: nil, &m)
        case .erase: erase(holder: holder, &m)
        case .consent: consent(holder: holder, &m)
        case .situation: situation(holder: holder, &m)
        default: break
        }
    }
}

import ParcoursDomain

/// The pipeline: a cursor over stage columns and their project cards; `>` / `<` open the
/// stage form, `s` the status form, `z` folds the empty stages the programme does not
/// target; `E` edits the project.
enum PipelineReducer {
    static func reduce(_ action: Action, _ cs: inout CohortScreen, _ m: inout Model) -> [Effect] {
        let l = m.language
        let columns = Rows.pipeline(m.state, cohort: cs.cohort, fold: cs.foldStages).filter { !$0.folded }
        cs.pipelineColumn = max(0, min(cs.pipelineColumn, columns.count - 1))
        let cards = columns.isEmpty ? [] : columns[cs.pipelineColumn].cards
        cs.pipelineCard = max(0, min(cs.pipelineCard, cards.count - 1))
        let card = cards.indices.contains(cs.pipelineCard) ? cards[cs.pipelineCard] : nil
        switch action {
        case .left, .right:
            let stage = columns.isEmpty ? nil : columns[cs.pipelineColumn].stage
            cs.pipelineColumn = max(0, min(columns.count - 1, cs.pipelineColumn + (action == .left ? -1 : 1)))
            if columns.isEmpty || columns[cs.pipelineColumn].stage != stage { cs.pipelineCard = 0 }
        case .up: cs.pipelineCard = max(0, cs.pipelineCard - 1)
        case .down: cs.pipelineCard = max(0, min(cards.count - 1, cs.pipelineCard + 1))
        case .fold:
            let stage = columns.isEmpty ? nil : columns[cs.pipelineColumn].stage
            cs.foldStages.toggle()
            let now = Rows.pipeline(m.state, cohort: cs.cohort, fold: cs.foldStages).filter { !$0.folded }
            cs.pipelineColumn = now.firstIndex { $0.stage == stage } ?? 0
            m.say(cs.foldStages ? UIText.foldedStages.text(l) : UIText.allStages.text(l))
        case .stageNext, .stagePrevious:
            guard let card else { m.say(UIText.nothingToMove.text(l), error: true); return [] }
            Selection.stageForm(card.project, forward: action == .stageNext, &m)
        case .changeStatus:
            guard let card else { m.say(UIText.nothingToMove.text(l), error: true); return [] }
            m.overlay = .form(Forms.status(project: card.project, l))
        case .edit:
            guard let card else { m.say(UIText.noSelection.text(l), error: true); return [] }
            CorrectionFlows.edit(.project(card.project.id), &m)
        case .open:
            guard let card else { return [] }
            m.push(.holder(HolderScreen(holder: card.holder.id)))
        case .nextMatch, .previousMatch:
            let all = columns.enumerated().flatMap { c, column in column.cards.enumerated().map { (c, $0.offset, $0.element) } }
            let current = all.firstIndex { $0.0 == cs.pipelineColumn && $0.1 == cs.pipelineCard } ?? 0
            let i = Selection.nextMatch(all.map { [$0.2.holder.name, $0.2.project.title] }, from: current,
                                        forward: action == .nextMatch, filter: m.filter)
            if all.indices.contains(i) {
                cs.pipelineColumn = all[i].0
                cs.pipelineCard = all[i].1
            }
        default: break
        }
        return []
    }
}

import ParcoursDomain

/// A holder's file: scrolls; writes a note, moves the project's stage or changes its
/// status; corrects the holder or their project (`E`), removes, merges or transfers them;
/// a person's rights: erasure (`X`), consent (`c`), situation (`f`); the project's path:
/// a follow-up (`v`), a milestone (`m`), a need (`b`), a change of legal form (`l`), a
/// questionnaire's answers (`r`).
enum HolderReducer {
    static func reduce(_ action: Action, _ hs: inout HolderScreen, _ m: inout Model) -> [Effect] {
        let l = m.language
        let projects = m.state.projects(holder: hs.holder)
        switch action {
        case .up: hs.scroll = max(0, hs.scroll - 1)
        case .down: hs.scroll += 1
        case .top: hs.scroll = 0
        case .bottom: hs.scroll = Int.max / 2
        case .addNote: m.overlay = .form(Forms.note(target: hs.holder))
        case .stageNext, .stagePrevious:
            guard let project = projects.first else { m.say(UIText.nothingToMove.text(l), error: true); break }
            Selection.stageForm(project, forward: action == .stageNext, &m)
        case .changeStatus:
            guard let project = projects.first else { m.say(UIText.nothingToMove.text(l), error: true); break }
            m.overlay = .form(Forms.status(project: project, l))
        case .edit: CorrectionFlows.edit(choosing: [.holder(hs.holder)] + projects.map { .project($0.id) }, &m)
        case .removeHolder, .mergeHolder, .transfer, .erase, .consent, .situation:
            CorrectionFlows.open(action, holder: hs.holder, &m)
        // The project's path and what follows the programme (`PathFlows`).
        case .recordFollowUp: PathFlows.forHolder(.followUp, holder: hs.holder, &m)
        case .reachMilestone: PathFlows.forHolder(.milestone, holder: hs.holder, &m)
        case .manageNeed: PathFlows.forHolder(.need, holder: hs.holder, &m)
        case .changeLegalForm: PathFlows.forHolder(.legalForm, holder: hs.holder, &m)
        case .answerQuestionnaire: PathFlows.questionnaire(holder: hs.holder, &m)
        default: break
        }
        return []
    }
}

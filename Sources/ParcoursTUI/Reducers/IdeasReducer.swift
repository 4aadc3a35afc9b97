import ParcoursDomain
import TerminalKit

/// The ideas view: Tab / Shift-Tab between the ideas and the calls for applications; on
/// the ideas, `a` records one, `s` (or `>` `<`) moves its status, `A` has a holder take
/// it up, Enter opens the adopter's file (else the status); on the calls, Enter opens an
/// applicant's file; `p` narrows to one programme.
enum IdeasReducer {
    static func reduce(_ action: Action, _ s: inout IdeasScreen, _ m: inout Model) -> [Effect] {
        let l = m.language
        let count = s.tab == .ideas ? m.ideaLines(s).count : m.callLines(s).count
        s.selection.keepSelectionVisible(count: count, visibleRows: m.tableRows)
        let idea = s.tab == .ideas ? m.selectedIdea(s) : nil
        let calls = m.callLines(s)
        let call = s.tab == .calls && calls.indices.contains(s.selection.selection) ? calls[s.selection.selection] : nil
        defer { anchor(&s, m) }
        switch action {
        case .nextView, .previousView:
            s.tab = IdeasTab(rawValue: (s.tab.rawValue + 1) % IdeasTab.allCases.count)!
            m.filter = ""
        case .open:
            if s.tab == .calls {
                guard let call else { m.say(UIText.noSelection.text(l), error: true); return [] }
                IdeaFlows.applicants(call, &m)
            } else {
                guard let idea else { m.say(UIText.noSelection.text(l), error: true); return [] }
                if let adoption = idea.adoption, m.state.holders[adoption.holder] != nil {
                    m.push(.holder(HolderScreen(holder: adoption.holder)))
                } else {
                    IdeaFlows.status(idea, to: nil, &m)
                }
            }
        case .newIdea:
            IdeaFlows.newIdea(programme: s.programme ?? idea?.programme, &m)
        case .ideaStatus, .ideaNext, .ideaPrevious:
            guard let idea else { m.say(UIText.noSelection.text(l), error: true); return [] }
            if action == .ideaStatus || idea.adoption != nil {
                IdeaFlows.status(idea, to: nil, &m)
                return []
            }
            guard let to = action == .ideaNext ? idea.status.next : idea.status.previous else {
                m.say(UIText.nothingToMove.text(l), error: true)
                return []
            }
            IdeaFlows.status(idea, to: to, &m)
        case .adoptIdea:
            guard let idea else { m.say(UIText.noSelection.text(l), error: true); return [] }
            IdeaFlows.adopt(idea, &m)
        case .chooseProgramme:
            m.overlay = .picker(IdeaFlows.programmePicker(current: s.programme, m))
        case .nextMatch, .previousMatch:
            Selection.move(&s.selection, action == .nextMatch ? .down : .up, count: count, rows: m.tableRows)
        default:
            Selection.move(&s.selection, action, count: count, rows: m.tableRows)
        }
        return []
    }

    static func id(_ s: IdeasScreen, _ m: Model) -> EntityID? {
        switch s.tab {
        case .ideas: return m.selectedIdea(s)?.id
        case .calls:
            let calls = m.callLines(s)
            return calls.indices.contains(s.selection.selection) ? calls[s.selection.selection].id : nil
        }
    }

    /// The selected row's idea (or call) becomes the anchor the cursor keeps to.
    static func anchor(_ s: inout IdeasScreen, _ m: Model) {
        s.anchor = id(s, m)
    }

    /// After the rows were made again (a move of status sorts the idea elsewhere, another
    /// terminal wrote): back to the anchor's row.
    static func follow(_ s: inout IdeasScreen, _ m: Model) {
        guard let anchor = s.anchor, id(s, m) != anchor else { return }
        let ids = s.tab == .ideas ? m.ideaLines(s).map(\.id) : m.callLines(s).map(\.id)
        if let i = ids.firstIndex(of: anchor) { s.selection.selection = i }
        s.selection.keepSelectionVisible(count: ids.count, visibleRows: m.tableRows)
    }
}

import ParcoursDomain
import ParcoursKit
import TerminalKit

/// The ideas view's tabs: the ideas before their holders (a Fabrique's pistes, F15) by
/// status, and the calls for applications (AMI, F4) with their applicants.
enum IdeasTab: Int, CaseIterable, Sendable {
    case ideas, calls

    var title: UIText {
        switch self {
        case .ideas: .ideasTab
        case .calls: .callsTab
        }
    }
}

/// The ideas view: a tab, a programme (nil for every programme), the cursor of each tab.
struct IdeasScreen: Hashable, Sendable {
    var tab: IdeasTab = .ideas
    var programme: EntityID?
    var selections: [SelectionState] = IdeasTab.allCases.map { _ in SelectionState() }
    /// The idea (or call) under the cursor: after a move of status the list is sorted
    /// again, and the cursor follows the idea rather than staying on the line number.
    var anchor: EntityID?

    var selection: SelectionState {
        get { selections[tab.rawValue] }
        set { selections[tab.rawValue] = newValue }
    }
}

extension Model {
    /// The ideas shown, in the order `parcours list ideas` gives (by programme, then the
    /// pipeline's order: status, detection day, title), narrowed by the `/` filter.
    func ideaLines(_ screen: IdeasScreen) -> [Idea] {
        let ideas = Listing.ideas(state, programme: screen.programme).compactMap { state.ideas[$0.id] }
        guard !filter.isEmpty else { return ideas }
        return ideas.filter { idea in
            Rows.matches(filter, [idea.title, idea.source ?? "", idea.need ?? "", idea.commune ?? "",
                                  idea.adoption.flatMap { state.holders[$0.holder]?.name } ?? ""])
        }
    }

    /// The calls shown, in the order `parcours list calls` gives, narrowed by the filter.
    func callLines(_ screen: IdeasScreen) -> [CallForApplications] {
        let calls = Listing.calls(state, programme: screen.programme).compactMap { state.calls[$0.id] }
        guard !filter.isEmpty else { return calls }
        return calls.filter { call in
            Rows.matches(filter, [call.title, call.source ?? ""]
                         + state.applicants(call: call.id).map(\.holder.name))
        }
    }

    /// The idea under the cursor of the ideas tab.
    func selectedIdea(_ screen: IdeasScreen) -> Idea? {
        let rows = ideaLines(screen)
        let i = screen.selections[IdeasTab.ideas.rawValue].selection
        return rows.indices.contains(i) ? rows[i] : nil
    }
}

import ParcoursDomain
import ParcoursKit
import TerminalKit

/// What an edit acts on: `E` opens the form of one of these.
enum EditTarget: Hashable, Sendable {
    case holder(EntityID), project(EntityID), session(EntityID), cohort(EntityID), programme(EntityID)

    /// The target as a picker item's id, and back.
    var key: String {
        switch self {
        case .holder(let id): "holder:" + id
        case .project(let id): "project:" + id
        case .session(let id): "session:" + id
        case .cohort(let id): "cohort:" + id
        case .programme(let id): "programme:" + id
        }
    }

    init?(key: String) {
        guard let colon = key.firstIndex(of: ":") else { return nil }
        let id = String(key[key.index(after: colon)...])
        switch key[..<colon] {
        case "holder": self = .holder(id)
        case "project": self = .project(id)
        case "session": self = .session(id)
        case "cohort": self = .cohort(id)
        case "programme": self = .programme(id)
        default: return nil
        }
    }
}

/// A list to pick one item from, narrowed as letters are typed (a network has thousands
/// of holders): ↑ ↓ move, Enter picks, Esc cancels. What a pick leads to is its purpose.
struct Picker: Hashable, Sendable {
    enum Purpose: Hashable, Sendable {
        /// What `E` edits, when the screen shows several things (a cohort and its programme).
        case editTarget
        /// The duplicate to merge into `keep`.
        case mergeDuplicate(keep: EntityID)
        /// The cohort a holder is transferred to (`from`: the cohort left, when known).
        case transferCohort(holder: EntityID, from: EntityID?)
        // After the programme, the project's path, evaluations (`PathFlows`).
        /// Which of a holder's projects an action is for.
        case project(holder: EntityID, then: PathAction)
        case milestone(project: EntityID)
        /// A new need, or one of the open needs to resolve.
        case need(project: EntityID)
        case questionnaire(holder: EntityID)
        /// The holder the jury of a review session evaluates.
        case juryHolder(session: EntityID)
        /// The cohort the follow-ups view shows ("" for every cohort).
        case followUpCohort
        // Ideas before holders (`IdeaFlows`).
        /// The programme the ideas view shows ("" for every programme).
        case ideaProgramme
        /// The holder who takes an idea up ("new" for one found now).
        case adopter(idea: EntityID)
        /// An applicant to a call, whose file opens.
        case applicant(call: EntityID)
        /// The person whose holders "my holders" shows.
        case referent
    }

    struct Item: Hashable, Sendable {
        var id: String
        var label: String
        /// Said beside the label, dimmed (a holder's commune and cohorts, a cohort's dates).
        var detail: String
        /// Label and detail folded once, so narrowing thousands of items at each key only
        /// compares.
        var key: String

        init(id: String, label: String, detail: String = "") {
            self.id = id
            self.label = label
            self.detail = detail
            key = Vocabulary.fold(label) + "\n" + Vocabulary.fold(detail)
        }
    }

    var title: UIText
    /// What is being picked for, in words, above the list.
    var note: String?
    var purpose: Purpose
    var items: [Item]
    var filter = TextFieldState()
    /// The selected line among the items the filter keeps.
    var selection = SelectionState()

    /// The items whose label or detail match what was typed.
    var shown: [Item] {
        let typed = Vocabulary.fold(filter.text.trimmingCharacters(in: .whitespaces))
        guard !typed.isEmpty else { return items }
        return items.filter { $0.key.contains(typed) }
    }

    /// What `E` edits, a holder's projects, a project's needs and a programme's
    /// questionnaires are lists of two or three: no search line, j / k move. People,
    /// cohorts and milestones are searched, however few (a facilitator types a name
    /// without looking).
    var searchable: Bool {
        switch purpose {
        case .editTarget, .project, .need, .questionnaire: false
        default: true
        }
    }

    var picked: Item? {
        let shown = self.shown
        return shown.indices.contains(selection.selection) ? shown[selection.selection] : nil
    }
}

import ParcoursDomain
import ParcoursKit
import TerminalKit

/// "My holders" (`M`, domain.md F8): the dashboard, participants, roll call and follow-ups
/// show only the holders a person of the directory is the referent of. `M` opens the
/// directory's people, the author's own entry (`PARCOURS_AUTHOR`) first and chosen; `M`
/// again shows every holder.
enum MyHoldersFlow {
    static func toggle(_ m: inout Model) {
        let l = m.language
        if m.referent != nil {
            m.referent = nil
            resetSelections(&m)
            m.say(UIText.allHoldersShown.text(l))
            return
        }
        let people = m.state.directoryPeople.filter { !m.state.erasures.covers(holder: $0.id) }
        guard !people.isEmpty else {
            m.say(UIText.directoryEmpty.text(l), error: true)
            return
        }
        var followed: [EntityID: Int] = [:]
        for holder in m.state.holders.values { if let referent = holder.referent { followed[referent, default: 0] += 1 } }
        let me = m.authorPerson
        // The author first, then those who follow holders, then the others, each by name.
        let ordered = people.filter { $0.id == me } + people.filter { $0.id != me && followed[$0.id] != nil }
            + people.filter { $0.id != me && followed[$0.id] == nil }
        let items = ordered.map { person in
            let count = UIText.holdersFollowed(followed[person.id] ?? 0, l)
            let organisation = person.organisation.flatMap { m.state.organisations[$0]?.name }
            let detail = ([person.id == me ? UIText.you.text(l) : nil, organisation, count] as [String?]).compactMap { $0 }
            return Picker.Item(id: person.id, label: person.name, detail: detail.joined(separator: " · "))
        }
        let note = me == nil ? UIText.authorNotInDirectory(m.author, l) : nil
        m.overlay = .picker(Picker(title: .pickReferentTitle, note: note, purpose: .referent, items: items))
    }

    /// The person picked: their holders only, from the top of every list.
    static func picked(_ item: Picker.Item, _ m: inout Model) {
        guard let person = m.state.people[item.id] else { return }
        m.referent = person.id
        resetSelections(&m)
        m.say(UIText.myHoldersShown(person.name, count: MyHolders.holders(of: person.id, in: m.state).count, l: m.language))
    }

    /// Lists shorter or longer than before: each screen's cursor back to its first row.
    static func resetSelections(_ m: inout Model) {
        m.stack = m.stack.map { screen in
            switch screen {
            case .dashboard: return .dashboard(selection: 0)
            case .cohort(var cs):
                cs.participants = SelectionState()
                cs.rollRow = SelectionState()
                return .cohort(cs)
            case .followUps(var fs):
                fs.selections = FollowUpTab.allCases.map { _ in SelectionState() }
                return .followUps(fs)
            default: return screen
            }
        }
    }
}

extension Model {
    /// The author's entry in the directory (`MyHolders.person(matching:)`), if any.
    var authorPerson: EntityID? { MyHolders.person(matching: author, in: state)?.id }
}

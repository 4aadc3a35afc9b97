import ParcoursDomain
import ParcoursKit
import TerminalKit

/// Ideas before holders (issue 18), opened the same way from the ideas view and the `:`
/// command line: the new idea's form, a move of status, the adoption (a holder picked,
/// or the holder found now), the programme shown, an applicant's file. Nothing is
/// written before a form is submitted.
enum IdeaFlows {
    /// The ideas view as it opens: the programme of the cohort selected on the dashboard
    /// when it has ideas or calls, else the only programme that has some, else every one.
    static func screen(_ m: Model, tab: IdeasTab = .ideas) -> IdeasScreen {
        let s = m.state
        let working = Set(s.ideas.values.map(\.programme)).union(s.calls.values.map(\.programme))
        var screen = IdeasScreen(tab: tab)
        if case .dashboard(let selection) = m.screen, m.dashboardRows.cohorts.indices.contains(selection),
           let programme = s.cohorts[m.dashboardRows.cohorts[selection]]?.programme, working.contains(programme) {
            screen.programme = programme
        } else if working.count == 1 {
            screen.programme = working.first
        }
        return screen
    }

    static func newIdea(title: String = "", programme: EntityID?, _ m: inout Model) {
        guard !m.state.programmes.isEmpty else { m.say(UIText.noProgramme.text(m.language), error: true); return }
        m.overlay = .form(Forms.newIdea(m.state, programme: programme, title: title, today: m.today, m.language))
    }

    /// The status form, `to` preselected; an adopted idea is a project now, and moving
    /// on from "recherche de porteur" is the adoption.
    static func status(_ idea: Idea, to: IdeaStatus?, _ m: inout Model) {
        guard idea.adoption == nil else { m.say(UIText.ideaIsAProjectNow.text(m.language), error: true); return }
        if to == .porteurIdentifie { adopt(idea, &m); return }
        m.overlay = .form(Forms.ideaStatus(idea, to: to, today: m.today, m.language))
    }

    /// The holder who takes the idea up: one found now (first), or one already recorded,
    /// searched by name.
    static func adopt(_ idea: Idea, _ m: inout Model) {
        let l = m.language, s = m.state
        guard idea.adoption == nil else { m.say(UIText.ideaIsAProjectNow.text(l), error: true); return }
        guard idea.status != .ecartee else { m.say(Catalog.text(DomainError.idea(.setAside(idea: idea.title)), l), error: true); return }
        let holders = s.holders.values.filter { !s.erasures.covers(holder: $0.id) }
            .map { (key: NameKey.of($0.name), holder: $0) }
            .sorted { ($0.key, $0.holder.id) < ($1.key, $1.holder.id) }
        let items = [Picker.Item(id: "new", label: UIText.newAdopter.text(l))] + holders.map { entry in
            let h = entry.holder
            return Picker.Item(id: h.id, label: h.name,
                               detail: ([Catalog.label(h.kind, l)] + [CorrectionFlows.detail(h, s)].filter { !$0.isEmpty })
                                   .joined(separator: " · "))
        }
        m.overlay = .picker(Picker(title: .pickAdopterTitle, note: Texts.quoted(idea.title, l), purpose: .adopter(idea: idea.id),
                                   items: items))
    }

    /// Every programme, then those that have ideas or calls, by name.
    static func programmePicker(current: EntityID?, _ m: Model) -> Picker {
        let l = m.language, s = m.state
        let ids = Set(s.ideas.values.map(\.programme)).union(s.calls.values.map(\.programme))
        let programmes = ids.compactMap { s.programmes[$0] }.sorted { (NameKey.of($0.name), $0.id) < (NameKey.of($1.name), $1.id) }
        let items = [Picker.Item(id: "", label: UIText.allProgrammes.text(l))] + programmes.map { p in
            let ideas = s.ideas(programme: p.id)
            return Picker.Item(id: p.id, label: p.name,
                               detail: UIText.ideasOnProgramme(ideas.count, adopted: ideas.filter { $0.adoption != nil }.count, l)
                                   .components(separatedBy: " · ").first ?? "")
        }
        var picker = Picker(title: .pickProgrammeFilterTitle, purpose: .ideaProgramme, items: items)
        picker.selection = SelectionState(selection: items.firstIndex { $0.id == (current ?? "") } ?? 0)
        return picker
    }

    /// A call's applicants, each with their eligibility, to open one's file.
    static func applicants(_ call: CallForApplications, _ m: inout Model) {
        let l = m.language
        let applicants = m.state.applicants(call: call.id)
        guard !applicants.isEmpty else { m.say(UIText.noApplicant.text(l), error: true); return }
        let items = applicants.map { a in
            Picker.Item(id: a.holder.id, label: a.holder.name,
                        detail: Catalog.label(a.application.eligibility(criteria: call.criteria.count), l))
        }
        m.overlay = .picker(Picker(title: .pickApplicantTitle, note: Texts.quoted(call.title, l), purpose: .applicant(call: call.id),
                                   items: items))
    }

    /// What a pick leads to (`CorrectionFlows.picked` hands these purposes here).
    static func picked(_ item: Picker.Item, _ purpose: Picker.Purpose, _ m: inout Model) {
        let s = m.state
        switch purpose {
        case .ideaProgramme:
            guard case .ideas(var screen) = m.screen else { return }
            screen.programme = item.id.isEmpty ? nil : item.id
            screen.selections = IdeasTab.allCases.map { _ in SelectionState() }
            m.screen = .ideas(screen)
        case .adopter(let id):
            guard let idea = s.ideas[id] else { return }
            if item.id == "new" {
                m.overlay = .form(Forms.adoptIdeaByNewHolder(idea, today: m.today, m.language))
            } else if let holder = s.holders[item.id] {
                m.overlay = .form(Forms.adoptIdea(idea, holder: holder, today: m.today, m.language))
            }
        case .applicant:
            guard s.holders[item.id] != nil else { return }
            m.push(.holder(HolderScreen(holder: item.id)))
        default:
            break
        }
    }

    // MARK: Named on the command line

    /// `:idees` / `:appels` open the view; `:idee TITRE` the new idea's form; `:statut-idee`
    /// and `:adopter` act on the idea named after them (resolved as every reference is),
    /// else on the idea under the cursor of the ideas view.
    static func verb(_ verb: VerbParser.FormVerb, reference: String?, _ m: inout Model) -> [Effect] {
        let l = m.language
        switch verb {
        case .ideas, .calls:
            let tab: IdeasTab = verb == .ideas ? .ideas : .calls
            if case .ideas(var screen) = m.screen {
                screen.tab = tab
                m.screen = .ideas(screen)
            } else {
                m.push(.ideas(screen(m, tab: tab)))
            }
            return []
        case .idea:
            var programme: EntityID?
            if case .ideas(let screen) = m.screen { programme = screen.programme }
            newIdea(title: reference ?? "", programme: programme ?? self.screen(m).programme, &m)
            return []
        case .ideaStatus, .adopt:
            do {
                var idea: Idea?
                if let reference {
                    idea = try Resolver(m.state).idea(reference)
                } else if case .ideas(let screen) = m.screen, screen.tab == .ideas {
                    idea = m.selectedIdea(screen)
                }
                guard let idea else {
                    m.say(UIText.ideaVerbNeedsSelection(verb == .adopt ? (l == .fr ? "adopter" : "adopt")
                                                        : (l == .fr ? "statut-idee" : "idea-status"), l), error: true)
                    return []
                }
                if verb == .adopt { adopt(idea, &m) } else { status(idea, to: nil, &m) }
            } catch {
                m.say(ErrorText.describe(error, l), error: true)
            }
            return []
        default:
            return []
        }
    }
}

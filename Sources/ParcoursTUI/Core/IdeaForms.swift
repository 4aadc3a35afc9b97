import ParcoursDomain
import TerminalKit

/// The forms of ideas before holders (issue 18): a new idea, a move of its status, its
/// adoption by a holder already recorded or by the holder found now. Each sends the
/// domain command the command line sends (`idea add`, `idea status`, `idea adopt`,
/// `idea adopt --new`).
extension Forms {
    /// `programme`: preselected (the one the ideas view shows); `title`: typed after `:idee`.
    static func newIdea(_ state: State, programme: EntityID?, title: String = "", today: Day, _ l: Language) -> Form {
        let programmes = state.programmes.values.sorted { (NameKey.of($0.name), $0.id) < (NameKey.of($1.name), $1.id) }
        let choices = programmes.map { Form.Choice(id: $0.id, label: $0.name) }
        return Form(title: .formNewIdea, purpose: .newIdea, fields: [
            choice(.fieldProgramme, choices, selected: programmes.firstIndex { $0.id == programme } ?? 0),
            text(.fieldTitle, title, required: true, placeholder: l == .fr ? "Épicerie itinérante…" : "A mobile grocery…"),
            text(.fieldSource, placeholder: l == .fr ? "séminaire, collectivité, habitants…" : "a seminar, a local authority…"),
            text(.fieldNeed, placeholder: l == .fr ? "50 enfants sans mode de garde…" : "50 children with no childcare…"),
            text(.fieldCommune),
            text(.fieldDate, today.iso, required: true, kind: .date, placeholder: datePlaceholder(l)),
        ], focus: programmes.firstIndex { $0.id == programme } == nil ? 0 : 1)
    }

    /// The statuses an idea can be moved to here (every one but its own, and "porteur
    /// identifié", which adoption sets), `to` preselected.
    static func ideaStatus(_ idea: Idea, to: IdeaStatus?, today: Day, _ l: Language) -> Form {
        let statuses = IdeaStatus.allCases.filter { $0 != idea.status && $0 != .porteurIdentifie }
        let wanted = to ?? idea.status.next ?? statuses.first
        return Form(title: .formIdeaStatus, purpose: .ideaStatus(idea: idea.id), fields: [
            choice(.fieldStatus, statuses.map { Form.Choice(id: $0.rawValue, label: Catalog.label($0, l)) },
                   selected: statuses.firstIndex { $0 == wanted } ?? 0),
            text(.fieldReason, placeholder: l == .fr ? "faute de potentiel, sujet prioritaire…" : "no potential, a priority…"),
            text(.fieldDate, today.iso, required: true, kind: .date, placeholder: datePlaceholder(l)),
        ], note: UIText.ideaStanding(idea, l))
    }

    /// The project's stage preselected as the domain would choose it: the feasibility
    /// study once the idea was studied, the idea stage otherwise.
    static func adoptionStage(_ idea: Idea, _ l: Language) -> Form.Field {
        let stage: Stage = idea.wasStudied(by: nil) ? .etude : .idee
        return choice(.fieldStage, stages(l), selected: Stage.allCases.firstIndex(of: stage) ?? 0)
    }

    static func adoptIdea(_ idea: Idea, holder: Holder, today: Day, _ l: Language) -> Form {
        Form(title: .formAdoptIdea, purpose: .adoptIdea(idea: idea.id, holder: holder.id), fields: [
            adoptionStage(idea, l),
            text(.fieldNote, placeholder: l == .fr ? "appropriation du projet par…" : "taken up by…"),
            text(.fieldDate, today.iso, required: true, kind: .date, placeholder: datePlaceholder(l)),
        ], focus: 1, note: UIText.adoptNote(idea, holder: holder.name, l))
    }

    /// The holder found now: who they are (a person, a collective, a structure), then the adoption.
    static func adoptIdeaByNewHolder(_ idea: Idea, today: Day, _ l: Language) -> Form {
        let kinds = HolderKind.allCases.map { Form.Choice(id: $0.rawValue, label: Catalog.label($0, l)) }
        return Form(title: .formAdoptByNewHolder, purpose: .adoptIdeaByNewHolder(idea: idea.id), fields: [
            text(.fieldHolderName, required: true),
            choice(.fieldHolderKind, kinds),
            text(.fieldCommune, idea.commune ?? ""),
            adoptionStage(idea, l),
            text(.fieldNote, placeholder: l == .fr ? "association créée par les partenaires…" : "an association set up by the partners…"),
            text(.fieldDate, today.iso, required: true, kind: .date, placeholder: datePlaceholder(l)),
        ], note: UIText.adoptByNewHolderNote(idea, l))
    }

    /// The commands of these forms (`commands` hands them here); nil for any other.
    static func ideaCommands(_ form: Form) -> [Command]? {
        func value(_ label: UIText) -> String? { form[label]?.value }
        func chosen(_ label: UIText) -> String? { form[label]?.chosen }
        let day = value(.fieldDate).flatMap { Day(iso: $0) }
        let stage = chosen(.fieldStage).flatMap(Stage.init(rawValue:))
        switch form.purpose {
        case .newIdea:
            return [.addIdea(programme: chosen(.fieldProgramme) ?? "", IdeaDraft(
                title: value(.fieldTitle) ?? "", source: value(.fieldSource), need: value(.fieldNeed),
                commune: value(.fieldCommune), date: day))]
        case .ideaStatus(let idea):
            return [.setIdeaStatus(idea: idea, status: chosen(.fieldStatus).flatMap(IdeaStatus.init(rawValue:)) ?? .detectee,
                                   reason: value(.fieldReason), date: day)]
        case .adoptIdea(let idea, let holder):
            return [.adoptIdea(idea: idea, holder: holder, stage: stage, note: value(.fieldNote), date: day)]
        case .adoptIdeaByNewHolder(let idea):
            let draft = HolderDraft(name: value(.fieldHolderName) ?? "",
                                    kind: chosen(.fieldHolderKind).flatMap(HolderKind.init(rawValue:)) ?? .person,
                                    commune: value(.fieldCommune))
            return [.adoptIdeaByNewHolder(idea: idea, holder: draft, stage: stage, note: value(.fieldNote), date: day)]
        default:
            return nil
        }
    }
}

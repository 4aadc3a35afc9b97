import ParcoursDomain
import TerminalKit

/// The session forms' venue and facilitators, chosen from the directories (domain.md F5,
/// F27): the venues as a choice and the people as ticks, each with a line to name one not
/// yet there (added to the directory on first use, as `parcours session add --venue
/// --facilitator` does). With an empty directory, only the line to type in.
extension Forms {
    /// "Salle des fêtes (Lamastre)": the venues of the directory, "—" first for none.
    static func venues(_ state: State) -> [Form.Choice] {
        [Form.Choice(id: "", label: "—")] + state.directoryVenues.map { venue in
            Form.Choice(id: venue.id, label: venue.name + (venue.commune.map { " (\($0))" } ?? ""))
        }
    }

    /// The venue's fields: the directory's venues (the session's selected), and a new one.
    static func venueFields(_ state: State, place: EntityID? = nil, typed: String = "", _ l: Language) -> [Form.Field] {
        guard !state.venues.isEmpty else { return [text(.fieldVenue, typed)] }
        let choices = venues(state)
        return [choice(.fieldVenue, choices, selected: choices.firstIndex { $0.id == place } ?? 0),
                text(.fieldNewVenue, typed, placeholder: UIText.ifNotListed.text(l))]
    }

    /// The facilitators' fields: the directory's people to tick (those named ticked), and
    /// someone new.
    static func facilitatorFields(_ state: State, named: [EntityID] = [], _ l: Language) -> [Form.Field] {
        let people = state.directoryPeople.filter { !state.erasures.covers(holder: $0.id) }
        guard !people.isEmpty else { return [text(.fieldFacilitators, placeholder: UIText.personName.text(l))] }
        let choices = people.map { Form.Choice(id: $0.id, label: $0.name) }
        return [Form.Field(label: .fieldFacilitators, kind: .multi, choices: choices, picked: Set(named)),
                text(.fieldNewFacilitator, placeholder: UIText.ifNotListed.text(l))]
    }

    /// A holder's referent (F8): the directory's people as a choice ("—" for none), and
    /// someone new; only the line to type in while the directory is empty.
    static func referentFields(_ holder: Holder, _ state: State, _ l: Language) -> [Form.Field] {
        let people = state.directoryPeople.filter { !state.erasures.covers(holder: $0.id) }
        guard !people.isEmpty else { return [text(.fieldReferent, placeholder: UIText.personName.text(l))] }
        let choices = [Form.Choice(id: "", label: "—")] + people.map { Form.Choice(id: $0.id, label: $0.name) }
        return [choice(.fieldReferent, choices, selected: choices.firstIndex { $0.id == holder.referent } ?? 0),
                text(.fieldNewReferent, placeholder: UIText.ifNotListed.text(l))]
    }

    /// The venue a session form names: a new one typed, else the one chosen; nil for none.
    static func chosenVenue(_ form: Form) -> String? {
        if let typed = form[.fieldNewVenue]?.value { return typed }
        guard let field = form[.fieldVenue] else { return nil }
        return field.kind == .choice ? field.chosen.flatMap { $0.isEmpty ? nil : $0 } : field.value
    }

    /// Whether the venue differs from what the form opened with.
    static func venueChanged(_ form: Form) -> Bool { form.changed(.fieldVenue) || form.changed(.fieldNewVenue) }

    /// The people ticked, in the directory's order, then the one typed.
    static func chosenFacilitators(_ form: Form) -> [String] {
        guard let field = form[.fieldFacilitators] else { return [] }
        if field.kind != .multi { return field.value.map { [$0] } ?? [] }
        return field.choices.map(\.id).filter(field.picked.contains) + (form[.fieldNewFacilitator]?.value.map { [$0] } ?? [])
    }

    /// An edit's facilitators: those ticked or typed now and not before are added, those
    /// unticked are taken off.
    static func facilitatorCommands(_ form: Form, session: EntityID) -> [Command] {
        guard let field = form[.fieldFacilitators] else { return [] }
        let before = field.kind == .multi ? field.initialPicked : []
        let now = chosenFacilitators(form)
        return now.filter { !before.contains($0) }.map { Command.addSessionFacilitator(session: session, person: $0) }
            + field.choices.map(\.id).filter { before.contains($0) && !field.picked.contains($0) }
                .map { Command.removeSessionFacilitator(session: session, person: $0) }
    }
}

import ParcoursDomain
import ParcoursKit
import TerminalKit

/// The forms of open events: a new event (for a programme or one of its cohorts), an
/// edit prefilled with the event (sending only what changed), and the headcount — one
/// number per standard audience, the facilitator's own categories, and the total.
extension Forms {
    /// The standard categories' fields, in the catalog's order.
    static let audienceFields: [(UIText, StandardAudience)] = [
        (.fieldElus, .elus), (.fieldTechniciens, .techniciens), (.fieldProfessionnels, .professionnels),
        (.fieldHabitants, .habitants), (.fieldPorteurs, .porteurs), (.fieldAutres, .autres),
    ]

    /// "bénévoles=3, étudiants=2" → the categories with their numbers; nil when a part is
    /// not NAME=NUMBER ("" is no category).
    static func audiences(_ text: String) -> [AudienceInput]? {
        var result: [AudienceInput] = []
        for part in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !part.isEmpty {
            guard let audience = Vocabulary.audience(part) else { return nil }
            result.append(audience)
        }
        return result
    }

    static func eventKinds(_ l: Language) -> [Form.Choice] {
        OpenEventKind.allCases.map { Form.Choice(id: $0.rawValue, label: Catalog.label($0, l)) }
    }

    /// Programmes, each followed by its cohorts ("Lance-toi ! › Promotion 2026"); the
    /// `preferred` one selected (a cohort when opened from its sessions).
    static func owners(_ state: State, _ l: Language) -> [Form.Choice] {
        state.programmes.values.sorted { (NameKey.of($0.name), $0.id) < (NameKey.of($1.name), $1.id) }.flatMap { p in
            [Form.Choice(id: p.id, label: p.name)]
                + state.cohorts(programme: p.id).map { Form.Choice(id: $0.id, label: "\(p.name) › \($0.name)") }
        }
    }

    static func newOpenEvent(_ state: State, preferred: EntityID?, today: Day, _ l: Language) -> Form {
        let owners = owners(state, l)
        return Form(title: .formNewEvent, purpose: .newOpenEvent, fields: [
            choice(.fieldOwner, owners, selected: owners.firstIndex { $0.id == preferred } ?? 0),
            text(.fieldTitle, required: true),
            text(.fieldDate, today.iso, required: true, kind: .date, placeholder: datePlaceholder(l)),
            text(.fieldTime, kind: .time, placeholder: "19:00"),
            choice(.fieldKind, eventKinds(l), selected: OpenEventKind.allCases.firstIndex(of: .soiree) ?? 0),
            text(.fieldDuration, kind: .duration, placeholder: l == .fr ? "selon le format (2h, 3h30, 1j)" : "by format (2h, 3h30, 1d)"),
            text(.fieldVenue),
            choice(.fieldRemote, yesNo(l), selected: 1),
        ])
    }

    /// Prefilled with the event as it is; sends only the fields changed.
    static func editOpenEvent(_ event: OpenEvent, _ l: Language) -> Form {
        Form(title: .formEditEvent, purpose: .editOpenEvent(event.id), fields: [
            text(.fieldTitle, event.title, required: true),
            text(.fieldDate, event.date.iso, required: true, kind: .date, placeholder: datePlaceholder(l)),
            text(.fieldTime, event.details.time?.description ?? "", kind: .time, placeholder: "19:00"),
            choice(.fieldKind, eventKinds(l), selected: OpenEventKind.allCases.firstIndex(of: event.kind) ?? 0),
            text(.fieldDuration, event.duration.description.replacingOccurrences(of: " ", with: ""), required: true, kind: .duration),
            text(.fieldVenue, event.details.venue ?? ""),
            choice(.fieldRemote, yesNo(l), selected: event.details.remote ? 0 : 1),
        ]).settled()
    }

    /// One number per standard audience, the facilitator's own categories, and the total
    /// (when more came than the categories say); prefilled with the headcount recorded.
    static func headcount(_ event: OpenEvent, _ l: Language) -> Form {
        let recorded = event.headcount
        func given(_ audience: StandardAudience) -> String {
            recorded?.audiences.first { $0.audience == .standard(audience) }.map { String($0.count) } ?? ""
        }
        let own = (recorded?.audiences ?? []).compactMap { count -> String? in
            if case .free(let name) = count.audience { return "\(name)=\(count.count)" }
            return nil
        }.joined(separator: ", ")
        let total = recorded.flatMap { $0.unspecified > 0 ? String($0.total) : nil } ?? ""
        return Form(title: .formHeadcount, purpose: .headcount(event.id),
                    fields: audienceFields.map { text($0.0, given($0.1), kind: .count) } + [
                        text(.fieldOtherAudiences, own, kind: .audiences,
                             placeholder: l == .fr ? "bénévoles=3, étudiants=2" : "volunteers=3, students=2"),
                        text(.fieldTotal, total, kind: .count),
                    ],
                    note: UIText.headcountNote(event.title, l))
    }

    static func openEventCommands(_ form: Form) -> [Command] {
        func value(_ label: UIText) -> String? { form[label]?.value }
        func changed(_ label: UIText) -> Bool { form.changed(label) }
        switch form.purpose {
        case .newOpenEvent:
            let draft = OpenEventDraft(
                title: value(.fieldTitle) ?? "",
                kind: form[.fieldKind]?.chosen.flatMap(OpenEventKind.init(rawValue:)) ?? .soiree,
                date: value(.fieldDate).flatMap { Day(iso: $0) } ?? Day(year: 2000, month: 1, day: 1)!,
                time: value(.fieldTime).flatMap { ClockTime(parse: $0) },
                duration: value(.fieldDuration).flatMap(TimeSpan.parse),
                venue: value(.fieldVenue), remote: form[.fieldRemote]?.chosen == "yes")
            return [.addOpenEvent(target: form[.fieldOwner]?.chosen ?? "", draft)]
        case .editOpenEvent(let id):
            var edit = OpenEventEdit()
            if changed(.fieldTitle) { edit.title = value(.fieldTitle) ?? "" }
            if changed(.fieldDate) { edit.date = value(.fieldDate).flatMap { Day(iso: $0) } }
            if changed(.fieldTime) { edit.time = .some(value(.fieldTime).flatMap { ClockTime(parse: $0) }) }
            if changed(.fieldKind) { edit.kind = form[.fieldKind]?.chosen.flatMap(OpenEventKind.init(rawValue:)) }
            if changed(.fieldDuration) { edit.duration = value(.fieldDuration).flatMap(TimeSpan.parse) }
            if changed(.fieldVenue) { edit.venue = .some(value(.fieldVenue)) }
            if changed(.fieldRemote) { edit.remote = form[.fieldRemote]?.chosen == "yes" }
            return [.editOpenEvent(event: id, edit)]
        case .headcount(let id):
            var audiences: [AudienceInput] = []
            for (label, audience) in audienceFields {
                if let typed = value(label), let count = Int(typed) { audiences.append(AudienceInput(audience.rawValue, count)) }
            }
            audiences += value(.fieldOtherAudiences).flatMap { Forms.audiences($0) } ?? []
            return [.recordHeadcount(event: id, HeadcountInput(audiences: audiences, total: value(.fieldTotal).flatMap { Int($0) }))]
        default:
            return []
        }
    }
}

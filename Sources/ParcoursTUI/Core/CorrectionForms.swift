import ParcoursDomain
import TerminalKit

/// The forms of corrections and of a person's rights: edits prefilled with what is
/// recorded (each sends one edit command with only the fields changed), a removal, a
/// transfer, an erasure, a consent, a situation. What they ask for is `Forms.commands`.
extension Forms {
    /// "a, b ,c" → ["a", "b", "c"]: the lists typed in one field (tags, sectors, operators).
    static func list(_ text: String) -> [String] {
        text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    static func joined(_ values: [String]) -> String { values.joined(separator: ", ") }

    static func datePlaceholder(_ l: Language) -> String { l == .fr ? "AAAA-MM-JJ" : "YYYY-MM-DD" }

    // MARK: Edits

    static func editHolder(_ holder: Holder, _ state: State, _ l: Language) -> Form {
        let kinds = HolderKind.allCases.map { Form.Choice(id: $0.rawValue, label: Catalog.label($0, l)) }
        return Form(title: .formEditHolder, purpose: .editHolder(holder.id), fields: [
            text(.fieldName, holder.name, required: true),
            choice(.fieldKind, kinds, selected: HolderKind.allCases.firstIndex(of: holder.kind) ?? 0),
            text(.fieldCommune, holder.commune ?? ""),
            text(.fieldEmail, holder.email ?? ""),
            text(.fieldPhone, holder.phone ?? ""),
            text(.fieldTags, joined(holder.tags), placeholder: l == .fr ? "séparées par des virgules" : "comma-separated"),
            text(.fieldReferredBy, holder.referredBy.flatMap { state.organisations[$0]?.name } ?? ""),
        ] + referentFields(holder, state, l)).settled()
    }

    /// "Déjà créée" is unknown for projects recorded before it was asked: "—" is offered
    /// only then (an edit cannot make it unknown again).
    static func editProject(_ project: Project, _ l: Language) -> Form {
        var created = [Form.Choice(id: "yes", label: UIText.yes.text(l)), Form.Choice(id: "no", label: UIText.no.text(l))]
        if project.alreadyCreated == nil { created.insert(Form.Choice(id: "", label: "—"), at: 0) }
        let selected = project.alreadyCreated.map { $0 ? created.count - 2 : created.count - 1 } ?? 0
        return Form(title: .formEditProject, purpose: .editProject(project.id), fields: [
            text(.fieldTitle, project.title, required: true),
            text(.fieldDescription, project.description ?? ""),
            text(.fieldSectors, joined(project.sectors), placeholder: l == .fr ? "séparés par des virgules" : "comma-separated"),
            text(.fieldCommune, project.commune ?? ""),
            text(.fieldLegalForm, project.legalForm ?? "", placeholder: l == .fr ? "association, SCIC…" : "association, SCIC…"),
            choice(.fieldAlreadyCreated, created, selected: selected),
        ]).settled()
    }

    static func editCohort(_ cohort: Cohort, _ l: Language) -> Form {
        Form(title: .formEditCohort, purpose: .editCohort(cohort.id), fields: [
            text(.fieldCohortName, cohort.name, required: true),
            text(.fieldStart, cohort.start.iso, required: true, kind: .date, placeholder: datePlaceholder(l)),
            text(.fieldEnd, cohort.end?.iso ?? "", kind: .date, placeholder: datePlaceholder(l)),
            text(.fieldCapacity, cohort.capacity.map(String.init) ?? "", kind: .number, placeholder: "12"),
        ]).settled()
    }

    static func editProgramme(_ programme: Programme, _ state: State, _ l: Language) -> Form {
        var stages = Form.Field(label: .fieldTargetStages, kind: .multi, choices: stages(l))
        stages.picked = Set(programme.targetStages.map(\.rawValue))
        return Form(title: .formEditProgramme, purpose: .editProgramme(programme.id), fields: [
            text(.fieldName, programme.name, required: true),
            text(.fieldOperators, joined(programme.operators.compactMap { state.organisations[$0]?.name })),
            stages,
            text(.fieldTargetPublic, programme.targetPublic ?? ""),
            programmeType(programme.type, l),
        ]).settled()
    }

    /// The programme's type from the list (sensibilisation, préincubation, Fabrique…), or
    /// "—" for none said.
    static func programmeType(_ type: ProgrammeType?, _ l: Language) -> Form.Field {
        let choices = [Form.Choice(id: "", label: "—")] + ProgrammeType.allCases.map { Form.Choice(id: $0.rawValue, label: Catalog.label($0, l)) }
        return choice(.fieldProgrammeType, choices, selected: type.flatMap { ProgrammeType.allCases.firstIndex(of: $0) }.map { $0 + 1 } ?? 0)
    }

    // MARK: Removal, transfer

    /// What removing a holder takes with it: the history the domain refuses to remove
    /// unless asked (marks, notes about them and their own projects, participations).
    static func history(_ holder: EntityID, _ state: State) -> (marks: Int, notes: Int, participations: Int) {
        let marks = state.marks.values.reduce(0) { $0 + ($1[holder] == nil ? 0 : 1) }
        let own = state.projects(holder: holder).filter { $0.holders == [holder] }
        let notes = state.notes(about: .holder(holder)).count + own.reduce(0) { $0 + state.notes(about: .project($1.id)).count }
        return (marks, notes, state.participations(holder: holder).count)
    }

    static func removeHolder(_ holder: Holder, _ state: State, _ l: Language) -> Form {
        let h = history(holder.id, state)
        let hasHistory = h.marks + h.notes + h.participations > 0
        var fields = [text(.fieldReason, required: true, placeholder: l == .fr ? "saisi par erreur" : "entered by mistake")]
        if hasHistory { fields.append(choice(.fieldWithHistory, yesNo(l), selected: 1)) }
        let note = hasHistory ? UIText.removeWithHistoryNote(holder.name, UIText.historyCounts(h.marks, h.notes, h.participations, l), l)
            : UIText.removeNote(holder.name, l)
        return Form(title: .formRemoveHolder, purpose: .removeHolder(holder.id), fields: fields, note: note)
    }

    static func transfer(_ holder: Holder, from: EntityID?, to cohort: Cohort, _ state: State, today: Day, _ l: Language) -> Form {
        let left = from.flatMap { state.cohorts[$0]?.name }
        return Form(title: .formTransfer, purpose: .transfer(holder: holder.id, from: from, to: cohort.id), fields: [
            text(.fieldDate, kind: .date, placeholder: today.iso),
            text(.fieldReason, placeholder: l == .fr ? "horaires de travail…" : "working hours…"),
        ], note: UIText.transferNote(holder.name, from: left, to: cohort.name, l))
    }

    // MARK: A person's rights

    static func erase(_ holder: Holder, _ l: Language) -> Form {
        Form(title: .formErase, purpose: .erase(holder.id), fields: [
            text(.fieldReason, required: true, placeholder: l == .fr ? "demande de l’intéressée du 3 décembre" : "request of the person, 3 December"),
        ], note: UIText.eraseNote(holder.name, l))
    }

    /// The consents held, in words: "freins périphériques : donné le 12/01/2026 · profil : aucun".
    static func consents(_ holder: EntityID, _ state: State, _ l: Language) -> String {
        let data = state.sensitive[holder]
        return ConsentScope.allCases.map { scope in
            let given = data?.consents[scope].map { UIText.consentGivenOn(Texts.numericDay($0, l), l) } ?? UIText.noConsent.text(l)
            return Catalog.consentScope(scope, l) + " : " + given
        }.joined(separator: " · ")
    }

    static func consent(_ holder: Holder, _ state: State, today: Day, _ l: Language) -> Form {
        let data = state.sensitive[holder.id]
        let scopes = ConsentScope.allCases
        // The first scope without consent, and giving it, are what is usually asked.
        let scope = scopes.firstIndex { data?.consents[$0] == nil } ?? 0
        let allGiven = scopes.allSatisfy { data?.consents[$0] != nil }
        return Form(title: .formConsent, purpose: .consent(holder.id), fields: [
            choice(.fieldScope, scopes.map { Form.Choice(id: $0.rawValue, label: Catalog.consentScope($0, l)) }, selected: scope),
            choice(.fieldConsent, [Form.Choice(id: "given", label: UIText.consentGiven.text(l)),
                                   Form.Choice(id: "withdrawn", label: UIText.consentWithdrawn.text(l))],
                   selected: allGiven ? 1 : 0),
            text(.fieldDate, today.iso, required: true, kind: .date, placeholder: datePlaceholder(l)),
        ], note: holder.name + " — " + consents(holder.id, state, l))
    }

    /// One field per scope the person consented to; both when there is no consent at all,
    /// so what is ticked meets the domain's refusal, in its words. (A scope without consent
    /// beside one with it is left out: the first would be recorded and the second refused,
    /// and the form, opened again, would send the first again.)
    static func situation(_ holder: Holder, _ state: State, _ l: Language) -> Form {
        let data = state.sensitive[holder.id]
        let consented = ConsentScope.allCases.filter { data?.consents[$0] != nil }
        var obstacles = Form.Field(label: .fieldObstacles, kind: .multi,
                                   choices: Obstacle.allCases.map { Form.Choice(id: $0.rawValue, label: Catalog.label($0, l)) })
        obstacles.picked = Set((data?.obstacles ?? []).map(\.rawValue))
        var profile = Form.Field(label: .fieldProfile, kind: .multi,
                                 choices: ProfileTag.allCases.map { Form.Choice(id: $0.rawValue, label: Catalog.label($0, l)) })
        profile.picked = Set((data?.profile ?? []).map(\.rawValue))
        let fields = consented.isEmpty ? [obstacles, profile]
            : consented.map { $0 == .obstacles ? obstacles : profile }
        return Form(title: .formSituation, purpose: .situation(holder.id), fields: fields,
                    note: UIText.situationNote(holder.name, consents(holder.id, state, l), l)).settled()
    }

    // MARK: What they ask for

    /// The commands of the correction and rights forms (`commands` hands them here).
    static func correctionCommands(_ form: Form) -> [Command]? {
        func value(_ label: UIText) -> String? { form[label]?.value }
        func chosen(_ label: UIText) -> String? { form[label]?.chosen }
        func changed(_ label: UIText) -> Bool { form.changed(label) }
        // A text changed to nothing clears the field: "" says so to the domain.
        func typed(_ label: UIText) -> String? { changed(label) ? value(label) ?? "" : nil }
        switch form.purpose {
        case .editHolder(let id):
            var edit = HolderEdit(name: typed(.fieldName), commune: typed(.fieldCommune), email: typed(.fieldEmail),
                                  phone: typed(.fieldPhone), referredByName: typed(.fieldReferredBy))
            if changed(.fieldReferent) || changed(.fieldNewReferent) {
                edit.referentName = value(.fieldNewReferent) ?? (form[.fieldReferent]?.kind == .choice ? chosen(.fieldReferent) : value(.fieldReferent)) ?? ""
            }
            if changed(.fieldKind) { edit.kind = chosen(.fieldKind).flatMap(HolderKind.init(rawValue:)) }
            if changed(.fieldTags), let field = form[.fieldTags] {
                // Compared as the domain compares tags (case and accents aside).
                let before = list(field.initialText), after = list(field.input.text)
                let beforeKeys = Set(before.map(NameKey.of)), afterKeys = Set(after.map(NameKey.of))
                edit.addTags = after.filter { !beforeKeys.contains(NameKey.of($0)) }
                edit.removeTags = before.filter { !afterKeys.contains(NameKey.of($0)) }
            }
            return [.editHolder(holder: id, edit)]
        case .editProject(let id):
            var edit = ProjectEdit(title: typed(.fieldTitle), description: typed(.fieldDescription), commune: typed(.fieldCommune),
                                   legalForm: typed(.fieldLegalForm))
            if changed(.fieldSectors) { edit.sectors = list(form[.fieldSectors]?.input.text ?? "") }
            if changed(.fieldAlreadyCreated), let created = chosen(.fieldAlreadyCreated), !created.isEmpty {
                edit.alreadyCreated = created == "yes"
            }
            return [.editProject(project: id, edit)]
        case .editCohort(let id):
            var edit = CohortEdit(name: typed(.fieldCohortName))
            if changed(.fieldStart) { edit.start = value(.fieldStart).flatMap { Day(iso: $0) } }
            if changed(.fieldEnd) { edit.end = .some(value(.fieldEnd).flatMap { Day(iso: $0) }) }
            if changed(.fieldCapacity) { edit.capacity = .some(value(.fieldCapacity).flatMap { Int($0) }) }
            return [.editCohort(cohort: id, edit)]
        case .editProgramme(let id):
            var edit = ProgrammeEdit(name: typed(.fieldName), targetPublic: typed(.fieldTargetPublic))
            if changed(.fieldTargetStages) {
                let picked = form[.fieldTargetStages]?.picked ?? []
                edit.targetStages = Stage.allCases.filter { picked.contains($0.rawValue) }
            }
            if changed(.fieldOperators) { edit.operatorNames = list(form[.fieldOperators]?.input.text ?? "") }
            if changed(.fieldProgrammeType) { edit.type = chosen(.fieldProgrammeType) ?? "" }
            return [.editProgramme(programme: id, edit)]
        case .editSession(let id):
            var edit = SessionEdit(title: typed(.fieldTitle))
            if changed(.fieldDate) { edit.date = value(.fieldDate).flatMap { Day(iso: $0) } }
            if changed(.fieldTime) { edit.time = .some(value(.fieldTime).flatMap { ClockTime(parse: $0) }) }
            if changed(.fieldDuration) { edit.duration = value(.fieldDuration).flatMap(TimeSpan.parse) }
            if changed(.fieldKind) { edit.kind = chosen(.fieldKind).flatMap(SessionKind.init(rawValue:)) }
            if venueChanged(form) { edit.venue = .some(chosenVenue(form) ?? "") }
            if changed(.fieldRemote) { edit.remote = chosen(.fieldRemote) == "yes" }
            // The session's own fields only when one changed (the domain refuses an empty
            // change), then who facilitates it.
            let own = edit == SessionEdit() ? [] : [Command.updateSession(session: id, edit)]
            return own + facilitatorCommands(form, session: id)
        case .removeHolder(let id):
            return [.removeHolder(holder: id, reason: value(.fieldReason) ?? "", withHistory: chosen(.fieldWithHistory) == "yes")]
        case .transfer(let holder, let from, let to):
            return [.transfer(holder: holder, cohort: to, from: from, date: value(.fieldDate).flatMap { Day(iso: $0) },
                              reason: value(.fieldReason))]
        case .erase(let id):
            return [.erase(holder: id, reason: value(.fieldReason) ?? "")]
        case .consent(let id):
            let scope = chosen(.fieldScope).flatMap(ConsentScope.init(rawValue:)) ?? .obstacles
            let day = value(.fieldDate).flatMap { Day(iso: $0) }
            let given = chosen(.fieldConsent) != "withdrawn"
            return [.setConsent(holder: id, scope: scope, given: given ? day : nil, withdrawn: given ? nil : day)]
        case .situation(let id):
            let scopes: [(UIText, ConsentScope)] = [(.fieldObstacles, .obstacles), (.fieldProfile, .profile)]
                .filter { form[$0.0] != nil }
            func values(_ label: UIText, initial: Bool = false) -> [String] {
                guard let field = form[label] else { return [] }
                return (initial ? field.initialPicked : field.picked).sorted()
            }
            let commands = scopes.filter { changed($0.0) }.map { Command.setSensitive(holder: id, scope: $0.1, values: values($0.0)) }
            // Nothing ticked or unticked: the domain says so (or that there is no consent).
            guard commands.isEmpty, let first = scopes.first else { return commands }
            return [.setSensitive(holder: id, scope: first.1, values: values(first.0, initial: true))]
        default:
            return nil
        }
    }
}

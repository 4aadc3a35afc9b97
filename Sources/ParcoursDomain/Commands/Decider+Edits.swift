// Corrections of what was typed: each edit records only the fields it changes, with
// the values they replace (one `….edited` event per entity kind), so the journal says
// what changed and from what, undo needs only the event, and two people's concurrent
// edits of one field are listed as a conflict.

extension Decider {
    /// The changes from `entity`'s current values to `wanted` (a field given twice keeps
    /// the last value); nil values clear. Refused when nothing would change.
    func changes<F: EntityField>(_ entity: F.Entity, _ wanted: [(F, FieldValue?)], _ kind: EntityKind,
                                 name: String) throws(DomainError) -> [FieldChange<F>] {
        var result: [FieldChange<F>] = []
        for (field, value) in wanted {
            result.removeAll { $0.field == field }
            let before = field.value(in: entity)
            if before != value { result.append(FieldChange(field: field, from: before, to: value)) }
        }
        guard !result.isEmpty else { throw .nothingToChange(kind, name: name) }
        return result
    }

    mutating func editHolder(_ reference: String, _ edit: HolderEdit) throws(DomainError) -> Message {
        let holder = try resolver.holder(reference)
        var wanted: [(HolderField, FieldValue?)] = []
        if let name = edit.name { wanted.append((.name, .text(try self.name(name, .holderName, .holder)))) }
        if let kind = edit.kind { wanted.append((.kind, .text(kind.rawValue))) }
        if let commune = edit.commune {
            let resolved = try self.commune(commune)
            wanted.append((.commune, .maybe(resolved?.name)))
            wanted.append((.communeCode, .maybe(resolved?.code)))
        }
        if let email = edit.email { wanted.append((.email, .maybe(try optional(email, .email)))) }
        if let phone = edit.phone { wanted.append((.phone, .maybe(try optional(phone, .phone)))) }
        if !edit.addTags.isEmpty || !edit.removeTags.isEmpty {
            var tags = holder.tags
            for tag in try list(edit.addTags, .tag) where !tags.contains(where: { NameKey.of($0) == NameKey.of(tag) }) {
                tags.append(tag)
            }
            let removed = Set(try list(edit.removeTags, .tag).map(NameKey.of))
            tags.removeAll { removed.contains(NameKey.of($0)) }
            wanted.append((.tags, tags.isEmpty ? nil : .list(tags)))
        }
        if let by = edit.referredByName {
            let named = try optional(by, .organisationName)
            wanted.append((.referredBy, try named.map { name throws(DomainError) in
                FieldValue.text(try organisation(named: name, kind: .prescriber).id)
            }))
        }
        if let referent = edit.referentName {
            let named = try optional(referent, .staffName)
            wanted.append((.referent, try named.map { name throws(DomainError) in FieldValue.text(try person(named: name).id) }))
        }
        let changed = try changes(holder, wanted, .holder, name: holder.name)
        events.append(.holderEdited(EditPayload(action: action, id: holder.id, changes: changed)))
        return .edited(.holder, name: HolderField.name.value(in: applying(changed, to: holder))?.plain ?? holder.name,
                       fields: changed.filter { $0.field != .communeCode }.map(\.field.rawValue))
    }

    mutating func editProject(_ reference: String, _ edit: ProjectEdit) throws(DomainError) -> Message {
        let project = try resolver.project(reference)
        var wanted: [(ProjectField, FieldValue?)] = []
        if let title = edit.title { wanted.append((.title, .text(try name(title, .projectTitle, .project)))) }
        if let description = edit.description { wanted.append((.description, .maybe(try optional(description, .description)))) }
        if let sectors = edit.sectors {
            let kept = try list(sectors, .sector)
            wanted.append((.sectors, kept.isEmpty ? nil : .list(kept)))
        }
        if let commune = edit.commune {
            let resolved = try self.commune(commune)
            wanted.append((.commune, .maybe(resolved?.name)))
            wanted.append((.communeCode, .maybe(resolved?.code)))
        }
        if let form = edit.legalForm { wanted.append((.legalForm, .maybe(try optional(form, .legalForm)))) }
        if let created = edit.alreadyCreated { wanted.append((.alreadyCreated, .flag(created))) }
        let changed = try changes(project, wanted, .project, name: project.title)
        events.append(.projectEdited(EditPayload(action: action, id: project.id, changes: changed)))
        // The INSEE code goes with the commune: one change for the person who typed it.
        return .edited(.project, name: applying(changed, to: project).title,
                       fields: changed.filter { $0.field != .communeCode }.map(\.field.rawValue))
    }

    mutating func editProgramme(_ reference: String, _ edit: ProgrammeEdit) throws(DomainError) -> Message {
        let programme = try resolver.programme(reference)
        var wanted: [(ProgrammeField, FieldValue?)] = []
        if let name = edit.name {
            let wantedName = try self.name(name, .programmeName, .programme)
            try checkProgrammeNameFree(wantedName, except: programme.id)
            wanted.append((.name, .text(wantedName)))
        }
        if let target = edit.targetPublic { wanted.append((.targetPublic, .maybe(try optional(target, .targetPublic)))) }
        if let stages = edit.targetStages {
            let ordered = Stage.allCases.filter(stages.contains).map(\.rawValue)
            wanted.append((.targetStages, ordered.isEmpty ? nil : .list(ordered)))
        }
        if let names = edit.operatorNames {
            var ids: [EntityID] = []
            for name in names where !name.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                let id = try organisation(named: name, kind: .operator).id
                if !ids.contains(id) { ids.append(id) }
            }
            wanted.append((.operators, ids.isEmpty ? nil : .list(ids)))
        }
        wanted += try programmeTerritoryChanges(edit)
        let changed = try changes(programme, wanted, .programme, name: programme.name)
        events.append(.programmeEdited(EditPayload(action: action, id: programme.id, changes: changed)))
        return .edited(.programme, name: applying(changed, to: programme).name, fields: changed.map(\.field.rawValue))
    }

    mutating func editCohort(_ reference: String, _ edit: CohortEdit) throws(DomainError) -> Message {
        let cohort = try resolver.cohort(reference)
        var wanted: [(CohortField, FieldValue?)] = []
        if let name = edit.name { wanted.append((.name, .text(try self.name(name, .cohortName, .cohort)))) }
        if let start = edit.start { wanted.append((.start, .day(start))) }
        if let end = edit.end { wanted.append((.end, end.map(FieldValue.day))) }
        if let capacity = edit.capacity {
            if let capacity, capacity < 1 { throw .invalidCapacity(capacity) }
            wanted.append((.capacity, capacity.map(FieldValue.number)))
        }
        let changed = try changes(cohort, wanted, .cohort, name: cohort.name)
        let after = applying(changed, to: cohort)
        if let end = after.end, end < after.start { throw .endBeforeStart(start: after.start, end: end) }
        events.append(.cohortEdited(EditPayload(action: action, id: cohort.id, changes: changed)))
        if after.start != cohort.start || after.end != cohort.end {
            let outside = state.sessions(cohort: cohort.id).filter { session in
                session.date < after.start || (after.end.map { session.date > $0 } ?? false)
            }
            if !outside.isEmpty { warnings.append(.sessionsOutsideNewDates(cohort: after.name, count: outside.count)) }
        }
        return .edited(.cohort, name: after.name, fields: changed.map(\.field.rawValue))
    }

    mutating func editOrganisation(_ reference: String, name: String?, kind: OrganisationKind?) throws(DomainError) -> Message {
        let organisation = try resolver.organisation(reference)
        var wanted: [(OrganisationField, FieldValue?)] = []
        if let name { wanted.append((.name, .text(try self.name(name, .organisationName, .organisation)))) }
        if let kind { wanted.append((.kind, .text(kind.rawValue))) }
        let changed = try changes(organisation, wanted, .organisation, name: organisation.name)
        events.append(.organisationEdited(EditPayload(action: action, id: organisation.id, changes: changed)))
        return .edited(.organisation, name: applying(changed, to: organisation).name, fields: changed.map(\.field.rawValue))
    }

    /// The entity with the changes made (for the summary's name).
    func applying<F: EntityField>(_ changes: [FieldChange<F>], to entity: F.Entity) -> F.Entity {
        var copy = entity
        for change in changes { change.field.set(change.to, in: &copy) }
        return copy
    }

    // MARK: The template

    /// A template workshop by its position (1, 2…) or its title (as names are matched:
    /// exact, then start, then part; several matches are listed with their positions).
    func workshopIndex(_ programme: Programme, _ reference: String) throws(DomainError) -> Int {
        let text = trimmedReference(reference)
        if let position = Int(text) {
            guard programme.template.indices.contains(position - 1) else {
                throw .invalidPosition(position: position, count: programme.template.count)
            }
            return position - 1
        }
        let key = NameKey.of(text)
        let keyed = programme.template.enumerated().map { (index: $0.offset, key: NameKey.of($0.element.title)) }
        guard !key.isEmpty else { throw .notFound(.workshop, reference: reference) }
        for matches in [keyed.filter { $0.key == key }, keyed.filter { $0.key.hasPrefix(key) }, keyed.filter { $0.key.contains(key) }] {
            if matches.count == 1 { return matches[0].index }
            if matches.count > 1 {
                throw .ambiguous(.workshop, reference: text, candidates: matches.map {
                    Candidate(name: programme.template[$0.index].title, id: String($0.index + 1))
                })
            }
        }
        throw .notFound(.workshop, reference: text)
    }

    mutating func editWorkshop(programme reference: String, workshop: String, _ edit: WorkshopEdit) throws(DomainError) -> Message {
        let programme = try resolver.programme(reference)
        let index = try workshopIndex(programme, workshop)
        let before = programme.template[index]
        var after = before
        if let title = edit.title { after.title = try name(title, .workshopTitle, .workshop) }
        if let duration = edit.duration {
            try InputRules.duration(duration)
            after.duration = duration
        }
        if let objectives = edit.objectives { after.objectives = try optional(objectives, .objectives) }
        if let kind = edit.kind { after.kind = kind }
        if let by = edit.byOrganisationName {
            after.facilitator = try optional(by, .organisationName) == nil ? nil : try organisation(named: by, kind: .partner).id
        }
        guard after != before else { throw .nothingToChange(.workshop, name: before.title) }
        events.append(.workshopEdited(WorkshopEditPayload(action: action, programme: programme.id, index: index,
                                                          before: before, after: after)))
        return .workshopEdited(title: after.title, programme: programme.name)
    }

    mutating func moveWorkshop(programme reference: String, workshop: String, position: Int) throws(DomainError) -> Message {
        let programme = try resolver.programme(reference)
        let index = try workshopIndex(programme, workshop)
        guard programme.template.indices.contains(position - 1) else {
            throw .invalidPosition(position: position, count: programme.template.count)
        }
        guard position - 1 != index else { throw .nothingToChange(.workshop, name: programme.template[index].title) }
        events.append(.workshopMoved(WorkshopMovePayload(action: action, programme: programme.id, from: index, to: position - 1)))
        return .workshopMoved(title: programme.template[index].title, programme: programme.name, position: position)
    }

    /// The sessions already made from the workshop stay (they took place, or are planned);
    /// they are no longer tied to the template.
    mutating func removeWorkshop(programme reference: String, workshop: String) throws(DomainError) -> Message {
        let programme = try resolver.programme(reference)
        let index = try workshopIndex(programme, workshop)
        let made = state.sessionsMade(fromWorkshop: index, of: programme.id)
        events.append(.workshopRemoved(WorkshopPayload(action: action, programme: programme.id, index: index,
                                                       workshop: programme.template[index],
                                                       sessions: made.isEmpty ? nil : made)))
        return .workshopRemoved(title: programme.template[index].title, programme: programme.name, unlinked: made.count)
    }

    /// Appends a copy of every workshop of `from`'s template to `to`'s.
    mutating func copyTemplate(from source: String, to target: String) throws(DomainError) -> Message {
        let from = try resolver.programme(source)
        let to = try resolver.programme(target)
        guard from.id != to.id else { throw .copyToSameProgramme(programme: from.name) }
        guard !from.template.isEmpty else { throw .emptyTemplate(programme: from.name) }
        for (offset, workshop) in from.template.enumerated() {
            events.append(.workshopAdded(WorkshopPayload(action: action, programme: to.id, index: to.template.count + offset,
                                                         workshop: workshop)))
        }
        return .templateCopied(from: from.name, to: to.name, count: from.template.count)
    }
}

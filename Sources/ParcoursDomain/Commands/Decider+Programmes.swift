extension Decider {
    mutating func addOrganisation(name text: String, kind: OrganisationKind) throws(DomainError) -> Message {
        let wanted = try name(text, .organisationName, .organisation)
        let organisation = Organisation(id: context.newID(), name: wanted, kind: kind)
        events.append(.organisationAdded(EntityPayload(action: action, entity: organisation)))
        return .organisationAdded(name: wanted)
    }

    mutating func addProgramme(name text: String, operatorNames: [String], targetStages: [Stage],
                               targetPublic: String?, type: String?, territory: [String]) throws(DomainError) -> Message {
        let wanted = try name(text, .programmeName, .programme)
        try checkProgrammeNameFree(wanted, except: nil)
        let targetPublic = try optional(targetPublic, .targetPublic)
        var operators: [EntityID] = []
        for operatorName in operatorNames {
            let organisation = try organisation(named: operatorName, kind: .operator)
            if !operators.contains(organisation.id) { operators.append(organisation.id) }
        }
        let stages = Stage.allCases.filter(targetStages.contains)
        var programme = Programme(id: context.newID(), name: wanted, operators: operators,
                                  targetStages: stages, targetPublic: targetPublic)
        // The type and territory follow the same rules as when a programme is corrected.
        let described = ProgrammeEdit(type: type, territory: territory.isEmpty ? nil : territory)
        for (field, value) in try programmeTerritoryChanges(described) { field.set(value, in: &programme) }
        events.append(.programmeCreated(EntityPayload(action: action, entity: programme)))
        return .programmeCreated(name: wanted, createdOrganisations: newOrganisations.map(\.name))
    }

    mutating func addPartner(programme reference: String, organisationName: String,
                             role: String) throws(DomainError) -> Message {
        let programme = try resolver.programme(reference)
        let role = try partnerRole(role)
        let organisation = try organisation(named: organisationName, kind: .partner)
        let partner = Partner(organisation: organisation.id, role: role)
        events.append(.partnerAdded(PartnerPayload(action: action, programme: programme.id, partner: partner)))
        return .partnerAdded(organisation: organisation.name, programme: programme.name)
    }

    mutating func addWorkshop(programme reference: String, title: String, duration: TimeSpan?, by: String?,
                              objectives: String?, kind: SessionKind) throws(DomainError) -> Message {
        let programme = try resolver.programme(reference)
        let wanted = try name(title, .workshopTitle, .workshop)
        let objectives = try optional(objectives, .objectives)
        if let duration { try InputRules.duration(duration) }
        var facilitator: EntityID?
        if let by = try optional(by, .organisationName) { facilitator = try organisation(named: by, kind: .partner).id }
        let workshop = WorkshopTemplate(title: wanted, objectives: objectives, duration: duration,
                                        facilitator: facilitator, kind: kind)
        let index = programme.template.count
        events.append(.workshopAdded(WorkshopPayload(action: action, programme: programme.id, index: index, workshop: workshop)))
        return .workshopAdded(title: wanted, programme: programme.name, position: index + 1)
    }

    mutating func addCohort(programme reference: String, name text: String, start: Day, end: Day?,
                            capacity: Int?, fromTemplate: Bool) throws(DomainError) -> Message {
        let programme = try resolver.programme(reference)
        let wanted = try name(text, .cohortName, .cohort)
        if let end, end < start { throw .endBeforeStart(start: start, end: end) }
        if let capacity, capacity < 1 { throw .invalidCapacity(capacity) }
        if fromTemplate, programme.template.isEmpty { throw .emptyTemplate(programme: programme.name) }
        let cohort = Cohort(id: context.newID(), programme: programme.id, name: wanted, start: start,
                            end: end, capacity: capacity)
        events.append(.cohortCreated(EntityPayload(action: action, entity: cohort)))
        var count = 0
        if fromTemplate {
            let slots = programme.template.indices.filter { programme.template[$0].kind != .individuel }
            for (week, index) in slots.enumerated() {
                scheduleTemplateSession(programme.template[index], index: index, cohort: cohort,
                                        date: start.adding(days: 7 * week))
                count += 1
            }
        }
        return .cohortCreated(name: wanted, programme: programme.name, sessions: count)
    }

    /// One session from a template workshop (3 hours when the template gives no duration).
    mutating func scheduleTemplateSession(_ workshop: WorkshopTemplate, index: Int, cohort: Cohort, date: Day) {
        let details = SessionDetails(title: workshop.title, kind: workshop.kind, date: date,
                                     duration: workshop.duration ?? .hours(3),
                                     facilitators: workshop.facilitator.map { [$0] } ?? [])
        let session = Session(id: context.newID(), cohort: cohort.id, details: details, templateIndex: index)
        if let end = cohort.end, date > end {
            warnings.append(.sessionOutsideCohortDates(session: workshop.title, date: date))
        }
        events.append(.sessionScheduled(EntityPayload(action: action, entity: session)))
    }

    /// Individual template slots become one meeting per holder taking part, dated in the
    /// week after the collective workshop that precedes the slot (the facilitator moves it).
    /// Slots the holder already has a meeting for are skipped. Returns how many were planned.
    mutating func scheduleIndividualMeetings(for holder: Holder, in cohort: Cohort, programme: Programme) -> Int {
        let existing = state.sessions(cohort: cohort.id).filter { $0.holder == holder.id }.compactMap(\.templateIndex)
        var count = 0
        for (index, workshop) in programme.template.enumerated()
        where workshop.kind == .individuel && !existing.contains(index) {
            let collectiveBefore = programme.template[..<index].filter { $0.kind != .individuel }.count
            let details = SessionDetails(title: workshop.title, kind: .individuel,
                                         date: cohort.start.adding(days: 7 * collectiveBefore),
                                         duration: workshop.duration ?? .hours(1),
                                         facilitators: workshop.facilitator.map { [$0] } ?? [], holder: holder.id)
            let session = Session(id: context.newID(), cohort: cohort.id, details: details, templateIndex: index)
            events.append(.sessionScheduled(EntityPayload(action: action, entity: session)))
            count += 1
        }
        return count
    }

    /// Whether the cohort was laid out from its programme's template.
    func followsTemplate(_ cohort: Cohort) -> Bool {
        state.sessions.values.contains { $0.cohort == cohort.id && $0.templateIndex != nil }
    }

    mutating func createMissingTemplateSessions(cohort reference: String) throws(DomainError) -> Message {
        let cohort = try resolver.cohort(reference)
        guard let programme = state.programmes[cohort.programme], !programme.template.isEmpty else {
            throw .emptyTemplate(programme: state.programmes[cohort.programme]?.name ?? cohort.programme)
        }
        let existing = state.sessions(cohort: cohort.id)
        let covered = Set(existing.compactMap(\.templateIndex))
        let missing = programme.template.indices.filter {
            programme.template[$0].kind != .individuel && !covered.contains($0)
        }
        // Weekly after the cohort's last session, or from its start when it has none.
        let first = existing.last.map { $0.date.adding(days: 7) } ?? cohort.start
        for (week, index) in missing.enumerated() {
            scheduleTemplateSession(programme.template[index], index: index, cohort: cohort,
                                    date: first.adding(days: 7 * week))
        }
        var meetings = 0
        for holder in state.holdersTakingPart(cohort: cohort.id) {
            meetings += scheduleIndividualMeetings(for: holder, in: cohort, programme: programme)
        }
        guard !missing.isEmpty || meetings > 0 else { throw .noMissingTemplateSessions(cohort: cohort.name) }
        return .templateSessionsCreated(cohort: cohort.name, count: missing.count, meetings: meetings)
    }

    mutating func setCohortStatus(cohort reference: String, status: CohortStatus) throws(DomainError) -> Message {
        let cohort = try resolver.cohort(reference)
        guard cohort.status != status else { throw .cohortAlreadyInStatus(cohort: cohort.name, status: status) }
        events.append(.cohortStatusChanged(CohortStatusPayload(action: action, cohort: cohort.id,
                                                               from: cohort.status, to: status)))
        return .cohortStatusChanged(cohort: cohort.name, status: status)
    }

    mutating func addStaff(cohort reference: String, name text: String, role: StaffRole) throws(DomainError) -> Message {
        let cohort = try resolver.cohort(reference)
        _ = try name(text, .staffName, .staff)
        // Staff are people of the directory: the name names one, or adds them.
        let person = try person(named: text)
        if cohort.staff.contains(where: { $0.person == person.id && $0.role == role }) {
            throw .nothingToChange(.staff, name: person.name)
        }
        events.append(.staffAdded(StaffPayload(action: action, cohort: cohort.id,
                                               member: StaffMember(name: person.name, role: role, person: person.id))))
        return .staffAdded(name: person.name, role: role, cohort: cohort.name)
    }

    /// Two programmes may not share a name (as people compare names: "Lance-toi !" and
    /// "lance-toi" are the same): every reference to one would be ambiguous.
    func checkProgrammeNameFree(_ name: String, except id: EntityID?) throws(DomainError) {
        let key = NameKey.of(name)
        if state.programmes.values.contains(where: { $0.id != id && NameKey.of($0.name) == key }) {
            throw .nameTaken(.programme, name: name)
        }
    }
}

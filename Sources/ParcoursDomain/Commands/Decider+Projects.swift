extension Decider {
    /// Stages may move either way (a project can step back). Exits do not touch the stage.
    mutating func setStage(project p: String, stage: Stage, note: String?, date: Day?) throws(DomainError) -> Message {
        let project = try resolver.projectOrHoldersProject(p)
        guard project.stage != stage else { throw .alreadyAtStage(project: project.title, stage: stage) }
        let note = try optional(note, .note)
        if let date {
            // A day given for the move: it happened, and after what the history already holds.
            try InputRules.past(date, .stageChange, today: context.today)
            if date < project.created {
                throw .stageDateBeforeProject(project: project.title, date: date, created: project.created)
            }
            if let last = project.stageHistory.last?.date, date < last {
                throw .stageDateBeforeLastChange(project: project.title, date: date, last: last)
            }
        }
        events.append(.stageChanged(StagePayload(action: action, project: project.id, from: project.stage, to: stage,
                                                 date: date ?? context.today, note: note, revert: false)))
        return .stageChanged(project: project.title, from: project.stage, to: stage)
    }

    mutating func setStatus(project p: String, status: ProjectStatus, destinationName: String?,
                            note: String?, date: Day?) throws(DomainError) -> Message {
        let project = try resolver.projectOrHoldersProject(p)
        guard project.status != status else { throw .alreadyInStatus(project: project.title, status: status) }
        let note = try optional(note, .note)
        let changed = try day(date, .statusChange, what: project.title, recorded: project.created,
                              last: project.statusHistory.last?.date)
        var destination: EntityID?
        if let name = try optional(destinationName, .organisationName) {
            if status == .fusionne {
                // Merged into another project: --to names that project, not an organisation.
                let into = try resolver.project(name)
                guard into.id != project.id else { throw .mergeProjectIntoItself(project: project.title) }
                destination = into.id
            } else {
                destination = try organisation(named: name, kind: .operator).id
            }
        }
        if status == .oriente, destination == nil { throw .orientationNeedsDestination }
        events.append(.statusChanged(StatusPayload(action: action, project: project.id, from: project.status, to: status,
                                                   date: changed, destination: destination,
                                                   note: note, revert: false)))
        return .statusChanged(project: project.title, from: project.status, to: status)
    }
}

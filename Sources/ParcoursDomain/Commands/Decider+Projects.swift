extension Decider {
    /// Stages may move either way (a project can step back). Exits do not touch the stage.
    mutating func setStage(project p: String, stage: Stage, note: String?, date: Day?) throws(DomainError) -> Message {
        let project = try resolver.projectOrHoldersProject(p)
        guard project.stage != stage else { throw .alreadyAtStage(project: project.title, stage: stage) }
        events.append(.stageChanged(StagePayload(action: action, project: project.id, from: project.stage, to: stage,
                                                 date: date ?? context.today, note: optional(note), revert: false)))
        return .stageChanged(project: project.title, from: project.stage, to: stage)
    }

    mutating func setStatus(project p: String, status: ProjectStatus, destinationName: String?,
                            note: String?) throws(DomainError) -> Message {
        let project = try resolver.projectOrHoldersProject(p)
        guard project.status != status else { throw .alreadyInStatus(project: project.title, status: status) }
        var destination: EntityID?
        if let name = optional(destinationName) { destination = try organisation(named: name, kind: .operator).id }
        if status == .oriente, destination == nil { throw .orientationNeedsDestination }
        events.append(.statusChanged(StatusPayload(action: action, project: project.id, from: project.status, to: status,
                                                   date: context.today, destination: destination,
                                                   note: optional(note), revert: false)))
        return .statusChanged(project: project.title, from: project.status, to: status)
    }
}

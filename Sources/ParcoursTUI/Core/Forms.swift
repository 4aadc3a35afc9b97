import ParcoursDomain
import TerminalKit

/// Builds each form with its fields (prefilled when editing) and turns a valid form into
/// the domain commands it stands for.
enum Forms {
    static func text(_ label: UIText, _ value: String = "", required: Bool = false, kind: Form.Kind = .text,
                     placeholder: String = "") -> Form.Field {
        Form.Field(label: label, kind: kind, input: TextFieldState(text: value, placeholder: placeholder), required: required)
    }

    static func choice(_ label: UIText, _ choices: [Form.Choice], selected: Int = 0) -> Form.Field {
        Form.Field(label: label, kind: .choice, choices: choices, choice: max(0, min(selected, choices.count - 1)))
    }

    static func stages(_ l: Language) -> [Form.Choice] {
        Stage.allCases.map { Form.Choice(id: $0.rawValue, label: Catalog.label($0, l)) }
    }

    static func newProgramme(_ l: Language) -> Form {
        Form(title: .formNewProgramme, purpose: .newProgramme, fields: [
            text(.fieldName, required: true),
            text(.fieldOperator),
            Form.Field(label: .fieldTargetStages, kind: .multi, choices: stages(l)),
        ])
    }

    static func newCohort(_ state: State, programme: EntityID?, today: Day, _ l: Language) -> Form {
        let programmes = state.programmes.values.sorted { ($0.name, $0.id) < ($1.name, $1.id) }
        let choices = programmes.map { Form.Choice(id: $0.id, label: $0.name) }
        let selected = programmes.firstIndex { $0.id == programme } ?? 0
        return Form(title: .formNewCohort, purpose: .newCohort, fields: [
            choice(.fieldProgramme, choices, selected: selected),
            text(.fieldCohortName, required: true),
            text(.fieldStart, today.iso, required: true, kind: .date, placeholder: "AAAA-MM-JJ"),
            text(.fieldEnd, kind: .date, placeholder: l == .fr ? "AAAA-MM-JJ" : "YYYY-MM-DD"),
            choice(.fieldFromTemplate, yesNo(l)),
        ])
    }

    static func newHolder(cohort: EntityID, _ l: Language) -> Form {
        Form(title: .formNewHolder, purpose: .newHolder(cohort: cohort), fields: [
            text(.fieldHolderName, required: true),
            text(.fieldProjectTitle),
            choice(.fieldStage, stages(l), selected: Stage.allCases.firstIndex(of: .idee)!),
            text(.fieldCommune),
            text(.fieldEmail),
        ])
    }

    static func kinds(_ l: Language) -> [Form.Choice] {
        SessionKind.allCases.map { Form.Choice(id: $0.rawValue, label: Catalog.label($0, l)) }
    }

    static func yesNo(_ l: Language) -> [Form.Choice] {
        [Form.Choice(id: "yes", label: UIText.yes.text(l)), Form.Choice(id: "no", label: UIText.no.text(l))]
    }

    /// The cohort's holders, for an individual meeting ("—" for a collective session).
    static func holders(_ state: State, cohort: EntityID) -> [Form.Choice] {
        [Form.Choice(id: "", label: "—")] + state.holdersTakingPart(cohort: cohort).map { Form.Choice(id: $0.id, label: $0.name) }
    }

    static func newSession(cohort: EntityID, today: Day, state: State, _ l: Language) -> Form {
        Form(title: .formNewSession, purpose: .newSession(cohort: cohort), fields: [
            text(.fieldTitle, required: true),
            text(.fieldDate, today.iso, required: true, kind: .date),
            text(.fieldTime, kind: .time, placeholder: "09:30"),
            text(.fieldDuration, kind: .duration, placeholder: "3h"),
            choice(.fieldKind, kinds(l)),
            choice(.fieldHolderMet, holders(state, cohort: cohort)),
        ] + venueFields(state, l) + [choice(.fieldRemote, yesNo(l), selected: 1)] + facilitatorFields(state, l))
    }

    /// The participation statuses a holder can move to from `current` (forward, or one
    /// step back to correct a slip), in the order of the path, the current one first.
    static func participation(holder: EntityID, cohort: EntityID, current: ParticipationStatus, _ l: Language) -> Form {
        // Forward moves first (the usual next step is preselected), then the step back.
        let forward = ParticipationStatus.allCases.filter { current.forward.contains($0) }
        let back = ParticipationStatus.allCases.filter { !current.forward.contains($0) && $0 != current && current.canMove(to: $0) }
        let reachable = [current] + forward + back
        let choices = reachable.map { Form.Choice(id: $0.rawValue, label: Catalog.label($0, l)) }
        return Form(title: .formParticipation, purpose: .participation(holder: holder, cohort: cohort), fields: [
            choice(.fieldParticipation, choices, selected: forward.isEmpty ? 0 : 1),
        ])
    }

    /// Prefilled with the session as it is; sends only the fields changed.
    static func editSession(_ session: Session, _ state: State, _ l: Language) -> Form {
        Form(title: .formEditSession, purpose: .editSession(session.id), fields: [
            text(.fieldTitle, session.title, required: true),
            text(.fieldDate, session.date.iso, required: true, kind: .date),
            text(.fieldTime, session.time?.description ?? "", kind: .time, placeholder: "09:30"),
            text(.fieldDuration, session.duration.description.replacingOccurrences(of: " ", with: ""), required: true,
                 kind: .duration),
            choice(.fieldKind, kinds(l), selected: SessionKind.allCases.firstIndex(of: session.kind) ?? 0),
        ] + venueFields(state, place: session.details.place,
                        // A venue typed before the directory shows as typed, so it is kept unless changed.
                        typed: session.details.place == nil ? session.venue ?? "" : "", l)
          + [choice(.fieldRemote, yesNo(l), selected: session.remote ? 0 : 1)]
          + facilitatorFields(state, named: state.sessionFacilitators[session.id] ?? [], l)).settled()
    }

    static func note(target: EntityID) -> Form {
        Form(title: .formNewNote, purpose: .note(target: target), fields: [text(.fieldNote, required: true)])
    }

    static func stage(project: EntityID, to stage: Stage, _ l: Language) -> Form {
        Form(title: .formMoveStage, purpose: .stage(project: project, to: stage), fields: [
            choice(.fieldStage, stages(l), selected: Stage.allCases.firstIndex(of: stage) ?? 0),
            text(.fieldNote),
        ], focus: 1)
    }

    static func status(project: Project, _ l: Language) -> Form {
        let choices = ProjectStatus.allCases.map { Form.Choice(id: $0.rawValue, label: Catalog.label($0, l)) }
        return Form(title: .formChangeStatus, purpose: .status(project: project.id), fields: [
            choice(.fieldStatus, choices, selected: ProjectStatus.allCases.firstIndex(of: project.status) ?? 0),
            text(.fieldDestination),
            text(.fieldNote),
        ])
    }

    static func remark(session: EntityID, holder: EntityID, value: MarkValue) -> Form {
        Form(title: .formRemark, purpose: .remark(session: session, holder: holder, mark: value.mark, remote: value.remote),
             fields: [text(.fieldRemark, value.remark ?? "")])
    }

    /// The commands a valid form stands for.
    static func commands(_ form: Form) -> [Command] {
        func value(_ label: UIText) -> String? { form[label]?.value }
        func chosen(_ label: UIText) -> String? { form[label]?.chosen }
        switch form.purpose {
        case .newProgramme:
            let picked = form[.fieldTargetStages]?.picked ?? []
            return [.addProgramme(name: value(.fieldName) ?? "", operatorNames: value(.fieldOperator).map { [$0] } ?? [],
                                  targetStages: Stage.allCases.filter { picked.contains($0.rawValue) })]
        case .newCohort:
            return [.addCohort(programme: chosen(.fieldProgramme) ?? "", name: value(.fieldCohortName) ?? "",
                               start: value(.fieldStart).flatMap { Day(iso: $0) } ?? Day(year: 2000, month: 1, day: 1)!,
                               end: value(.fieldEnd).flatMap { Day(iso: $0) },
                               fromTemplate: chosen(.fieldFromTemplate) == "yes")]
        case .newHolder(let cohort):
            let name = value(.fieldHolderName) ?? ""
            // One action: the new holder is enrolled as themselves, whoever else bears the name.
            let draft = HolderDraft(name: name, commune: value(.fieldCommune), email: value(.fieldEmail),
                                    projectTitle: value(.fieldProjectTitle),
                                    stage: chosen(.fieldStage).flatMap(Stage.init(rawValue:)),
                                    cohort: cohort, participation: .inscrit)
            return [.addHolder(draft)]
        case .newSession(let cohort):
            let draft = SessionDraft(title: value(.fieldTitle) ?? "", date: value(.fieldDate).flatMap { Day(iso: $0) }!,
                                     time: value(.fieldTime).flatMap { ClockTime(parse: $0) },
                                     duration: value(.fieldDuration).flatMap(TimeSpan.parse),
                                     kind: chosen(.fieldKind).flatMap(SessionKind.init(rawValue:)) ?? .atelier,
                                     venue: chosenVenue(form), remote: chosen(.fieldRemote) == "yes",
                                     holder: chosen(.fieldHolderMet).flatMap { $0.isEmpty ? nil : $0 },
                                     facilitators: chosenFacilitators(form))
            return [.addSession(cohort: cohort, draft)]
        case .note(let target):
            return [.addNote(target: target, text: value(.fieldNote) ?? "")]
        case .stage(let project, let to):
            return [.setStage(project: project, stage: chosen(.fieldStage).flatMap(Stage.init(rawValue:)) ?? to,
                              note: value(.fieldNote))]
        case .status(let project):
            return [.setStatus(project: project, status: chosen(.fieldStatus).flatMap(ProjectStatus.init(rawValue:)) ?? .actif,
                               destinationName: value(.fieldDestination), note: value(.fieldNote))]
        case .participation(let holder, let cohort):
            let status = chosen(.fieldParticipation).flatMap(ParticipationStatus.init(rawValue:)) ?? .inscrit
            return [.setParticipation(holder: holder, cohort: cohort, status: status)]
        case .remark(let session, let holder, let mark, let remote):
            // An emptied field clears the remark (nil would keep it).
            return [.attend(session: session, holder: holder, mark: mark, remote: remote, remark: value(.fieldRemark) ?? "")]
        case .newOpenEvent, .editOpenEvent, .headcount:
            return openEventCommands(form)
        default:
            return correctionCommands(form) ?? pathCommands(form) ?? ideaCommands(form) ?? []
        }
    }
}

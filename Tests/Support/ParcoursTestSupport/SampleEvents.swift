import Foundation
import ParcoursDomain

/// One event of every case, with optional fields filled so they round-trip too.
public let sampleEvents: [DomainEvent] = {
    let a = "act1"
    let org = Organisation(id: "o1", name: "Élan / CAE", kind: .operator)
    var programme = Programme(id: "p1", name: "May’Idées", operators: ["o1"], partners: [Partner(organisation: "o1", role: "lieu")],
                              targetStages: [.idee, .emergence], targetPublic: "demandeurs d'emploi",
                              template: [WorkshopTemplate(title: "Atelier 1", objectives: "Se lancer", duration: .hours(7), facilitator: "o1")])
    programme.type = .fabrique
    programme.territory = ["departement:07", "epci:200072015"]
    let cohort = Cohort(id: "c1", programme: "p1", name: "Promo 2021", start: Day(iso: "2021-01-12")!, end: Day(iso: "2021-03-30")!,
                        capacity: 8, staff: [StaffMember(name: "Anne", role: .referent, person: "f1")], status: .recruiting)
    let holder = Holder(id: "h1", name: "Léa Martin", kind: .collective, commune: "Annonay", email: "lea@example.org",
                        phone: "06 00 00 00 00", tags: ["jeune"], referredBy: "o1", created: Day(iso: "2021-01-04")!,
                        communeCode: "07010", referent: "f1")
    let project = Project(id: "j1", holders: ["h1"], title: "Épicerie", sectors: ["alimentation"], commune: "Annonay",
                          legalForm: "SCIC", stage: .etude, status: .actif, created: Day(iso: "2021-01-04")!,
                          stageHistory: [StageChange(date: Day(iso: "2021-01-05")!, from: .idee, to: .etude, author: "claire", note: "ok")],
                          statusHistory: [], description: "Une épicerie\nde village", alreadyCreated: true,
                          communeCode: "07010")
    let details = SessionDetails(title: "Atelier 2", kind: .individuel, date: Day(iso: "2021-01-19")!, time: ClockTime(hour: 14, minute: 0),
                                 duration: TimeSpan(minutes: 210), venue: "Mairie", remote: true, facilitators: ["o1"], holder: "h1",
                                 place: "v1")
    let session = Session(id: "s1", cohort: "c1", details: details, status: .planned, templateIndex: 1)
    let mark = MarkValue(mark: .present, remote: true, remark: "en retard", author: "claire", time: Date(timeIntervalSince1970: 1_610_000_000))
    let note = Note(id: "n1", target: .project("j1"), text: "Étude de marché « faite »", author: "claire",
                    time: Date(timeIntervalSince1970: 1_610_000_000), date: Day(iso: "2021-01-07")!)
    let statusChange = SessionStatusPayload(action: a, session: "s1", from: .planned, to: .held)
    let attendance = AttendancePayload(action: a, session: "s1", holder: "h1", mark: mark, previous: nil)
    let followUp = FollowUp(wave: 12, activity: .operationnelle, jobsCreated: 2, jobsKept: 1, structure: "SCIC L’Épicerie",
                            date: Day(iso: "2022-01-10")!, note: "ouverte\nle samedi", author: "claire")
    let unreachable = FollowUp(wave: 12, activity: .injoignable, date: Day(iso: "2022-01-03")!, author: "anne")
    let milestone = CustomMilestone(id: "m1", title: "Visite d’un lieu similaire")
    let need = Need(id: "d1", project: "j1", kind: .local, description: "50 m² « en centre-bourg »",
                    opened: Day(iso: "2021-01-06")!, resolved: Day(iso: "2021-02-01")!, resolution: "bail", author: "claire")
    let contact = Contact(id: "k1", organisation: "o1", name: "Julie Roche", role: "chargée de mission",
                          email: "julie@ml.example", phone: "04 75 00 00 00", from: Day(iso: "2020-09-01")!)
    let funding = Funding(cost: 1_200_050, funders: [FunderPart(organisation: "o1", amount: 720_000),
                                                     FunderPart(organisation: "o2", share: 4_000)],
                          fee: 12_000, inKind: 150_000)
    let questionnaire = Questionnaire(id: "q1", programme: "p1", kind: .exit, title: "Fin de parcours", questions: [
        Question(key: "recommendation", label: "Recommanderiez-vous ?", type: .scale),
        Question(key: "continue", label: "Poursuivre ?", type: .yesNo),
        Question(key: "besoin", label: "Besoin principal", type: .choice, choices: ["Local", "Financement"]),
        Question(key: "mot", label: "Un mot", type: .text)])
    let response = QuestionnaireResponse(cohort: "c1", date: Day(iso: "2021-03-30")!, answers: [
        Answer(key: "recommendation", scale: 9), Answer(key: "continue", yes: true), Answer(key: "besoin", choice: "Local"),
        Answer(key: "mot", text: "Merci « à tous »\nvraiment")])
    let person = Person(id: "f1", name: "Camille Dubois", organisation: "o1", role: "chargée d’accompagnement",
                        email: "camille@example.org", phone: "04 00 00 00 00")
    let venue = Venue(id: "v1", name: "Salle des fêtes", commune: "Annonay", kind: .salle, lender: "o1")
    let evaluation = JuryEvaluation(project: .tresSatisfaisant, progress: .satisfaisant, decision: .orienter, destination: "o1",
                                    comment: "A gagné en assurance")
    let openEvent = OpenEvent(id: "v1", programme: "p1", cohort: "c1", details: OpenEventDetails(
        title: "Soirée « coopératives »", kind: .soiree, date: Day(iso: "2021-01-21")!, time: ClockTime(hour: 19, minute: 0),
        duration: .hours(2), venue: "La Source", remote: true))
    let headcount = Headcount(audiences: [AudienceCount(.standard(.elus), 10), AudienceCount(.standard(.techniciens), 6),
                                          AudienceCount(.free("Bénévoles associatifs"), 2)], total: 26)
    return [
        .organisationAdded(EntityPayload(action: a, entity: org)),
        .organisationRemoved(EntityPayload(action: a, entity: org)),
        .programmeCreated(EntityPayload(action: a, entity: programme)),
        .programmeRemoved(EntityPayload(action: a, entity: programme)),
        .partnerAdded(PartnerPayload(action: a, programme: "p1", partner: Partner(organisation: "o1", role: "financeur"))),
        .partnerRemoved(PartnerPayload(action: a, programme: "p1", partner: Partner(organisation: "o1", role: "financeur"))),
        .workshopAdded(WorkshopPayload(action: a, programme: "p1", index: 0, workshop: programme.template[0])),
        .workshopRemoved(WorkshopPayload(action: a, programme: "p1", index: 0, workshop: programme.template[0], sessions: ["s1"])),
        .workshopEdited(WorkshopEditPayload(action: a, programme: "p1", index: 0, before: programme.template[0],
                                            after: WorkshopTemplate(title: "Atelier 1 bis", kind: .bilan))),
        .workshopMoved(WorkshopMovePayload(action: a, programme: "p1", from: 0, to: 2)),
        .organisationEdited(EditPayload(action: a, id: "o1", changes: [
            FieldChange(field: .name, from: .text("Elan"), to: .text("Élan")), FieldChange(field: .kind, from: .text("partner"), to: .text("operator"))])),
        .programmeEdited(EditPayload(action: a, id: "p1", changes: [
            FieldChange(field: .targetPublic, from: nil, to: .text("jeunes")),
            FieldChange(field: .targetStages, from: .list(["idee"]), to: .list(["idee", "emergence"])),
            FieldChange(field: .operators, from: .list(["o1"]), to: nil)])),
        .cohortEdited(EditPayload(action: a, id: "c1", changes: [
            FieldChange(field: .start, from: .day(Day(iso: "2021-01-12")!), to: .day(Day(iso: "2021-01-19")!)),
            FieldChange(field: .capacity, from: .number(8), to: .number(10)), FieldChange(field: .end, from: .day(Day(iso: "2021-03-30")!), to: nil),
            FieldChange(field: .name, from: .text("Promo"), to: .text("2021-01-12"))])),
        .holderEdited(EditPayload(action: a, id: "h1", changes: [
            FieldChange(field: .email, from: nil, to: .text("lea@example.org")), FieldChange(field: .tags, from: .list(["a"]), to: .list(["a", "b"])),
            FieldChange(field: .referredBy, from: .text("o1"), to: nil)])),
        .holderDiscarded(HolderRemovalPayload(action: a, holder: holder, reason: "saisi par erreur", date: Day(iso: "2021-01-06")!)),
        .holderRestored(HolderRemovalPayload(action: a, holder: holder, reason: nil, mergedInto: "h2", date: Day(iso: "2021-01-06")!)),
        .holderMerged(HolderMergePayload(action: a, keep: "h2", duplicate: "h1", cohorts: ["c1"], sessions: ["s1"], notes: ["n1"],
                                         projects: ["j1"], sharedProjects: ["j2"], meetings: ["s2"])),
        .holderUnmerged(HolderMergePayload(action: a, keep: "h2", duplicate: "h1", cohorts: ["c1"])),
        .projectEdited(EditPayload(action: a, id: "j1", changes: [
            FieldChange(field: .description, from: nil, to: .text("Épicerie\nsolidaire")),
            FieldChange(field: .alreadyCreated, from: .flag(false), to: .flag(true)), FieldChange(field: .sectors, from: nil, to: .list(["commerce"]))])),
        .participationRemoved(ParticipationRecordPayload(action: a, participation: Participation(
            holder: "h1", cohort: "c1", status: .enCours, history: [
                ParticipationChange(date: Day(iso: "2021-01-04")!, from: nil, to: .inscrit, author: "claire"),
                ParticipationChange(date: Day(iso: "2021-01-12")!, from: .inscrit, to: .enCours, author: "claire", reason: "présente")]),
            reason: "inscrit par erreur")),
        .participationRestored(ParticipationRecordPayload(action: a, participation: Participation(
            holder: "h1", cohort: "c1", status: .inscrit, history: []), reason: nil)),
        .cohortCreated(EntityPayload(action: a, entity: cohort)),
        .cohortRemoved(EntityPayload(action: a, entity: cohort)),
        .cohortStatusChanged(CohortStatusPayload(action: a, cohort: "c1", from: .planned, to: .running)),
        .staffAdded(StaffPayload(action: a, cohort: "c1", member: StaffMember(name: "Anne", role: .coordinator))),
        .staffRemoved(StaffPayload(action: a, cohort: "c1", member: StaffMember(name: "Anne", role: .coordinator))),
        .holderAdded(EntityPayload(action: a, entity: holder)),
        .holderRemoved(EntityPayload(action: a, entity: holder)),
        .projectCreated(EntityPayload(action: a, entity: project)),
        .projectRemoved(EntityPayload(action: a, entity: project)),
        .projectHolderAdded(ProjectHolderPayload(action: a, project: "j1", holder: "h1")),
        .projectHolderRemoved(ProjectHolderPayload(action: a, project: "j1", holder: "h1", index: 0)),
        .participationChanged(ParticipationPayload(action: a, holder: "h1", cohort: "c1", from: .enCours, to: .transfere,
                                                   date: Day(iso: "2021-01-04")!, reason: "vers la promo d'automne", revert: false)),
        .sessionScheduled(EntityPayload(action: a, entity: session)),
        .sessionRemoved(EntityPayload(action: a, entity: session)),
        .sessionUpdated(SessionUpdatePayload(action: a, session: "s1", before: details, after: SessionDetails(title: "Atelier 2 bis", date: Day(iso: "2021-01-20")!))),
        .sessionHeld(statusChange),
        .sessionCancelled(SessionStatusPayload(action: a, session: "s1", from: .planned, to: .cancelled)),
        .sessionReopened(SessionStatusPayload(action: a, session: "s1", from: .cancelled, to: .planned)),
        .attendanceMarked(attendance),
        .attendanceCleared(AttendancePayload(action: a, session: "s1", holder: "h1", mark: nil, previous: mark)),
        .stageChanged(StagePayload(action: a, project: "j1", from: .idee, to: .etude, date: Day(iso: "2021-01-05")!, note: "étude", revert: false)),
        .statusChanged(StatusPayload(action: a, project: "j1", from: .actif, to: .oriente, date: Day(iso: "2021-01-05")!,
                                     destination: "o1", note: "CAE", revert: true)),
        .noteAdded(EntityPayload(action: a, entity: note)),
        .noteRemoved(EntityPayload(action: a, entity: note)),
        .actionUndone(UndoPayload(action: a, target: "act0")),
        .actionRedone(UndoPayload(action: a, target: "act0")),
        .personErased(ErasurePayload(action: a, holder: "h1", reason: "demande de l’intéressée")),
        .settingsChanged(SettingsPayload(action: a, settings: Settings(retentionMonths: 36), previous: Settings())),
        .consentChanged(ConsentPayload(action: a, holder: "h1", scope: .obstacles, given: Day(iso: "2021-01-04")!,
                                       withdrawn: nil, previous: nil)),
        .sensitiveSet(SensitivePayload(action: a, holder: "h1", scope: .obstacles, values: ["mobilite"], previous: [])),
        .followUpPlanned(FollowUpPlanPayload(action: a, programme: "p1", waves: [6, 12, 36], previous: [12])),
        .followUpRecorded(FollowUpPayload(action: a, project: "j1", wave: 12, record: followUp, previous: unreachable)),
        .followUpRemoved(FollowUpPayload(action: a, project: "j1", wave: 12, record: nil, previous: followUp)),
        .programmeMilestoneAdded(ProgrammeMilestonePayload(action: a, programme: "p1", milestone: milestone)),
        .programmeMilestoneRemoved(ProgrammeMilestonePayload(action: a, programme: "p1", milestone: milestone)),
        .milestoneReached(MilestonePayload(action: a, project: "j1", milestone: "pitch", date: Day(iso: "2021-01-08")!,
                                           previous: Day(iso: "2021-01-07")!)),
        .milestoneCleared(MilestonePayload(action: a, project: "j1", milestone: "m1", date: nil, previous: Day(iso: "2021-01-08")!)),
        .needAdded(EntityPayload(action: a, entity: need)),
        .needRemoved(EntityPayload(action: a, entity: need)),
        .needResolved(NeedResolutionPayload(action: a, need: "d1", project: "j1", date: Day(iso: "2021-02-01")!,
                                            note: "bail signé")),
        .needReopened(NeedResolutionPayload(action: a, need: "d1", project: "j1", date: Day(iso: "2021-02-01")!, note: nil)),
        .legalFormChanged(LegalFormPayload(action: a, project: "j1", from: "Association", to: "SCIC",
                                           date: Day(iso: "2021-02-02")!, revert: true)),
        .fundingSet(FundingPayload(action: a, target: "c1", funding: funding, previous: Funding(cost: 100))),
        .questionnaireAdded(EntityPayload(action: a, entity: questionnaire)),
        .questionnaireRemoved(EntityPayload(action: a, entity: questionnaire)),
        .questionnaireAnswered(ResponsePayload(action: a, questionnaire: "q1", holder: "h1", response: response,
                                               previous: QuestionnaireResponse(cohort: "c1", date: Day(iso: "2021-03-29")!,
                                                                               answers: [Answer(key: "recommendation", scale: 7)]))),
        .answersCleared(ResponsePayload(action: a, questionnaire: "q1", holder: "h1", response: nil, previous: response)),
        .juryMemberAdded(JuryMemberPayload(action: a, session: "s1", member: JuryMember(name: "Anne Jury", organisation: "o1"))),
        .juryMemberRemoved(JuryMemberPayload(action: a, session: "s1", member: JuryMember(name: "Anne Jury"))),
        .juryEvaluated(JuryEvaluationPayload(action: a, session: "s1", holder: "h1", evaluation: evaluation,
                                             previous: JuryEvaluation(project: .aConforter, progress: .satisfaisant, decision: .poursuivre))),
        .juryEvaluationCleared(JuryEvaluationPayload(action: a, session: "s1", holder: "h1", evaluation: nil, previous: evaluation)),
        .contactAdded(EntityPayload(action: a, entity: contact)),
        .contactRemoved(EntityPayload(action: a, entity: contact)),
        .contactEdited(EditPayload(action: a, id: "k1", changes: [
            FieldChange(field: .to, from: nil, to: .day(Day(iso: "2021-06-30")!)),
            FieldChange(field: .role, from: .text("chargée de mission"), to: .text("directrice"))])),
        .contactErased(ContactErasurePayload(action: a, contact: "k1", organisation: "o1", reason: "demande écrite")),
        .openEventScheduled(EntityPayload(action: a, entity: openEvent)),
        .openEventRemoved(EntityPayload(action: a, entity: OpenEvent(id: "v1", programme: "p1", details: openEvent.details,
                                                                     cancelled: true, headcount: nil))),
        .openEventUpdated(OpenEventUpdatePayload(action: a, event: "v1", before: openEvent.details,
                                                 after: OpenEventDetails(title: "Soirée", kind: .webinaire, date: Day(iso: "2021-01-22")!))),
        .openEventCancelled(OpenEventStatusPayload(action: a, event: "v1")),
        .openEventReopened(OpenEventStatusPayload(action: a, event: "v1")),
        .headcountRecorded(HeadcountPayload(action: a, event: "v1", headcount: headcount,
                                            previous: Headcount(audiences: [AudienceCount(.standard(.habitants), 12)]))),
        .headcountCleared(HeadcountPayload(action: a, event: "v1", headcount: nil, previous: headcount)),
        .personAdded(EntityPayload(action: a, entity: person)),
        .personRemoved(EntityPayload(action: a, entity: person)),
        .personEdited(EditPayload(action: a, id: "f1", changes: [
            FieldChange(field: .email, from: nil, to: .text("camille@example.org")),
            FieldChange(field: .organisation, from: .text("o1"), to: nil)])),
        .venueAdded(EntityPayload(action: a, entity: venue)),
        .venueRemoved(EntityPayload(action: a, entity: venue)),
        .venueEdited(EditPayload(action: a, id: "v1", changes: [FieldChange(field: .kind, from: nil, to: .text("tiers_lieu"))])),
        .sessionFacilitatorAdded(SessionFacilitatorPayload(action: a, session: "s1", person: "f1")),
        .sessionFacilitatorRemoved(SessionFacilitatorPayload(action: a, session: "s1", person: "f1")),
    ] + ideaAndCallSamples
}()

/// One event of every idea and call case (F15, F4), optional fields filled.
private let ideaAndCallSamples: [DomainEvent] = {
    let a = "act1"
    let idea = Idea(id: "i1", programme: "p1", title: "Remise en valeur des aides techniques", source: "Partenaires « ressourceries »",
                    need: "43 % des besoins couverts\nen Creuse", commune: "Guéret", status: .porteurIdentifie,
                    detected: Day(iso: "2019-06-01")!,
                    history: [IdeaStatusChange(date: Day(iso: "2019-09-01")!, from: .detectee, to: .enEtude, author: "claire",
                                               reason: "comité de pilotage")],
                    adoption: IdeaAdoption(holder: "h1", project: "j1", date: Day(iso: "2020-12-10")!))
    let call = CallForApplications(id: "a1", programme: "p1", cohort: "c1", title: "AMI mode de garde", source: "Département",
                                   opens: Day(iso: "2021-11-02")!, closes: Day(iso: "2021-12-15")!,
                                   criteria: ["Structure de l'ESS", "Ancrage local"], created: Day(iso: "2021-10-20")!)
    let application = Application(date: Day(iso: "2021-11-20")!, checks: [CriterionCheck(criterion: 0, met: true),
                                                                         CriterionCheck(criterion: 1, met: false)])
    return [
        .ideaAdded(EntityPayload(action: a, entity: idea)),
        .ideaRemoved(EntityPayload(action: a, entity: idea)),
        .ideaStatusChanged(IdeaStatusPayload(action: a, idea: "i1", from: .enEtude, to: .ecartee, date: Day(iso: "2019-10-01")!,
                                             reason: "faute de potentiel", revert: true)),
        .ideaAdopted(IdeaAdoptionPayload(action: a, idea: "i1", holder: "h1", project: "j1", from: .recherchePorteur,
                                         date: Day(iso: "2020-12-10")!, note: "association créée")),
        .ideaUnadopted(IdeaAdoptionPayload(action: a, idea: "i1", holder: "h1", project: "j1", from: .recherchePorteur,
                                           date: Day(iso: "2020-12-10")!)),
        .callAdded(EntityPayload(action: a, entity: call)),
        .callRemoved(EntityPayload(action: a, entity: call)),
        .callApplied(ApplicationPayload(action: a, call: "a1", holder: "h1", application: Application(date: Day(iso: "2021-11-20")!),
                                        previous: nil)),
        .callChecked(ApplicationPayload(action: a, call: "a1", holder: "h1", application: application,
                                        previous: Application(date: Day(iso: "2021-11-20")!))),
        .applicationRemoved(ApplicationPayload(action: a, call: "a1", holder: "h1", application: nil, previous: application)),
    ]
}()

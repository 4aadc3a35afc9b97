import Foundation
import Testing
@testable import ParcoursDomain

/// One event of every case, with optional fields filled so they round-trip too.
let sampleEvents: [DomainEvent] = {
    let a = "act1"
    let org = Organisation(id: "o1", name: "Élan / CAE", kind: .operator)
    let programme = Programme(id: "p1", name: "May’Idées", operators: ["o1"], partners: [Partner(organisation: "o1", role: "lieu")],
                              targetStages: [.idee, .emergence], targetPublic: "demandeurs d'emploi",
                              template: [WorkshopTemplate(title: "Atelier 1", objectives: "Se lancer", duration: .hours(7), facilitator: "o1")])
    let cohort = Cohort(id: "c1", programme: "p1", name: "Promo 2021", start: day("2021-01-12"), end: day("2021-03-30"),
                        capacity: 8, staff: [StaffMember(name: "Anne", role: .referent)], status: .recruiting)
    let holder = Holder(id: "h1", name: "Léa Martin", kind: .collective, commune: "Annonay", email: "lea@example.org",
                        phone: "06 00 00 00 00", tags: ["jeune"], referredBy: "o1")
    let project = Project(id: "j1", holders: ["h1"], title: "Épicerie", sectors: ["alimentation"], commune: "Annonay",
                          legalForm: "SCIC", stage: .etude, status: .actif, created: day("2021-01-04"),
                          stageHistory: [StageChange(date: day("2021-01-05"), from: .idee, to: .etude, author: "claire", note: "ok")],
                          statusHistory: [])
    let details = SessionDetails(title: "Atelier 2", kind: .individuel, date: day("2021-01-19"), time: ClockTime(hour: 14, minute: 0),
                                 duration: TimeSpan(minutes: 210), venue: "Mairie", remote: true, facilitators: ["o1"], holder: "h1")
    let session = Session(id: "s1", cohort: "c1", details: details, status: .planned, templateIndex: 1)
    let mark = MarkValue(mark: .present, remote: true, remark: "en retard", author: "claire", time: Date(timeIntervalSince1970: 1_610_000_000))
    let note = Note(id: "n1", target: .project("j1"), text: "Étude de marché « faite »", author: "claire",
                    time: Date(timeIntervalSince1970: 1_610_000_000), date: day("2021-01-07"))
    let statusChange = SessionStatusPayload(action: a, session: "s1", from: .planned, to: .held)
    let attendance = AttendancePayload(action: a, session: "s1", holder: "h1", mark: mark, previous: nil)
    return [
        .organisationAdded(EntityPayload(action: a, entity: org)),
        .organisationRemoved(EntityPayload(action: a, entity: org)),
        .programmeCreated(EntityPayload(action: a, entity: programme)),
        .programmeRemoved(EntityPayload(action: a, entity: programme)),
        .partnerAdded(PartnerPayload(action: a, programme: "p1", partner: Partner(organisation: "o1", role: "financeur"))),
        .partnerRemoved(PartnerPayload(action: a, programme: "p1", partner: Partner(organisation: "o1", role: "financeur"))),
        .workshopAdded(WorkshopPayload(action: a, programme: "p1", index: 0, workshop: programme.template[0])),
        .workshopRemoved(WorkshopPayload(action: a, programme: "p1", index: 0, workshop: programme.template[0])),
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
        .projectHolderRemoved(ProjectHolderPayload(action: a, project: "j1", holder: "h1")),
        .participationChanged(ParticipationPayload(action: a, holder: "h1", cohort: "c1", from: nil, to: .inscrit,
                                                   date: day("2021-01-04"), revert: false)),
        .sessionScheduled(EntityPayload(action: a, entity: session)),
        .sessionRemoved(EntityPayload(action: a, entity: session)),
        .sessionUpdated(SessionUpdatePayload(action: a, session: "s1", before: details, after: SessionDetails(title: "Atelier 2 bis", date: day("2021-01-20")))),
        .sessionHeld(statusChange),
        .sessionCancelled(SessionStatusPayload(action: a, session: "s1", from: .planned, to: .cancelled)),
        .sessionReopened(SessionStatusPayload(action: a, session: "s1", from: .cancelled, to: .planned)),
        .attendanceMarked(attendance),
        .attendanceCleared(AttendancePayload(action: a, session: "s1", holder: "h1", mark: nil, previous: mark)),
        .stageChanged(StagePayload(action: a, project: "j1", from: .idee, to: .etude, date: day("2021-01-05"), note: "étude", revert: false)),
        .statusChanged(StatusPayload(action: a, project: "j1", from: .actif, to: .oriente, date: day("2021-01-05"),
                                     destination: "o1", note: "CAE", revert: true)),
        .noteAdded(EntityPayload(action: a, entity: note)),
        .noteRemoved(EntityPayload(action: a, entity: note)),
        .actionUndone(UndoPayload(action: a, target: "act0")),
        .actionRedone(UndoPayload(action: a, target: "act0")),
    ]
}()

@Suite struct EventCodingTests {
    @Test func samplesCoverEveryKnownType() {
        #expect(Set(sampleEvents.map(\.typeName)) == DomainEvent.knownTypes)
        #expect(sampleEvents.count == DomainEvent.knownTypes.count)
    }

    @Test(arguments: sampleEvents)
    func roundTrips(_ event: DomainEvent) throws {
        let (type, payload) = try event.encoded()
        #expect(type == event.typeName)
        let object = try #require(try JSONSerialization.jsonObject(with: payload) as? [String: Any])
        #expect(object["action"] as? String == "act1")
        #expect(DomainEvent.decode(type: type, payload: payload) == event)
        // Stable bytes: encoding twice gives the same line.
        #expect(try event.encoded().payload == payload)
        #expect(event.action == "act1")
    }

    @Test func payloadIsFlatSortedSnakeCase() throws {
        let cohort = sampleEvents.first { $0.typeName == "cohort.created" }!
        let text = String(decoding: try cohort.encoded().payload, as: UTF8.self)
        #expect(text == #"{"action":"act1","capacity":8,"end":"2021-03-30","id":"c1","name":"Promo 2021","programme":"p1","#
                + #""staff":[{"name":"Anne","role":"referent"}],"start":"2021-01-12","status":"recruiting"}"#)
        let held = String(decoding: try sampleEvents.first { $0.typeName == "session.scheduled" }!.encoded().payload, as: UTF8.self)
        #expect(held.contains(#""template_index":1"#))
        #expect(held.contains(#""time":"14:00""#))
        let org = String(decoding: try sampleEvents[0].encoded().payload, as: UTF8.self)
        #expect(org.contains("Élan / CAE"), "slashes and accents are written raw")
    }

    @Test func unknownTypeIsKeptAndCounted() throws {
        let payload = Data(#"{"action":"act9","whatever":1}"#.utf8)
        let event = DomainEvent.decode(type: "funding.granted", payload: payload)
        #expect(event == .unknown(type: "funding.granted", payload: payload))
        #expect(event.action == "act9")
        #expect(try event.encoded().payload == payload)
        #expect(try event.encoded().type == "funding.granted")
        var state = State()
        let recorded = RecordedEvent(meta: EventMeta(id: "e1", author: "a", time: Date(timeIntervalSince1970: 0),
                                                     writer: "w", clock: 1, sequence: 1), event: event)
        state.apply(recorded)
        #expect(state.unknownEvents == 1)
        #expect(state.eventCount == 1)
        #expect(Catalog.describe(recorded, in: state, language: .fr).contains("funding.granted"))
    }

    @Test func revertMayBeLeftOut() {
        let payload = Data(#"{"action":"a","project":"j1","from":"idee","to":"etude","date":"2021-01-05"}"#.utf8)
        #expect(DomainEvent.decode(type: "project.stage_changed", payload: payload)
                == .stageChanged(StagePayload(action: "a", project: "j1", from: .idee, to: .etude,
                                              date: day("2021-01-05"), note: nil, revert: false)))
    }

    @Test func unreadablePayloadOfAKnownTypeIsKeptAsUnknown() {
        let payload = Data(#"{"action":"act1","id":"o1"}"#.utf8)
        #expect(DomainEvent.decode(type: "organisation.added", payload: payload) == .unknown(type: "organisation.added", payload: payload))
    }
}

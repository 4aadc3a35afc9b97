import Foundation
import ParcoursTestSupport
import Testing
@testable import ParcoursCodec
@testable import ParcoursDomain


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
                + #""staff":[{"name":"Anne","person":"f1","role":"referent"}],"start":"2021-01-12","status":"recruiting"}"#)
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
                                              date: Day(iso: "2021-01-05")!, note: nil, revert: false)))
    }

    @Test func unreadablePayloadOfAKnownTypeIsKeptAsUnknown() {
        let payload = Data(#"{"action":"act1","id":"o1"}"#.utf8)
        #expect(DomainEvent.decode(type: "organisation.added", payload: payload) == .unknown(type: "organisation.added", payload: payload))
    }
}

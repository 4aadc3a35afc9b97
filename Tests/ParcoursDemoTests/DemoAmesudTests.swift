import Foundation
import ParcoursDomain
@testable import ParcoursDemo
import ParcoursKit
import Testing

/// AMESUD's awareness programme in the demo (domain.md §3 E6): the guide's figures —
/// 44 people at the three evening debates, 9 at the two bonus workshops — come out of the
/// report, and the two-day training the guide gives no headcount for stays listed as such.
@Suite struct DemoAmesudTests {
    @Test func theGuidesFiguresComeOutOfTheReport() throws {
        let demo = try DemoFixture.loaded.get()
        let programme = try demo.programme(Demo.amesud)
        #expect(demo.state.cohorts(programme: programme.id).isEmpty, "an awareness programme: nobody enrolled")
        #expect(demo.state.openEvents.count == demo.summary.openEvents && demo.summary.openEvents == Demo.amesud.events.count)
        #expect(demo.summary.headcounts == Demo.amesud.events.filter { $0.audiences != nil }.count)

        let r = Report.make(state: demo.state, scope: .programme(programme.id), today: demo.today)
        let evenings = try #require(r.events.byKind["soiree"])
        #expect(evenings.held == 3 && evenings.hours == 6 && evenings.participants == 44)
        #expect(r.events.byKind["formation"]?.participants == 9, "« 9 ont bénéficié des ateliers « bonus expertise » »")
        #expect(r.events.held == 5 && r.events.planned == 1)
        #expect(r.events.withoutHeadcount.map(\.title) == ["Journée de formation des professionnels de la création d’activité"])
        #expect(r.hoursDelivered == 13 && r.events.hours == 13)
        #expect(r.holders == 0 && r.sessions.held + r.sessions.planned + r.sessions.cancelled == 0)
        #expect(r.scope.operators == ["AMESUD"] && r.scope.partners.count == 5)

        // The whole demo adds the evenings to the sessions' hours and never to the holders.
        let all = Report.make(state: demo.state, scope: .all, today: demo.today)
        let programmes = demo.state.programmes.keys.filter { $0 != programme.id }
        let others = programmes.map { Report.make(state: demo.state, scope: .programme($0), today: demo.today) }
        #expect(abs(all.hoursDelivered - others.reduce(13) { $0 + $1.hoursDelivered }) < 0.001)
        #expect(all.events.participants == 53)
    }
}

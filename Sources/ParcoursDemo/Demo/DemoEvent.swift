import ParcoursDomain
import ParcoursKit

/// An open event of a demo programme: when it was planned, when it took place, and the
/// headcount recorded the next morning (nil when the guide gives none: it stays planned,
/// and reports list it among the past events without a headcount).
struct DemoEvent: Sendable {
    var key: String
    var title: String
    var kind: OpenEventKind
    var date: Day
    var time: ClockTime?
    var duration: TimeSpan?
    var venue: String?
    var remote = false
    /// The day the coordinator planned it.
    var planned: Day
    var audiences: [DemoAudience]?
    /// Everyone counted, when more than the categories.
    var total: Int?
}

/// One category of a demo headcount, as a facilitator types it.
struct DemoAudience: Sendable {
    var category: String
    var count: Int

    init(_ category: String, _ count: Int) {
        self.category = category
        self.count = count
    }
}

/// The ids of the demo's open events, from the step that plans each to the one that counts it.
final class DemoEventIDs: @unchecked Sendable {
    var ids: [String: EntityID] = [:]
}

extension DemoScript {
    /// Each open event of a programme planned on its day, then counted the next morning.
    static func eventSteps(_ p: DemoProgramme) -> [DemoStep] {
        let known = DemoEventIDs()
        var steps: [DemoStep] = []
        for event in p.events {
            steps.append(DemoStep(at: DemoMoment(event.planned, 11)) { r in
                let draft = OpenEventDraft(title: event.title, kind: event.kind, date: event.date, time: event.time,
                                           duration: event.duration, venue: event.venue, remote: event.remote)
                let decision = try r.run(.addOpenEvent(target: r.id(r.programmes, p.name), draft))
                known.ids[event.key] = try r.created(decision, event.key) {
                    if case .openEventScheduled(let e) = $0 { return e.entity.id }
                    return nil
                }
            })
            guard let audiences = event.audiences else { continue }
            steps.append(DemoStep(at: DemoMoment(event.date.adding(days: 1), 9, 30)) { r in
                let input = HeadcountInput(audiences: audiences.map { AudienceInput($0.category, $0.count) }, total: event.total)
                try r.run(.recordHeadcount(event: r.id(known.ids, event.key), input))
            })
        }
        return steps
    }
}

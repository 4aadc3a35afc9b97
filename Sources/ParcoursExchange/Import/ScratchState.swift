import Foundation
import ParcoursKit
import ParcoursDomain

/// A private copy of the state that commands are decided against and folded into, so an
/// import can prove every row acceptable before a single event is written (`decide` is
/// pure; nothing here touches the log).
final class ScratchState {
    private(set) var state: State
    private let author: String
    private let now: Date
    private var count = 0

    init(state: State, author: String, now: Date) {
        self.state = state
        self.author = author
        self.now = now
    }

    func perform(_ command: Command) throws -> Decision {
        let context = Context(now: now, today: Day.local(now), author: author,
                              action: Workspace.newID(), newID: Workspace.newID)
        let decision = try decide(command, state: state, context: context)
        for event in decision.events {
            count += 1
            state.apply(RecordedEvent(meta: EventMeta(id: "scratch-\(count)", author: author, time: now,
                                                      writer: "~scratch", clock: 0, sequence: count),
                                      event: event))
        }
        return decision
    }
}

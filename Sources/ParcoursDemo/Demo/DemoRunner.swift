import Foundation
import ParcoursKit
import ParcoursDomain

/// Performs the demo's commands on a workspace whose clock reads the story's time, and
/// remembers the ids of what they created so later commands refer to them by id (names
/// repeat: two cohorts are called "Première promotion").
final class DemoRunner {
    let workspace: Workspace
    private let clock: StoryClock
    private(set) var summary = DemoSummary()

    var programmes: [String: EntityID] = [:]
    var cohorts: [String: EntityID] = [:]
    /// Sessions `addCohort(fromTemplate:)` scheduled: cohort key → template index → id.
    var templateSessions: [String: [Int: EntityID]] = [:]
    /// Keyed "cohort.holder".
    var holders: [String: EntityID] = [:]
    /// The project of each holder, keyed "cohort.holder".
    var projects: [String: EntityID] = [:]
    /// Keyed "cohort.session".
    var sessions: [String: EntityID] = [:]
    /// Each programme's end-of-programme survey, keyed by programme name.
    var surveys: [String: EntityID] = [:]

    init(workspace: Workspace, clock: StoryClock) {
        self.workspace = workspace
        self.clock = clock
    }

    /// Sets the story's clock for the next commands.
    func set(time: Date) { clock.now = time }

    @discardableResult
    func run(_ command: Command) throws -> Decision {
        let decision = try workspace.perform(command)
        summary.count(decision)
        return decision
    }

    /// The id under `key` in one of the tables above.
    func id(_ table: [String: EntityID], _ key: String) throws -> EntityID {
        guard let value = table[key] else { throw DemoError.missingReference(key) }
        return value
    }

    /// The id of the first entity of a decision that `pick` recognises.
    func created(_ decision: Decision, _ what: String,
                 _ pick: (DomainEvent) -> EntityID?) throws -> EntityID {
        guard let value = decision.events.lazy.compactMap(pick).first else {
            throw DemoError.missingReference(what)
        }
        return value
    }
}

/// The time the demo's commands are performed at: the day each thing happened in the
/// story, so a project's creation day, participation and status dates, notes and marks
/// carry their real dates (only `setStage` takes a date of its own).
final class StoryClock {
    var now: Date

    init(now: Date) { self.now = now }
}

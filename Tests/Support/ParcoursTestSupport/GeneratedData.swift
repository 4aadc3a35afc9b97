import EventLog
import Foundation
import ParcoursDemo
import ParcoursDomain
import Testing
import ParcoursKit

/// Generated data directories for the fast-path tests, and the plain path to hold them to.
public enum GeneratedData {
    public static func directory(_ tag: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("parcours-gen-\(tag)-\(UUID().uuidString)", isDirectory: true)
    }

    /// A fresh directory with `events` generated events.
    public static func make(events: Int, seed: UInt64, writers: Int) throws -> URL {
        let url = directory("s\(seed)")
        try Generator.run(directory: url, events: events, seed: seed, writers: writers)
        return url
    }

    /// Every record of the directory, in merge order, read by a fresh log.
    public static func records(_ url: URL) throws -> [LogRecord] {
        try EventLog(directory: url, readOnly: true).readNew()
    }

    /// The state as the plain path computes it: JSONDecoder for every payload, one fold.
    public static func plainState(_ url: URL) throws -> State {
        State(events: try records(url).map { record in
            RecordedEvent(meta: EventMeta(id: record.id, author: record.author, time: record.time, writer: record.writer,
                                          clock: record.clock, sequence: record.sequence),
                          event: DomainEvent.decode(type: record.type, payload: record.payload))
        })
    }
}

/// Compares two states field by field (State itself is not Equatable).
public func expectSameState(_ a: State, _ b: State, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(a.organisations == b.organisations, sourceLocation: sourceLocation)
    #expect(a.programmes == b.programmes, sourceLocation: sourceLocation)
    #expect(a.cohorts == b.cohorts, sourceLocation: sourceLocation)
    #expect(a.holders == b.holders, sourceLocation: sourceLocation)
    #expect(a.projects == b.projects, sourceLocation: sourceLocation)
    #expect(a.participations == b.participations, sourceLocation: sourceLocation)
    #expect(a.sessions == b.sessions, sourceLocation: sourceLocation)
    #expect(a.marks == b.marks, sourceLocation: sourceLocation)
    #expect(a.notes == b.notes, sourceLocation: sourceLocation)
    #expect(a.removedHolders == b.removedHolders, sourceLocation: sourceLocation)
    #expect(a.questionnaires == b.questionnaires, sourceLocation: sourceLocation)
    #expect(a.responses == b.responses, sourceLocation: sourceLocation)
    #expect(a.juries == b.juries, sourceLocation: sourceLocation)
    #expect(a.openEvents == b.openEvents, sourceLocation: sourceLocation)
    #expect(a.ideas == b.ideas, sourceLocation: sourceLocation)
    #expect(a.calls == b.calls, sourceLocation: sourceLocation)
    #expect(a.applications == b.applications, sourceLocation: sourceLocation)
    #expect(a.erasures == b.erasures, sourceLocation: sourceLocation)
    #expect(a.eventCount == b.eventCount, sourceLocation: sourceLocation)
    #expect(a.conflicts == b.conflicts, sourceLocation: sourceLocation)
    #expect(a.history == b.history, sourceLocation: sourceLocation)
    #expect(a.anomalies == b.anomalies, sourceLocation: sourceLocation)
    #expect(a.unknownEvents == b.unknownEvents, sourceLocation: sourceLocation)
    #expect(a.tables.lastChange == b.tables.lastChange, sourceLocation: sourceLocation)
    // Follow-up, the project's path, money (issue 17).
    #expect(a.followUpPlans == b.followUpPlans && a.followUps == b.followUps, sourceLocation: sourceLocation)
    #expect(a.programmeMilestones == b.programmeMilestones && a.milestones == b.milestones, sourceLocation: sourceLocation)
    #expect(a.needs == b.needs && a.legalFormHistory == b.legalFormHistory && a.funding == b.funding,
            sourceLocation: sourceLocation)
    // The lookups kept beside the tables (rebuilt from them, or stored in the snapshot).
    #expect(a.lookups == b.lookups, sourceLocation: sourceLocation)
}

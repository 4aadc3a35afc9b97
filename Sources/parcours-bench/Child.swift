import EventLog
import Foundation
import ParcoursDomain
import ParcoursDemo
import ParcoursKit
import ParcoursTUI
import TerminalKit

/// One measurement, in its own process; prints numbers on stdout, one per line.
enum Child {
    static func run(_ arguments: [String]) -> Never {
        guard arguments.count >= 2 else { exit(2) }
        let directory = URL(fileURLWithPath: arguments[1], isDirectory: true)
        let runs = arguments.count > 2 ? Int(arguments[2]) ?? 5 : 5
        do {
            switch arguments[0] {
            case "open-nocache": try open(directory, useCache: false)
            case "open-cache": try open(directory, useCache: true)
            case "open-plain": try openPlain(directory)
            case "compute": try compute(directory, runs: runs)
            case "screens": try screens(directory, runs: runs)
            case "append": try append(directory, count: runs)
            case "generate": try Generator.run(directory: directory, events: runs, seed: 1, writers: 3)
            case "late-prepare": try LateSync.prepare(directory, late: runs)
            case "late-fold": try LateSync.fold(directory)
            default: exit(2)
            }
        } catch {
            FileHandle.standardError.write(Data("bench child: \(error)\n".utf8))
            exit(1)
        }
        exit(0)
    }

    /// Seconds to the full state, then the number of events folded.
    static func open(_ directory: URL, useCache: Bool) throws {
        var workspace: Workspace?
        let seconds = try Measure.seconds {
            workspace = try Workspace(directory: directory, author: "bench", useCache: useCache)
        }
        print(seconds)
        print(workspace?.eventCount ?? 0)
    }

    /// The path before this work, for comparison: every record read at once, every
    /// payload through JSONDecoder on one core, one fold.
    static func openPlain(_ directory: URL) throws {
        var state = State()
        let seconds = try Measure.seconds {
            let records = try EventLog(directory: directory, readOnly: true).readNew()
            state = State(events: records.map { record in
                RecordedEvent(meta: EventMeta(id: record.id, author: record.author, time: record.time, writer: record.writer,
                                              clock: record.clock, sequence: record.sequence),
                              event: DomainEvent.decode(type: record.type, payload: record.payload))
            })
        }
        print(seconds)
        print(state.eventCount)
    }

    /// The largest cohort still with sessions: what a roll call shows.
    static func biggestCohort(_ state: State) -> EntityID? {
        state.participations.max { ($0.value.count, $0.key) < ($1.value.count, $1.key) }?.key
    }

    /// Medians of: the dashboard's figures, a cohort's roll call, the whole-network report.
    static func compute(_ directory: URL, runs: Int) throws {
        let workspace = try Workspace(directory: directory, author: "bench", useCache: false)
        let state = workspace.state
        let today = Day(year: 2026, month: 6, day: 1)!
        guard let cohort = biggestCohort(state) else { throw CocoaError(.featureUnsupported) }
        var dashboard: [Double] = [], rollCall: [Double] = [], report: [Double] = []
        var sink = 0
        for _ in 0..<runs {
            dashboard.append(Measure.seconds {
                sink &+= state.stalledProjects(asOf: today).count
                sink &+= state.pastPlannedSessions(today: today).count
                sink &+= state.holdersTakingPart().count
            })
            rollCall.append(Measure.seconds {
                let sessions = state.sessions(cohort: cohort)
                for holder in state.holdersTakingPart(cohort: cohort) {
                    for session in sessions where state.mark(session: session.id, holder: holder.id) != nil { sink &+= 1 }
                    sink &+= state.consecutiveAbsences(holder: holder.id, cohort: cohort)
                }
                sink &+= state.attendance(cohort: cohort).present
            })
            report.append(Measure.seconds {
                sink &+= Report.make(state: state, scope: .all, today: today).sessions.held
            })
        }
        print(Measure.median(dashboard))
        print(Measure.median(rollCall))
        print(Measure.median(report))
        if sink == 42 { FileHandle.standardError.write(Data(" ".utf8)) }
    }

    /// Medians of update + render (canvas only, 120×40) for each main screen, reached
    /// by keys as a user would: dashboard, a cohort's participants, sessions, roll call,
    /// pipeline, journal, then a holder's file; last, the dashboard when the state has
    /// just changed (what it derives from the whole state made again).
    static func screens(_ directory: URL, runs: Int) throws {
        let workspace = try Workspace(directory: directory, author: "bench", useCache: false)
        let driver = InterfaceDriver(workspace: workspace, language: .fr, size: Size(width: 120, height: 40))
        var timings = Array(repeating: [Double](), count: 8)
        for _ in 0..<runs {
            let steps: [Key] = [.escape, .enter, .tab, .tab, .tab, .tab, .escape]
            for (i, key) in steps.enumerated() {
                if i == 6 {
                    // Back to the participants, then open the first holder.
                    driver.press(.tab)
                }
                timings[i].append(Measure.seconds {
                    if i == 6 { driver.press(.enter) } else if i > 0 { driver.press(key) }
                    _ = driver.frame()
                })
            }
            driver.press(.escape, .escape)
            timings[7].append(Measure.seconds {
                driver.reloadState()
                _ = driver.frame()
            })
        }
        for t in timings { print(Measure.median(t)) }
    }

    /// Latencies (seconds) of `count` attendance marks, each a command appended and fsynced.
    static func append(_ directory: URL, count: Int) throws {
        let workspace = try Workspace(directory: directory, author: "bench", useCache: false)
        let state = workspace.state
        guard let cohort = biggestCohort(state), let session = state.sessions(cohort: cohort).last else {
            throw CocoaError(.featureUnsupported)
        }
        let holders = state.expectedHolders(session: session)
        guard !holders.isEmpty else { throw CocoaError(.featureUnsupported) }
        for i in 0..<count {
            let holder = holders[i % holders.count]
            let mark: Mark = i % 2 == 0 ? .absent : .present
            print(try Measure.seconds {
                try workspace.perform(.attend(session: session.id, holder: holder.id, mark: mark))
            })
        }
    }
}

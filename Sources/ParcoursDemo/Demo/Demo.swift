import Foundation
import ParcoursKit
import ParcoursDomain

/// A demo data directory built from the real programmes of the TRESSONS guide
/// (domain.md §3 E1–E3, E6) — Lance-toi !, May’Idées, Sprint, and AMESUD's awareness
/// programme counted by headcount (`Demo+Amesud`) — and a current cohort of
/// Lance-toi ! dated from today, so every screen has something to show.
///
/// The demo is data (the `Demo+…` tables, one programme per file) turned into the
/// commands a facilitator would have typed (`DemoScript`).
public enum Demo {
    /// The earliest "today" the demo accepts: its history runs to mid-2021.
    public static let earliestToday = Day(year: 2022, month: 1, day: 1)!

    /// Writes the demo into an empty workspace (throws `WorkspaceError.notEmpty`
    /// otherwise, before writing anything), through `Workspace.perform(_:)` only — the
    /// same commands a facilitator would type.
    ///
    /// Each command is performed on the day it happened in the story: the demo opens a
    /// second `Workspace` on the same directory (same writer, as a second terminal
    /// would) whose clock reads the story's time, never later than `workspace.now`. So
    /// creation days, participation and status dates, notes and marks are those of
    /// 2020–2021 for the historical cohorts, and "a few weeks ago" for the current one.
    /// `workspace` is refreshed at the end and holds everything.
    ///
    /// - Parameter progress: called after each step with the steps done and their total.
    @discardableResult
    public static func load(into workspace: Workspace,
                            progress: ((_ done: Int, _ total: Int) -> Void)? = nil) throws -> DemoSummary {
        if workspace.readOnly { throw WorkspaceError.readOnly }
        try workspace.refresh()
        guard workspace.eventCount == 0, !holdsLogBytes(workspace.directory) else {
            throw WorkspaceError.notEmpty(workspace.directory.path)
        }
        let today = workspace.today
        guard today >= earliestToday else { throw DemoError.clockTooEarly(today: today, earliest: earliestToday) }

        // What the story dates after today has not happened yet (a follow-up three years
        // on, when the demo runs on an earlier clock).
        let steps = try DemoScript.steps(programmes: programmes, cohorts: cohorts(today: today))
            .filter { $0.at.day <= today }
        let clock = StoryClock(now: workspace.now)
        let writer = try Workspace(directory: workspace.directory, author: workspace.author,
                                   clock: { clock.now })
        let runner = DemoRunner(workspace: writer, clock: clock)
        let timeZone = TimeZone.current
        for (index, step) in steps.enumerated() {
            runner.set(time: min(step.at.date(in: timeZone), workspace.now))
            try step.perform(runner)
            progress?(index + 1, steps.count)
        }
        try workspace.refresh()
        return runner.summary
    }

    /// The demo's programmes, in the guide's order of presentation.
    static var programmes: [DemoProgramme] { [lanceToi, sprint, mayIdees, amesud, fabrique] }

    /// The demo's cohorts: three from the guide, and one running as of `today`.
    static func cohorts(today: Day) -> [DemoCohort] {
        [lanceToi2020, sprintPromotion, mayIdeesPromotion, currentCohort(today: today)]
    }

    /// Whether any log file already has bytes (even damaged lines no fold counts).
    static func holdsLogBytes(_ directory: URL) -> Bool {
        let events = directory.appendingPathComponent("events", isDirectory: true)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: events.path)) ?? []
        return names.contains { name in
            let path = events.appendingPathComponent(name).path
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0
            return size > 0
        }
    }
}

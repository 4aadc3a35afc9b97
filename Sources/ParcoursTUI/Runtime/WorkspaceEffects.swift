import Foundation
import ParcoursDomain
import ParcoursKit
import ParcoursSync

/// Loads the example data into an empty workspace, reporting its steps (done, total).
public typealias DemoLoader = @Sendable (_ workspace: Workspace, _ progress: @escaping (Int, Int) -> Void) throws -> Void

/// Carries out the interface's effects against a workspace: commands, refresh, journal
/// reads, the demo, sync, report export. Only ever called from one thread at a time
/// (`EffectWorker`'s, or the driver's), since the workspace is not thread-safe.
struct WorkspaceEffects: EffectHandler {
    let workspace: Workspace
    let language: Language
    let loadDemo: DemoLoader

    init(workspace: Workspace, language: Language, loadDemo: DemoLoader? = nil) {
        self.workspace = workspace
        self.language = language
        self.loadDemo = loadDemo ?? { _, _ in throw DemoUnavailable(language: language) }
    }

    func start() -> Start {
        Start(state: workspace.state, today: workspace.today, author: workspace.author, readOnly: workspace.readOnly,
              syncStatus: syncStatus(), storageNotice: workspace.storageNotice.map { Catalog.text($0, language) },
              logWarning: LogProblemSummary.text(workspace.problems, language))
    }

    /// The workspace as it is, as a refresh that found `newEvents` would report it.
    func refresh(newEvents: Int) -> Refresh {
        Refresh(state: workspace.state, newEvents: newEvents, syncStatus: syncStatus(), today: workspace.today,
                logWarning: LogProblemSummary.text(workspace.problems, language))
    }

    func run(_ effect: Effect, deliver: (Msg) -> Void) {
        let l = language
        switch effect {
        case .quit:
            break
        case .refresh:
            let before = workspace.eventCount
            do {
                guard try workspace.refresh() else { return deliver(.refreshed(nil)) }
                deliver(.refreshed(refresh(newEvents: workspace.eventCount - before)))
            } catch {
                deliver(.refreshFailed(ErrorText.describe(error, l)))
            }
        case .loadJournal(let cohort):
            // A log that cannot be read back shows no lines; the status bar already
            // reports damaged logs.
            let events = (try? workspace.journal(concerning: workspace.state.cohortJournalScope(cohort))) ?? []
            deliver(.journalRead(JournalLines(cohort: cohort, eventCount: workspace.eventCount, events: events)))
        case .makeFollowUps(let today):
            deliver(.followUpsMade(FollowUpRows(workspace.state, today: today)))
        case .loadDemo:
            do {
                try withoutActuallyEscaping(deliver) { deliver in
                    try loadDemo(workspace) { done, total in deliver(.progress(done: done, total: total)) }
                }
                deliver(.performed(text: UIText.demoLoaded.text(l), state: workspace.state))
            } catch {
                deliver(.failed(text: ErrorText.describe(error, l), state: workspace.state))
            }
        case .sync:
            do {
                let report = try Sync.run(workspace: workspace)
                deliver(.synced(text: report.lines(l).joined(separator: " "), failed: false, state: workspace.state,
                                status: syncStatus(), today: workspace.today))
            } catch {
                deliver(.synced(text: ErrorText.describe(error, l), failed: true, state: workspace.state,
                                status: syncStatus(), today: workspace.today))
            }
        case .exportReport(let scope):
            do {
                let url = try export(scope)
                deliver(.performed(text: UIText.reportSaved(url.path, l), state: workspace.state))
            } catch {
                deliver(.failed(text: ErrorText.describe(error, l), state: workspace.state))
            }
        case .exportSheet(let session):
            do {
                let (url, count) = try exportSheet(session)
                deliver(.performed(text: UIText.sheetSaved(url.path, count: count, l), state: workspace.state))
            } catch {
                deliver(.failed(text: ErrorText.describe(error, l), state: workspace.state))
            }
        case .perform(let commands):
            deliver(perform(commands))
        case .cycleMark(let session, let holder):
            let current = workspace.state.mark(session: session, holder: holder)
            deliver(perform([.attend(session: session, holder: holder, mark: RollCallReducer.cycled(current?.mark))]))
        case .toggleRemote(let session, let holder):
            let current = workspace.state.mark(session: session, holder: holder)
            deliver(perform([.attend(session: session, holder: holder, mark: current?.mark ?? .present,
                                     remote: !(current?.remote ?? false))]))
        }
    }

    /// Performs the commands in order, stopping at the first refusal: what they did in
    /// words, or why the first refused one was refused.
    func perform(_ commands: [Command]) -> Msg {
        var texts: [String] = []
        var overlaps: [String] = []
        for command in commands {
            do {
                let decision = try workspace.perform(command)
                texts.append(Catalog.text(decision.summary, language))
                texts += decision.warnings.map { Catalog.text($0, language) }
                overlaps += decision.warnings.filter { warning in
                    switch warning {
                    case .venueOverlap, .facilitatorOverlap: true
                    default: false
                    }
                }.map { Catalog.text($0, language) }
            } catch {
                return .failed(text: ErrorText.describe(error, language), state: workspace.state)
            }
        }
        return .performed(text: texts.joined(separator: " "), state: workspace.state, overlaps: overlaps)
    }

    /// "↻ 14:05" (today) or "↻ 21/11 14:05", "↻ échec 14:05" after a failure; nil when the
    /// folder is not shared.
    func syncStatus() -> String? {
        guard workspace.isShared else { return nil }
        guard let status = workspace.lastSync else { return "↻ –" }
        let stamp = Texts.timestamp(status.time, language)
        let shown = stamp.hasPrefix(Texts.numericDay(workspace.today, language)) ? String(stamp.suffix(5)) : stamp
        return "↻ " + (status.succeeded ? "" : UIText.syncFailedShort.text(language) + " ") + shown
    }

    /// Where exports go: `exports/` in the data directory, or the current directory when
    /// the data directory is read-only (created 0700 when missing).
    func exportFolder() throws -> URL {
        let folder = workspace.readOnly
            ? URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
            : workspace.directory.appendingPathComponent("exports", isDirectory: true)
        try PrivateFile.createDirectory(folder)
        return folder
    }

    /// "Promo printemps" → "promo-printemps": ASCII letters and digits, dashes between words.
    static func slug(_ text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        return folded.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }.joined(separator: "-")
    }

    /// Writes the report as Markdown: `exports/` in the data directory, or the current
    /// directory when the data directory is read-only. Returns the file written.
    func export(_ scope: ReportScope) throws -> URL {
        let state = workspace.state, today = workspace.today
        let document = ReportDocument(state: state, scope: scope, today: today)
        let folder = try exportFolder()
        let name = Self.slug(ReportView.scopeName(scope, state))
        let file = folder.appendingPathComponent((language == .fr ? "rapport-" : "report-") + name + "-" + today.iso + ".md")
        try PrivateFile.write(Data(document.markdown(language: language).utf8), to: file)
        return file
    }
}

/// The error a build without example data reports when asked to load it.
struct DemoUnavailable: Error, LocalizedError {
    let language: Language
    var errorDescription: String? { UIText.demoUnavailable.text(language) }
}

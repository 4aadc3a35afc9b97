import Foundation
import ParcoursDomain
import ParcoursKit
import ParcoursSync
import TerminalKit

/// Runs the Elm loop against a real workspace: sends a message through `update`, then
/// carries out the effects it returns (performing commands, refreshing, loading the
/// demo) and feeds their outcomes back as messages. The terminal run loop and the tests
/// both drive the interface through it.
final class Program {
    private(set) var model: Model
    let workspace: Workspace
    let loadDemo: (Workspace) throws -> Void
    private(set) var quit = false

    init(workspace: Workspace, language: Language, size: Size = View.minimum,
         loadDemo: @escaping (Workspace) throws -> Void) {
        self.workspace = workspace
        self.loadDemo = loadDemo
        model = Model(state: workspace.state, today: workspace.today, author: workspace.author, language: language, size: size,
                      readOnly: workspace.readOnly)
        model.syncStatus = Program.syncStatus(workspace, today: workspace.today, language)
        model.journal = JournalSource(workspace)
        if let notice = workspace.storageNotice { model.say(Catalog.text(notice, language)) }
        model.logWarning = LogProblemSummary.text(workspace.problems, language)
        if let warning = model.logWarning {
            model.message = "⚠ " + warning.prefix(1).uppercased() + warning.dropFirst()
            model.messageIsError = true
        }
    }

    /// Sends one message and everything it leads to.
    func send(_ msg: Msg) {
        var queue = [msg]
        while !queue.isEmpty {
            let next = queue.removeFirst()
            for effect in Update.update(&model, next) {
                if let outcome = run(effect) { queue.append(outcome) }
            }
        }
    }

    /// Sends keys one after another.
    func press(_ keys: Key...) { for key in keys { send(.key(key)) } }

    /// Types text into whatever has the focus, one character at a time.
    func type(_ text: String) { for ch in text { send(.key(.character(ch))) } }

    func frame() -> Frame { View.frame(model) }

    private func run(_ effect: Effect) -> Msg? {
        let l = model.language
        switch effect {
        case .quit:
            quit = true
            return nil
        case .refresh:
            let before = workspace.eventCount
            do {
                guard try workspace.refresh() else { return nil }
            } catch {
                return .failed(text: Program.describe(error, l), state: workspace.state)
            }
            model.today = workspace.today
            model.logWarning = LogProblemSummary.text(workspace.problems, l)
            return .refreshed(state: workspace.state, newEvents: workspace.eventCount - before,
                              syncStatus: Program.syncStatus(workspace, today: workspace.today, l))
        case .loadDemo:
            do {
                try loadDemo(workspace)
                return .performed(text: UIText.demoLoaded.text(l), state: workspace.state)
            } catch {
                return .failed(text: Program.describe(error, l), state: workspace.state)
            }
        case .sync:
            do {
                let report = try Sync.run(workspace: workspace)
                model.today = workspace.today
                return .synced(text: report.lines(l).joined(separator: " "), failed: false, state: workspace.state,
                               status: Program.syncStatus(workspace, today: workspace.today, l))
            } catch {
                return .synced(text: Program.describe(error, l), failed: true, state: workspace.state,
                               status: Program.syncStatus(workspace, today: workspace.today, l))
            }
        case .exportReport(let scope):
            do {
                let url = try Program.export(scope, workspace: workspace, state: model.state, today: model.today, l)
                return .performed(text: UIText.reportSaved(url.path, l), state: workspace.state)
            } catch {
                return .failed(text: Program.describe(error, l), state: workspace.state)
            }
        case .perform(let commands):
            var texts: [String] = []
            for command in commands {
                do {
                    let decision = try workspace.perform(command)
                    texts.append(Catalog.text(decision.summary, l))
                    texts += decision.warnings.map { Catalog.text($0, l) }
                } catch {
                    return .failed(text: Program.describe(error, l), state: workspace.state)
                }
            }
            return .performed(text: texts.joined(separator: " "), state: workspace.state)
        }
    }

    /// "↻ 14:05" (today) or "↻ 21/11 14:05", "↻ échec 14:05" after a failure; nil when the
    /// folder is not shared.
    static func syncStatus(_ workspace: Workspace, today: Day, _ l: Language) -> String? {
        guard workspace.isShared else { return nil }
        guard let status = workspace.lastSync else { return "↻ –" }
        let stamp = Texts.timestamp(status.time, l)
        let shown = stamp.hasPrefix(Texts.numericDay(today, l)) ? String(stamp.suffix(5)) : stamp
        return "↻ " + (status.succeeded ? "" : UIText.syncFailedShort.text(l) + " ") + shown
    }

    /// Writes the report as Markdown: `exports/` in the data directory, or the current
    /// directory when the data directory is read-only. Returns the file written.
    static func export(_ scope: ReportScope, workspace: Workspace, state: State, today: Day, _ l: Language) throws -> URL {
        let document = ReportDocument(state: state, scope: scope, today: today)
        let folder = workspace.readOnly
            ? URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
            : workspace.directory.appendingPathComponent("exports", isDirectory: true)
        try PrivateFile.createDirectory(folder)
        // "Promo printemps" → "promo-printemps": ASCII letters and digits, dashes between words.
        let folded = ReportView.scopeName(scope, state).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        let name = folded.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }.joined(separator: "-")
        let file = folder.appendingPathComponent((l == .fr ? "rapport-" : "report-") + name + "-" + today.iso + ".md")
        try PrivateFile.write(Data(document.markdown(language: l).utf8), to: file)
        return file
    }

    /// An error in plain words: the domain's in the interface language, others as they describe themselves.
    static func describe(_ error: any Error, _ l: Language) -> String {
        ErrorText.describe(error, l)
    }
}

/// The error a build without example data reports when asked to load it.
struct DemoUnavailable: Error, LocalizedError {
    let language: Language
    var errorDescription: String? { UIText.demoUnavailable.text(language) }
}

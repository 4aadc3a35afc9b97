import ArgumentParser
import Foundation
import ParcoursDomain
import ParcoursKit

/// What a command needs: the workspace, the language, and one way to print and fail.
final class CLI {
    let global: GlobalOptions
    let language: Language
    let directory: URL
    private var opened: Workspace?

    init(global: GlobalOptions) {
        self.global = global
        language = Language.fromEnvironment()
        directory = DataDirectory.resolve(flag: global.data)
    }

    /// The workspace, opened on first use so `--help` and argument errors touch no file.
    func workspace() throws -> Workspace {
        if let opened { return opened }
        let workspace = try Workspace(directory: directory, author: Author.current(), readOnly: global.readOnly,
                                      useCache: !global.noCache && Workspace.cacheByDefault)
        if let notice = workspace.storageNotice { warn(Catalog.text(notice, language)) }
        // One line, whatever was found: `parcours verify` lists each problem.
        if let summary = LogProblemSummary.text(workspace.problems, language) { warn(summary) }
        opened = workspace
        return workspace
    }

    /// What a read-only command printed for the same request while the logs held exactly
    /// what they hold now (`OutputCache`), printed again with the warnings an open
    /// would give; false when there is none (then the command computes its output and
    /// offers it to `keep`). `request` names everything the output depends on but the
    /// logs: the command, its arguments, the day it computes for; the language and this
    /// program's build are added here.
    func printKept(_ request: [String?]) -> Bool {
        guard !global.noCache, Workspace.cacheByDefault,
              let hit = OutputCache.lookUp(fullRequest(request), in: directory, readOnly: global.readOnly) else { return false }
        if let notice = hit.storageNotice { warn(Catalog.text(notice, language)) }
        if let summary = LogProblemSummary.text(hit.problems, language) { warn(summary) }
        Output.raw(hit.output)
        return true
    }

    /// Prints `output` and keeps it for the same request (when the workspace's state is
    /// exactly its snapshot's).
    func printAndKeep(_ output: Data, _ request: [String?]) throws {
        Output.raw(output)
        OutputCache.keep(output, for: fullRequest(request), from: try workspace())
    }

    private func fullRequest(_ request: [String?]) -> String {
        let parts = request + [language.rawValue, Self.build]
        let data = (try? JSONEncoder().encode(parts)) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    /// This program's build, as its file's size and time: an output kept by another
    /// version (which may compute the report otherwise) is not printed by this one.
    private static let build: String = {
        var info = stat()
        guard stat("/proc/self/exe", &info) == 0 else { return "unknown" }
        return "\(info.st_size)-\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
    }()

    /// Performs a command and prints what it did, then its warnings.
    @discardableResult
    func perform(_ command: Command) throws -> Decision {
        let decision = try workspace().perform(command)
        print(Catalog.text(decision.summary, language))
        for warning in decision.warnings { warn(Catalog.text(warning, language)) }
        return decision
    }

    func warn(_ text: String) {
        Output.error((language == .fr ? "Attention : " : "Warning: ") + text)
    }

    func printJSON<T: Encodable>(_ value: T) throws {
        Output.json(try JSONOutput.string(value))
    }

    /// Runs a command body and turns every failure into a plain message on stderr and
    /// exit status 1; nothing is written when a command fails (the domain decides
    /// before anything is appended).
    /// The last command's workspace, never released (see `run`).
    nonisolated(unsafe) private static var leftToTheSystem: Workspace?

    static func run(_ global: GlobalOptions, _ body: (CLI) throws -> Void) throws {
        let cli = CLI(global: global)
        // The process ends right after a command: its workspace is left to the system
        // rather than freed table by table (a tenth of a warm open at a network's scale).
        defer { CLI.leftToTheSystem = cli.opened }
        do {
            try body(cli)
        } catch let error as ExitCode {
            throw error
        } catch let error as CleanExit {
            throw error
        } catch {
            let text = CLI.message(for: error, cli.language)
            Output.error((cli.language == .fr ? "Erreur : " : "Error: ") + text)
            throw ExitCode(1)
        }
    }

    static func message(for error: Error, _ language: Language) -> String {
        if let input = error as? InputError { return input.text(language) }
        return ErrorText.describe(error, language) + hint(for: error, language)
    }

    /// The option or command that answers a refusal, said where it is typed (the interface
    /// offers a field for the same thing).
    static func hint(for error: Error, _ language: Language) -> String {
        switch error as? DomainError {
        case .holderHasHistory?: return " (--with-history)"
        case .holderHasEvaluations?: return " (--with-history; questionnaire answer … --clear, jury evaluate … --clear)"
        case .noConsent(_, let scope)?: return " (parcours consent … --given DATE --scope \(scope.rawValue))"
        default: return ""
        }
    }
}

/// A value typed on the command line that cannot be read; names the value and the option.
struct InputError: Error {
    let value: String
    let option: String
    let expectedFR: String
    let expectedEN: String

    func text(_ language: Language) -> String {
        language == .fr
            ? "« \(value) » n’est pas valable pour \(option) : \(expectedFR)."
            : "“\(value)” is not valid for \(option): \(expectedEN)."
    }
}

enum JSONOutput {
    static func string<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}

import ParcoursDomain
import ParcoursKit

/// The `:` command line: the CLI's verbs, parsed with quotes respected, building the
/// same `Command` values the `parcours` command line builds.
enum CommandLineParser {
    enum Outcome: Equatable {
        case commands([Command])
        case sync
        case quit
        case help
        case error(String)
    }

    /// Splits on spaces; "…" and '…' group words when they open a word (so an apostrophe
    /// inside a French word, as in l'idée, stays a letter).
    static func tokens(_ line: String) -> [String]? {
        var result: [String] = []
        var current = ""
        var inWord = false
        var quote: Character?
        for ch in line {
            if let q = quote {
                if ch == q { quote = nil } else { current.append(ch) }
            } else if ch == " " || ch == "\t" {
                if inWord { result.append(current); current = ""; inWord = false }
            } else if !inWord && (ch == "\"" || ch == "'" || ch == "«") {
                quote = ch == "«" ? "»" : ch
                inWord = true
            } else {
                current.append(ch)
                inWord = true
            }
        }
        if quote != nil { return nil }
        if inWord { result.append(current) }
        return result
    }

    static func parse(_ line: String, author: String, state: State = State(), _ l: Language) -> Outcome {
        guard var words = tokens(line) else { return .error(UIText.unclosedQuote(l)) }
        guard !words.isEmpty else { return .commands([]) }
        let verb = words.removeFirst().lowercased()
        // Options (--remote, --note TEXT…) may come anywhere after the verb.
        var options: [String: String] = [:]
        var flags = Set<String>()
        var arguments: [String] = []
        var i = 0
        while i < words.count {
            let word = words[i]
            if word.hasPrefix("--") {
                let name = String(word.dropFirst(2))
                if ["remote", "all"].contains(name) {
                    flags.insert(name)
                } else if i + 1 < words.count {
                    options[name] = words[i + 1]
                    i += 1
                } else {
                    return .error(UIText.missingArguments(verb, l))
                }
            } else {
                arguments.append(word)
            }
            i += 1
        }
        func need(_ n: Int) -> Bool { arguments.count >= n }
        switch verb {
        case "q", "quit", "quitter", "exit": return .quit
        case "help", "aide", "?": return .help
        case "sync", "synchro", "synchroniser": return .sync
        case "undo", "annuler": return .commands([.undo(author: author)])
        case "redo", "retablir", "rétablir": return .commands([.redo(author: author)])
        case "attend", "presence", "présence":
            if flags.contains("all") {
                guard need(1) else { return .error(UIText.missingArguments(verb, l)) }
                return .commands([.markAllPresent(session: arguments[0])])
            }
            guard need(3) else { return .error(UIText.missingArguments(verb, l)) }
            guard let mark = Vocabulary.mark(arguments[2]) else { return .error(UIText.invalidValue(arguments[2], l)) }
            return .commands([.attend(session: arguments[0], holder: arguments[1], mark: mark,
                                      remote: flags.contains("remote") ? true : flags.contains("no-remote") ? false : nil,
                                      remark: options["remark"])])
        case "stage", "etape", "étape":
            guard need(2) else { return .error(UIText.missingArguments(verb, l)) }
            guard let stage = Vocabulary.stage(arguments[1]) else { return .error(UIText.invalidValue(arguments[1], l)) }
            var date: Day?
            if let text = options["date"] {
                guard let day = Day(iso: text) else { return .error(UIText.formInvalidDate.text(l)) }
                date = day
            }
            return .commands([.setStage(project: project(arguments[0], state), stage: stage, note: options["note"], date: date)])
        case "status", "statut":
            guard need(2) else { return .error(UIText.missingArguments(verb, l)) }
            guard let status = Vocabulary.status(arguments[1]) else { return .error(UIText.invalidValue(arguments[1], l)) }
            return .commands([.setStatus(project: project(arguments[0], state), status: status, destinationName: options["to"],
                                         note: options["note"])])
        case "note":
            guard need(2) else { return .error(UIText.missingArguments(verb, l)) }
            return .commands([.addNote(target: arguments[0], text: arguments.dropFirst().joined(separator: " "))])
        case "enrol", "inscrire":
            guard need(2) else { return .error(UIText.missingArguments(verb, l)) }
            return .commands([.enrol(holder: arguments[0], cohort: arguments[1])])
        case "cancel":
            guard need(1) else { return .error(UIText.missingArguments(verb, l)) }
            return .commands([.cancelSession(session: arguments[0])])
        default:
            return .error(UIText.unknownVerb(verb, l))
        }
    }

    /// `stage` and `status` take a holder or a project: a holder with one project stands
    /// for that project (the domain resolves the project reference itself).
    static func project(_ reference: String, _ state: State) -> String {
        let resolver = Resolver(state)
        if (try? resolver.project(reference)) != nil { return reference }
        if let holder = try? resolver.holder(reference) {
            let projects = state.projects(holder: holder.id)
            if projects.count == 1 { return projects[0].id }
        }
        return reference
    }
}

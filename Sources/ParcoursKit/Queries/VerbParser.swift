import ParcoursDomain

/// The command line's verbs typed as one line (the interface's `:` prompt): words split
/// with quotes respected, turned into the same domain `Command`s the `parcours` command
/// line builds. References stay as typed: `decide` resolves them with the domain's
/// `Resolver` (a holder with one project stands for that project in `stage` and
/// `status`), so a reference means the same thing whichever interface it was typed in.
public enum VerbParser {
    /// What a line asks for.
    public enum Outcome: Equatable, Sendable {
        /// Domain commands to perform in order (none for an empty line).
        case commands([Command])
        case sync
        case quit
        case help
        /// A correction or a right the interface takes in a form, for what is selected or
        /// for the holder named after the verb (`:modifier`, `:effacer Léa Martin`).
        case form(FormVerb, holder: String?)
        /// The headcount form of the open event selected, or of the one named
        /// (`:effectif` alone, or with the event's title and no category).
        case headcountForm(event: String?)
        case problem(Problem)
    }

    /// What the verbs that open a form of the interface ask for.
    public enum FormVerb: String, Equatable, Sendable, CaseIterable {
        case edit, remove, merge, transfer, erase, consent, situation
        // After the programme, the project's path, evaluations (issue 17): the name after
        // them is a project or its holder (`followUp`, `milestone`, `need`, `legalForm`),
        // a holder (`questionnaire`, `jury`) or a session (`sheet`).
        case followUp, followUps, questionnaire, sheet, milestone, need, legalForm, jury
        // Ideas before holders (issue 18): the view (`ideas`, `calls`), a new idea (the
        // words after it are its title), an idea's status and its adoption (an idea named).
        case ideas, calls, idea, ideaStatus, adopt
    }

    /// Why a line was not understood; the interface words it in its language.
    public enum Problem: Equatable, Sendable {
        case unclosedQuote
        /// The verb needs more arguments (or an option lacks its value).
        case missingArguments(verb: String)
        /// A mark, stage or status that names none.
        case invalidValue(String)
        /// A `--date` that is not `YYYY-MM-DD`.
        case invalidDate(String)
        case unknownVerb(String)
    }

    /// Splits on spaces; "…", '…' and «…» group words when they open a word (so an
    /// apostrophe inside a French word, as in l'idée, stays a letter). Nil when a quote
    /// is left open.
    public static func tokens(_ line: String) -> [String]? {
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

    /// Options that take no value; every other `--name` takes the next word.
    static let flags: Set<String> = ["remote", "no-remote", "all", "clear", "remove"]

    /// A form verb, with the holder named after it (the words joined: quotes are not
    /// needed around a name).
    static func form(_ verb: FormVerb, _ arguments: [String]) -> Outcome {
        let name = arguments.joined(separator: " ").trimmingCharacters(in: .whitespaces)
        return .form(verb, holder: name.isEmpty ? nil : name)
    }

    /// `suivi PROJET` opens the follow-up form; with `--wave` (`--vague`) it records at once,
    /// as `parcours followup record PROJECT --wave W --activity A` does (the words of the
    /// project joined; options in English or French).
    static func followUp(_ words: [String], _ options: [String: String], verb: String) -> Outcome {
        var arguments = words
        if let first = arguments.first, ["record", "enregistrer"].contains(first.lowercased()) { arguments.removeFirst() }
        guard let waveText = options["wave"] ?? options["vague"] else { return form(.followUp, arguments) }
        let project = arguments.joined(separator: " ").trimmingCharacters(in: .whitespaces)
        guard !project.isEmpty, let activityText = options["activity"] ?? options["activite"] ?? options["activité"] else {
            return .problem(.missingArguments(verb: verb))
        }
        guard let wave = months(waveText) else { return .problem(.invalidValue(waveText)) }
        guard let activity = Vocabulary.followUpActivity(activityText) else { return .problem(.invalidValue(activityText)) }
        func jobs(_ names: [String]) -> Int?? {
            guard let text = names.lazy.compactMap({ options[$0] }).first else { return .some(nil) }
            guard let n = Int(text.trimmingCharacters(in: .whitespaces)), n >= 0 else { return nil }
            return .some(n)
        }
        guard let created = jobs(["jobs-created", "emplois-crees", "emplois-créés"]) else {
            return .problem(.invalidValue(options["jobs-created"] ?? options["emplois-crees"] ?? options["emplois-créés"] ?? ""))
        }
        guard let kept = jobs(["jobs-kept", "emplois-maintenus"]) else {
            return .problem(.invalidValue(options["jobs-kept"] ?? options["emplois-maintenus"] ?? ""))
        }
        var date: Day?
        if let text = options["date"] {
            guard let day = Day(iso: text) else { return .problem(.invalidDate(text)) }
            date = day
        }
        let draft = FollowUpDraft(activity: activity, jobsCreated: created, jobsKept: kept, structure: options["structure"],
                                  date: date, note: options["note"])
        return .commands([.recordFollowUp(project: project, wave: wave, draft)])
    }

    /// A wave as the command line takes it: `6m` (`6mois`), `1y` (`1a`, `1an`, `1ans`), from 1 month to 100 years.
    public static func months(_ text: String) -> Int? {
        let t = text.trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(of: " ", with: "")
        let digits = t.prefix { $0.isNumber }, unit = t.dropFirst(digits.count)
        guard let n = Int(digits), n > 0, n <= 1200 else { return nil }
        switch unit {
        case "y", "a", "an", "ans": return n <= 100 ? n * 12 : nil
        case "m", "mois": return n
        default: return nil
        }
    }

    /// Parses one line; `author` is whose actions `undo` and `redo` act on.
    public static func parse(_ line: String, author: String) -> Outcome {
        guard var words = tokens(line) else { return .problem(.unclosedQuote) }
        guard !words.isEmpty else { return .commands([]) }
        let verb = words.removeFirst().lowercased()
        // Options (--remote, --note TEXT…) may come anywhere after the verb.
        var options: [String: String] = [:]
        // Every value of an option that may come several times (`--criterion A --criterion B`).
        var repeated: [String: [String]] = [:]
        var given = Set<String>()
        var arguments: [String] = []
        var i = 0
        while i < words.count {
            let word = words[i]
            if word.hasPrefix("--") {
                let name = String(word.dropFirst(2))
                if flags.contains(name) {
                    given.insert(name)
                } else if i + 1 < words.count {
                    options[name] = words[i + 1]
                    repeated[name, default: []].append(words[i + 1])
                    i += 1
                } else {
                    return .problem(.missingArguments(verb: verb))
                }
            } else {
                arguments.append(word)
            }
            i += 1
        }
        let missing = Outcome.problem(.missingArguments(verb: verb))
        switch verb {
        case "q", "quit", "quitter", "exit": return .quit
        case "help", "aide", "?": return .help
        case "sync", "synchro", "synchroniser": return .sync
        case "undo", "annuler": return .commands([.undo(author: author)])
        case "redo", "retablir", "rétablir": return .commands([.redo(author: author)])
        case "attend", "presence", "présence":
            if given.contains("all") {
                guard arguments.count >= 1 else { return missing }
                return .commands([.markAllPresent(session: arguments[0])])
            }
            guard arguments.count >= 3 else { return missing }
            guard let mark = Vocabulary.mark(arguments[2]) else { return .problem(.invalidValue(arguments[2])) }
            let remote: Bool? = given.contains("remote") ? true : given.contains("no-remote") ? false : nil
            return .commands([.attend(session: arguments[0], holder: arguments[1], mark: mark, remote: remote,
                                      remark: options["remark"])])
        case "stage", "etape", "étape":
            guard arguments.count >= 2 else { return missing }
            guard let stage = Vocabulary.stage(arguments[1]) else { return .problem(.invalidValue(arguments[1])) }
            var date: Day?
            if let text = options["date"] {
                guard let day = Day(iso: text) else { return .problem(.invalidDate(text)) }
                date = day
            }
            return .commands([.setStage(project: arguments[0], stage: stage, note: options["note"], date: date)])
        case "status", "statut":
            guard arguments.count >= 2 else { return missing }
            guard let status = Vocabulary.status(arguments[1]) else { return .problem(.invalidValue(arguments[1])) }
            return .commands([.setStatus(project: arguments[0], status: status, destinationName: options["to"],
                                         note: options["note"])])
        case "note":
            guard arguments.count >= 2 else { return missing }
            return .commands([.addNote(target: arguments[0], text: arguments.dropFirst().joined(separator: " "))])
        case "enrol", "inscrire":
            guard arguments.count >= 2 else { return missing }
            return .commands([.enrol(holder: arguments[0], cohort: arguments[1])])
        case "cancel":
            guard arguments.count >= 1 else { return missing }
            return .commands([.cancelSession(session: arguments[0])])
        case "held", "tenue", "tenu":
            // `parcours session held`: the session's title needs no quotes here.
            guard !arguments.isEmpty else { return missing }
            return .commands([.holdSession(session: arguments.joined(separator: " "))])
        case "headcount", "effectif", "comptage":
            return headcount(arguments, options: options, clear: given.contains("clear"), verb: verb)
        case "event", "evenement", "événement":
            return event(arguments, options: options, remote: given.contains("remote"), verb: verb)
        case "edit", "modifier", "corriger": return form(.edit, arguments)
        case "remove", "retirer": return form(.remove, arguments)
        case "merge", "fusionner": return form(.merge, arguments)
        case "transfer", "transferer", "transférer": return form(.transfer, arguments)
        case "erase", "effacer": return form(.erase, arguments)
        case "consent", "consentement": return form(.consent, arguments)
        case "situation": return form(.situation, arguments)
        case "suivi", "followup", "follow-up": return followUp(arguments, options, verb: verb)
        case "suivis", "followups", "follow-ups": return .form(.followUps, holder: nil)
        case "questionnaire", "reponses", "réponses", "answers": return form(.questionnaire, arguments)
        case "feuille", "sheet": return form(.sheet, arguments)
        case "jalon", "milestone": return form(.milestone, arguments)
        case "besoin", "need": return form(.need, arguments)
        case "forme", "forme-juridique", "legal-form", "legalform": return form(.legalForm, arguments)
        case "jury": return form(.jury, arguments)
        case "appel", "call", "ami-candidature":
            return call(arguments, options: options, repeated: repeated, remove: given.contains("remove"), verb: verb)
        case "contact": return contact(arguments, options: options, verb: verb)
        case "partenaire", "partner": return partner(arguments, options: options, verb: verb)
        case "idees", "idées", "ideas": return .form(.ideas, holder: nil)
        case "appels", "calls", "ami": return .form(.calls, holder: nil)
        case "idee", "idée", "idea": return form(.idea, arguments)
        case "statut-idee", "statut-idée", "idea-status": return form(.ideaStatus, arguments)
        case "adopter", "adopt": return form(.adopt, arguments)
        default:
            return .problem(.unknownVerb(verb))
        }
    }

    /// `headcount EVENT CATEGORY=NUMBER… [--total N]` or `headcount EVENT --clear`, as
    /// `parcours headcount` takes them. The event is the words before the first
    /// `CATEGORY=NUMBER` (no quotes needed); a category of several words is quoted
    /// (`"bénévoles associatifs=3"`). No event: the form, on the selection; an event
    /// and nothing counted: its form.
    static func headcount(_ arguments: [String], options: [String: String], clear: Bool, verb: String) -> Outcome {
        let eventWords = arguments.prefix { !$0.contains("=") }
        let event = eventWords.joined(separator: " ")
        let counts = arguments.dropFirst(eventWords.count)
        if clear {
            guard !event.isEmpty else { return .problem(.missingArguments(verb: verb)) }
            guard counts.isEmpty, options["total"] == nil else { return .problem(.invalidValue("--clear")) }
            return .commands([.clearHeadcount(event: event)])
        }
        if counts.isEmpty && options["total"] == nil { return .headcountForm(event: event.isEmpty ? nil : event) }
        guard !event.isEmpty else { return .problem(.missingArguments(verb: verb)) }
        var audiences: [AudienceInput] = []
        for word in counts {
            guard let audience = Vocabulary.audience(word) else { return .problem(.invalidValue(word)) }
            audiences.append(audience)
        }
        var total: Int?
        if let text = options["total"] {
            guard let value = Int(text) else { return .problem(.invalidValue(text)) }
            total = value
        }
        return .commands([.recordHeadcount(event: event, HeadcountInput(audiences: audiences, total: total))])
    }

    /// `event add COHORT_OR_PROGRAMME TITLE --date D --kind K [--time HH:MM] [--duration 2h]
    /// [--venue V] [--remote]` and `event cancel EVENT`, as `parcours event` takes them.
    static func event(_ arguments: [String], options: [String: String], remote: Bool, verb: String) -> Outcome {
        let missing = Outcome.problem(.missingArguments(verb: verb))
        guard let sub = arguments.first.map({ Vocabulary.fold($0) }) else { return missing }
        let rest = Array(arguments.dropFirst())
        switch sub {
        case "add", "ajouter", "prevoir":
            guard rest.count >= 2, let dateText = options["date"], let kindText = options["kind"] else {
                return missing
            }
            guard let date = Day(iso: dateText) else { return .problem(.invalidDate(dateText)) }
            guard let kind = Vocabulary.openEventKind(kindText) else { return .problem(.invalidValue(kindText)) }
            var time: ClockTime?
            if let text = options["time"] {
                guard let value = ClockTime(parse: text) else { return .problem(.invalidValue(text)) }
                time = value
            }
            var duration: TimeSpan?
            if let text = options["duration"] {
                guard let value = TimeSpan.parse(text) else { return .problem(.invalidValue(text)) }
                duration = value
            }
            return .commands([.addOpenEvent(target: rest[0], OpenEventDraft(
                title: rest[1], kind: kind, date: date, time: time, duration: duration,
                venue: options["venue"], remote: remote))])
        case "cancel", "annuler":
            guard !rest.isEmpty else { return missing }
            return .commands([.cancelOpenEvent(event: rest.joined(separator: " "))])
        default:
            return .problem(.invalidValue(arguments[0]))
        }
    }
}

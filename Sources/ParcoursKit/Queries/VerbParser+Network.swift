import ParcoursDomain

/// The interface's `:` verbs for what a network records about calls for applications,
/// organisations' contacts and partners — the same arguments as `parcours call`,
/// `parcours organisation contact add` and `parcours programme partner`, turned into
/// the same commands, so the interface can record what it shows.
extension VerbParser {
    /// `call add PROGRAMME TITLE [--cohort C] [--opens D] [--closes D] [--source S]
    /// [--criterion TEXT]…`, `call apply CALL HOLDER [--date D] [--remove]`,
    /// `call check CALL HOLDER [--met N]… [--unmet N]… [--unchecked N]…`.
    static func call(_ arguments: [String], options: [String: String], repeated: [String: [String]], remove: Bool,
                     verb: String) -> Outcome {
        let missing = Outcome.problem(.missingArguments(verb: verb))
        guard let sub = arguments.first.map({ Vocabulary.fold($0) }) else { return missing }
        let rest = Array(arguments.dropFirst())
        /// An optional date option: nil when absent, `.problem` when it is not a date.
        var wrong: Problem?
        func day(_ name: String) -> Day? {
            guard let text = options[name] else { return nil }
            guard let day = Day(iso: text) else { wrong = wrong ?? .invalidDate(text); return nil }
            return day
        }
        switch sub {
        case "add", "ajouter", "ouvrir":
            guard rest.count >= 2 else { return missing }
            let opens = day("opens"), closes = day("closes")
            if let wrong { return .problem(wrong) }
            return .commands([.addCall(programme: rest[0], CallDraft(
                title: rest[1], cohort: options["cohort"], opens: opens, closes: closes, source: options["source"],
                criteria: repeated["criterion"] ?? repeated["critere"] ?? []))])
        case "apply", "candidature", "candidater", "postuler":
            guard rest.count >= 2 else { return missing }
            if remove { return .commands([.removeApplication(call: rest[0], holder: rest[1])]) }
            let date = day("date")
            if let wrong { return .problem(wrong) }
            return .commands([.applyToCall(call: rest[0], holder: rest[1], date: date)])
        case "check", "verifier", "critere", "criteres":
            let met = repeated["met"] ?? repeated["rempli"] ?? [], unmet = repeated["unmet"] ?? repeated["non-rempli"] ?? []
            let unchecked = repeated["unchecked"] ?? repeated["a-verifier"] ?? []
            guard rest.count >= 2, !(met.isEmpty && unmet.isEmpty && unchecked.isEmpty) else { return missing }
            return .commands([.checkApplication(call: rest[0], holder: rest[1], met: met, unmet: unmet, unchecked: unchecked)])
        default:
            return .problem(.invalidValue(arguments[0]))
        }
    }

    /// `contact add ORGANISATION NAME [--role R] [--email E] [--phone P] [--from D] [--to D]`.
    static func contact(_ arguments: [String], options: [String: String], verb: String) -> Outcome {
        let missing = Outcome.problem(.missingArguments(verb: verb))
        guard let sub = arguments.first.map({ Vocabulary.fold($0) }) else { return missing }
        let rest = Array(arguments.dropFirst())
        guard ["add", "ajouter"].contains(sub) else { return .problem(.invalidValue(arguments[0])) }
        guard rest.count >= 2 else { return missing }
        var days: [String: Day] = [:]
        for name in ["from", "to"] {
            guard let text = options[name] else { continue }
            guard let day = Day(iso: text) else { return .problem(.invalidDate(text)) }
            days[name] = day
        }
        return .commands([.addContact(organisation: rest[0], ContactDraft(
            name: rest[1], role: options["role"], email: options["email"], phone: options["phone"],
            from: days["from"], to: days["to"]))])
    }

    /// `partner PROGRAMME ORGANISATION --role ROLE` (a role of the list: financeur,
    /// opérationnel, prescripteur, intervenant, témoin, lieu d'accueil).
    static func partner(_ arguments: [String], options: [String: String], verb: String) -> Outcome {
        guard arguments.count >= 2, let role = options["role"] else { return .problem(.missingArguments(verb: verb)) }
        return .commands([.addPartner(programme: arguments[0], organisationName: arguments[1], role: role)])
    }
}

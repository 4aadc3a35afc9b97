import ParcoursDomain

extension PersonRecord {
    /// The idea a project was adopted from, in the person's copy: when and where it was
    /// detected, the need, and the idea's moves up to its adoption.
    static func ideaLines(_ idea: Details.IdeaDetail, _ l: Language) -> [String] {
        let fr = l == .fr
        func e(_ text: String) -> String { MarkdownText.escape(text) }
        func status(_ id: String) -> String { IdeaStatus(rawValue: id).map { Catalog.label($0, l) } ?? id }
        var lines = ["- " + (fr ? "Adopté le \(idea.adopted ?? "") depuis l'idée « \(e(idea.title)) » de \(e(idea.programme)), détectée le \(idea.detected)"
                                : "Adopted on \(idea.adopted ?? "") from the idea “\(e(idea.title))” of \(e(idea.programme)), detected on \(idea.detected)")]
        if let source = idea.source { lines.append("- Source : \(e(source))") }
        if let need = idea.need { lines.append("- \(fr ? "Besoin" : "Need") : \(e(need))") }
        for move in idea.history {
            lines.append("- \(move.date) \(e(status(move.from))) → \(e(status(move.to)))" + (move.reason.map { " — \(e($0))" } ?? ""))
        }
        return lines
    }

    /// The person's applications to calls, each criterion with its check.
    static func applicationLines(_ applications: [Details.ApplicationLine], _ l: Language) -> [String] {
        guard !applications.isEmpty else { return [] }
        func e(_ text: String) -> String { MarkdownText.escape(text) }
        func check(_ id: String) -> String { Catalog.check(id == "met" ? true : id == "unmet" ? false : nil, l) }
        var lines = ["", "## " + (l == .fr ? "Candidatures" : "Applications"), ""]
        for a in applications {
            let eligibility = Eligibility(rawValue: a.eligibility).map { Catalog.label($0, l) } ?? a.eligibility
            lines.append("- \(a.date) \(e(a.call)) : \(e(eligibility))")
            for c in a.checks { lines.append("  - \(c.number). \(e(c.criterion)) : \(e(check(c.check)))") }
        }
        return lines
    }
}

import ParcoursDomain
import ParcoursKit

extension ShowText {
    private func words(_ french: String, _ english: String) -> String { language == .fr ? french : english }
    private func ideaStatus(_ id: String) -> String { IdeaStatus(rawValue: id).map { Catalog.label($0, language) } ?? id }

    func idea(_ d: Details.IdeaDetail) {
        print("\(d.title)  (\(d.id))")
        print("  \(words("Dispositif :", "Programme:")) \(d.programme)")
        print("  \(words("Statut :", "Status:")) \(ideaStatus(d.status)) \(words("depuis le", "since")) \(d.statusSince)")
        ideaFacts(d, indent: "  ")
        changes(d.changes, indent: "  ")
    }

    /// Where an idea came from and how it moved (also under a project adopted from it).
    func ideaFacts(_ d: Details.IdeaDetail, indent: String) {
        print("\(indent)\(words("Détectée le :", "Detected on:")) \(d.detected)")
        if let source = d.source { print("\(indent)Source\(words(" :", ":")) \(source)") }
        if let need = d.need { print("\(indent)\(words("Besoin :", "Need:")) \(need)") }
        if let commune = d.commune { print("\(indent)\(words("Commune :", "Town:")) \(commune)") }
        if let holder = d.holder, let project = d.project {
            print("\(indent)\(words("Adoptée le", "Adopted on")) \(d.adopted ?? "") \(words("par", "by")) \(holder) — "
                  + words("projet « \(project) »", "project “\(project)”"))
        }
        for move in d.history {
            print("\(indent)\(move.date)  \(ideaStatus(move.from)) → \(ideaStatus(move.to))  (\(move.author))"
                  + (move.reason.map { " — \($0)" } ?? ""))
        }
    }

    /// The idea a project was adopted from, under the project.
    func ideaOrigin(_ d: Details.IdeaDetail, indent: String) {
        print(indent + words("Né de l'idée « \(d.title) » (\(d.programme))", "From the idea “\(d.title)” (\(d.programme))"))
        var origin = d
        origin.holder = nil
        origin.project = nil
        ideaFacts(origin, indent: indent + "  ")
    }

    func call(_ d: Details.CallDetail) {
        print("\(d.title)  (\(d.id))")
        print("  \(words("Dispositif :", "Programme:")) \(d.programme)" + (d.cohort.map { words(" › promotion ", " › cohort ") + $0 } ?? ""))
        if let source = d.source { print("  Source\(words(" :", ":")) \(source)") }
        if d.opens != nil || d.closes != nil {
            print("  \(words("Ouvert :", "Open:")) \([d.opens, d.closes].map { $0 ?? "…" }.joined(separator: " → "))")
        }
        if !d.criteria.isEmpty {
            print("  \(words("Critères d'éligibilité :", "Eligibility criteria:"))")
            for (index, criterion) in d.criteria.enumerated() { print("    \(index + 1). \(criterion)") }
        }
        print("  \(words("Candidatures :", "Applications:")) \(d.applications.count)")
        applications(d.applications, showCall: false, indent: "    ")
    }

    /// Applications with their checklists (under a call, or under a holder).
    func applications(_ lines: [Details.ApplicationLine], showCall: Bool, indent: String) {
        for a in lines {
            let eligibility = Eligibility(rawValue: a.eligibility).map { Catalog.label($0, language) } ?? a.eligibility
            print("\(indent)\(a.date)  \(showCall ? a.call : a.holder) — \(eligibility)")
            for c in a.checks {
                let check = Catalog.check(c.check == "met" ? true : c.check == "unmet" ? false : nil, language)
                print("\(indent)  \(c.number). \(c.criterion)" + words(" : ", ": ") + check)
            }
        }
    }
}

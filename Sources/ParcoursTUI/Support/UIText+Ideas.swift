import ParcoursDomain

/// The strings with values of the ideas view and its forms (issue 18).
extension UIText {
    /// "dispositif : tous (p)" above the ideas table.
    static func programmeFilter(_ name: String, _ l: Language) -> String {
        l == .fr ? "dispositif : \(name) (p)" : "programme: \(name) (p)"
    }

    /// "détectée (3)": a status group's first row says how many ideas it holds; `short`
    /// on a narrow screen, so the ideas' titles keep the room ("porteur identifié" is an
    /// idea adopted, "en étude d'opportunité" one under study).
    static func statusGroup(_ status: IdeaStatus, _ n: Int, short: Bool, _ l: Language) -> String {
        (short ? ideaStatusShort(status, l) : Catalog.label(status, l)) + " (\(n))"
    }

    static func ideaStatusShort(_ status: IdeaStatus, _ l: Language) -> String {
        let fr = l == .fr
        switch status {
        case .detectee: return fr ? "détectée" : "detected"
        case .retenue: return fr ? "retenue" : "retained"
        case .enEtude: return fr ? "en étude" : "studied"
        case .recherchePorteur: return fr ? "cherche porteur" : "seeks holder"
        case .porteurIdentifie: return fr ? "adoptée" : "taken up"
        case .ecartee: return fr ? "écartée" : "set aside"
        }
    }

    /// "« Incubateur de projets » — en étude d'opportunité depuis le 04/03/2019".
    static func ideaStanding(_ idea: Idea, _ l: Language) -> String {
        Texts.quoted(idea.title, l) + " — " + Catalog.label(idea.status, l) + " "
            + since(Texts.numericDay(idea.statusSince, l), l)
    }

    static func adoptNote(_ idea: Idea, holder: String, _ l: Language) -> String {
        l == .fr ? "\(Texts.quoted(idea.title, l)) devient le projet de \(holder), avec l’historique de l’idée."
            : "\(Texts.quoted(idea.title, l)) becomes \(holder)'s project, with the idea's history."
    }

    static func adoptByNewHolderNote(_ idea: Idea, _ l: Language) -> String {
        l == .fr ? "\(Texts.quoted(idea.title, l)) : le porteur trouvé est enregistré et adopte l’idée en une seule action (u annule les deux)."
            : "\(Texts.quoted(idea.title, l)): the holder found is recorded and takes the idea up in one action (u undoes both)."
    }

    /// "11 idées, 4 adoptées · i" beside a programme's name on the dashboard.
    static func ideasOnProgramme(_ n: Int, adopted: Int, _ l: Language) -> String {
        l == .fr ? "\(n) idée\(n > 1 ? "s" : ""), \(adopted) adoptée\(adopted > 1 ? "s" : "") · i : les voir"
            : "\(n) idea\(n == 1 ? "" : "s"), \(adopted) taken up · i: see them"
    }

    /// "02/11 → 10/12/2021", "—" without dates.
    static func callDates(_ call: CallForApplications, _ l: Language) -> String {
        switch (call.opens, call.closes) {
        case (let o?, let c?): return Texts.numericDay(o, l) + " → " + Texts.numericDay(c, l)
        case (let o?, nil): return (l == .fr ? "dès le " : "from ") + Texts.numericDay(o, l)
        case (nil, let c?): return (l == .fr ? "jusqu’au " : "until ") + Texts.numericDay(c, l)
        case (nil, nil): return "—"
        }
    }

    /// "Crèche Les Petits Pas : éligible (1 ✓ 2 ✓ 3 ✓)".
    static func applicant(_ name: String, _ application: Application, _ call: CallForApplications, _ l: Language) -> String {
        let checks = call.criteria.indices.map { i in
            "\(i + 1) " + (application.check(i).map { $0 ? "✓" : "✗" } ?? "?")
        }.joined(separator: " ")
        let eligibility = Catalog.label(application.eligibility(criteria: call.criteria.count), l)
        return name + (l == .fr ? " : " : ": ") + eligibility + (checks.isEmpty ? "" : " (\(checks))")
    }

    /// A history of moves, the latest first: "14/06/2021 porteur identifié — …".
    static func history(_ idea: Idea, _ l: Language) -> String {
        idea.history.reversed().map { change in
            Texts.numericDay(change.date, l) + " " + Catalog.label(change.to, l) + (change.reason.map { " — " + $0 } ?? "")
        }.joined(separator: " · ")
    }

    /// An idea verb typed where no idea is selected.
    static func ideaVerbNeedsSelection(_ verb: String, _ l: Language) -> String {
        l == .fr ? "« \(verb) » : sélectionnez une idée dans la vue Idées (i au tableau de bord) ou nommez-la (:\(verb) Incubateur)."
            : "“\(verb)”: select an idea in the Ideas view (i on the dashboard) or name it (:\(verb) Incubator)."
    }

    /// "Issu de l'idée « Incubateur » (Fabrique…), détectée le 22/11/2018 — source : séminaire".
    static func fromIdea(_ idea: Idea, programme: String, _ l: Language) -> String {
        let source = idea.source.map { (l == .fr ? " — source : " : " — source: ") + $0 } ?? ""
        return l == .fr
            ? "Issu de l’idée \(Texts.quoted(idea.title, l)) (\(programme)), détectée le \(Texts.numericDay(idea.detected, l))\(source)"
            : "From the idea \(Texts.quoted(idea.title, l)) (\(programme)), detected on \(Texts.numericDay(idea.detected, l))\(source)"
    }
}

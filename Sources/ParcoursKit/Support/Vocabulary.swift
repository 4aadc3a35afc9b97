import Foundation
import ParcoursDomain

/// Reads the closed vocabularies from what people type or what spreadsheets hold: the
/// ASCII id (`etude`) or a French or English label (`Étude`, `study`), compared case-
/// and accent-insensitively, with spaces, hyphens and apostrophes ignored.
public enum Vocabulary {
    public static func fold(_ text: String) -> String {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "fr"))
        return String(folded.unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }.map(Character.init))
    }

    /// The case whose id or label (in either language) matches `text`.
    public static func match<T: CaseIterable & RawRepresentable>(_ text: String, in type: T.Type,
                                                                   labels: (T, Language) -> String) -> T?
    where T.RawValue == String {
        let key = fold(text)
        guard !key.isEmpty else { return nil }
        for value in T.allCases where fold(value.rawValue) == key { return value }
        for value in T.allCases {
            for language in Language.allCases where fold(labels(value, language)) == key { return value }
        }
        // An inclusive label's masculine form alone ("coordinateur" for "coordinateur·rice").
        for value in T.allCases {
            for language in Language.allCases {
                let label = labels(value, language)
                if label.contains("·"), fold(String(label.prefix { $0 != "·" })) == key { return value }
            }
        }
        // A label's first word alone ("Étude" for "Étude d'opportunité").
        for value in T.allCases {
            for language in Language.allCases {
                let first = labels(value, language).split(whereSeparator: { $0 == " " || $0 == "/" }).first.map(String.init) ?? ""
                if fold(first) == key { return value }
            }
        }
        return nil
    }

    public static func stage(_ text: String) -> Stage? { match(text, in: Stage.self, labels: Catalog.label) }
    public static func status(_ text: String) -> ProjectStatus? { match(text, in: ProjectStatus.self, labels: Catalog.label) }
    public static func participation(_ text: String) -> ParticipationStatus? {
        match(text, in: ParticipationStatus.self, labels: Catalog.label)
    }
    public static func mark(_ text: String) -> Mark? {
        switch fold(text) {
        case "p": return .present
        case "a": return .absent
        case "e", "x": return .excuse
        case "excused": return .excuse
        default: return match(text, in: Mark.self, labels: Catalog.label)
        }
    }
    public static func sessionKind(_ text: String) -> SessionKind? { match(text, in: SessionKind.self, labels: Catalog.label) }
    public static func holderKind(_ text: String) -> HolderKind? { match(text, in: HolderKind.self, labels: Catalog.label) }
    public static func organisationKind(_ text: String) -> OrganisationKind? {
        match(text, in: OrganisationKind.self, labels: Catalog.label)
    }
    public static func territoryLevel(_ text: String) -> TerritoryLevel? {
        match(text, in: TerritoryLevel.self, labels: Catalog.label)
    }
    public static func staffRole(_ text: String) -> StaffRole? { match(text, in: StaffRole.self, labels: Catalog.label) }
    public static func cohortStatus(_ text: String) -> CohortStatus? { match(text, in: CohortStatus.self, labels: Catalog.label) }
    public static func followUpActivity(_ text: String) -> FollowUpActivity? {
        match(text, in: FollowUpActivity.self, labels: Catalog.label)
    }
    public static func needKind(_ text: String) -> NeedKind? { match(text, in: NeedKind.self, labels: Catalog.label) }
    public static func questionnaireKind(_ text: String) -> QuestionnaireKind? {
        switch fold(text) {
        case "entree", "accueil": return .intake
        case "fin", "findeparcours": return .exit
        default: return match(text, in: QuestionnaireKind.self, labels: Catalog.label)
        }
    }
    public static func questionType(_ text: String) -> QuestionType? {
        switch fold(text) {
        case "ouinon", "yesno", "bool": return .yesNo
        case "note", "score", "0a10", "0to10": return .scale
        default: return match(text, in: QuestionType.self, labels: Catalog.label)
        }
    }
    /// A level of the jury's grid: its id, a label, or its rank 1–4.
    public static func juryLevel(_ text: String) -> JuryLevel? {
        if let rank = Int(fold(text)), (1...JuryLevel.allCases.count).contains(rank) { return JuryLevel.allCases[rank - 1] }
        return match(text, in: JuryLevel.self, labels: Catalog.label)
    }
    public static func juryDecision(_ text: String) -> JuryDecision? {
        switch fold(text) {
        case "continuer", "poursuite": return .poursuivre
        case "orientation", "orienté", "oriente", "referon": return .orienter
        case "reorientation", "reoriente": return .reorienter
        case "arret", "stopper": return .arreter
        default: return match(text, in: JuryDecision.self, labels: Catalog.label)
        }
    }
}

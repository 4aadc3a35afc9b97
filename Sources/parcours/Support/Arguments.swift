import ArgumentParser
import ParcoursDomain
import ParcoursKit

// Readers for typed values: each failure names the value, the option and what is expected.

enum Arguments {
    static func day(_ text: String, _ option: String) throws -> Day {
        if let day = Day(iso: text) { return day }
        throw InputError(value: text, option: option, expectedFR: "une date réelle au format AAAA-MM-JJ",
                         expectedEN: "a real date as YYYY-MM-DD")
    }

    /// A day that may be cleared: "" (or "none", "aucune") clears it.
    static func clearableDay(_ text: String, _ option: String) throws -> Day? {
        if isClearing(text) { return nil }
        return try day(text, option)
    }

    /// A count that may be cleared ("" or "none").
    static func clearableCount(_ text: String, _ option: String, atLeast minimum: Int) throws -> Int? {
        if isClearing(text) { return nil }
        return try count(text, option, atLeast: minimum)
    }

    private static func isClearing(_ text: String) -> Bool {
        ["", "none", "aucun", "aucune"].contains(Vocabulary.fold(text))
    }

    /// yes or no (oui, non, true, false).
    static func yesNo(_ text: String, _ option: String) throws -> Bool {
        switch Vocabulary.fold(text) {
        case "yes", "oui", "true", "o", "y": return true
        case "no", "non", "false", "n": return false
        default: throw InputError(value: text, option: option, expectedFR: "yes ou no (oui, non)", expectedEN: "yes or no")
        }
    }

    /// A position in a list, from 1.
    static func position(_ text: String, _ option: String) throws -> Int {
        try count(text, option, atLeast: 1)
    }

    static func time(_ text: String, _ option: String) throws -> ClockTime {
        if let time = ClockTime(parse: text) { return time }
        throw InputError(value: text, option: option, expectedFR: "une heure HH:MM", expectedEN: "a time as HH:MM")
    }

    /// A session's duration: the domain's bounds (above zero, at most a day and a night),
    /// checked here too so the message names the option.
    static func duration(_ text: String, _ option: String) throws -> TimeSpan {
        if let span = TimeSpan.parse(text), (try? InputRules.duration(span)) != nil { return span }
        let most = InputRules.longestSession.minutes / 60
        throw InputError(value: text, option: option,
                         expectedFR: "une durée de plus de 0 et d’au plus \(most) h, comme 3h, 3h30, 90m ou 1j",
                         expectedEN: "a duration above 0 and at most \(most) h, such as 3h, 3h30, 90m or 1j (a day is 7 h)")
    }

    /// A whole number within bounds (`--capacity`, `--limit`…); a negative, zero, decimal
    /// or overflowing value names the option.
    static func count(_ text: String, _ option: String, atLeast minimum: Int, atMost maximum: Int = Int.max) throws -> Int {
        let digits = text.trimmingCharacters(in: .whitespaces)
        if let value = Int(digits), value >= minimum, value <= maximum { return value }
        throw InputError(value: text, option: option,
                         expectedFR: maximum == Int.max ? "un nombre entier d’au moins \(minimum)"
                                                        : "un nombre entier de \(minimum) à \(maximum)",
                         expectedEN: maximum == Int.max ? "a whole number, at least \(minimum)"
                                                        : "a whole number from \(minimum) to \(maximum)")
    }

    /// A period in months: `3y` (years, also `3a` / `3ans`), `18m` (months, also `18mois`).
    static func months(_ text: String, _ option: String) throws -> Int {
        let t = text.trimmingCharacters(in: .whitespaces).lowercased()
        let digits = t.prefix { $0.isNumber }, unit = t.dropFirst(digits.count)
        if let n = Int(digits), n > 0, n <= 1200 {
            switch unit {
            case "y", "a", "an", "ans": if n <= 100 { return n * 12 }
            case "m", "mois": return n
            default: break
            }
        }
        throw InputError(value: text, option: option,
                         expectedFR: "une durée comme 2y (ou 2ans) ou 18m (ou 18mois), de 1 mois à 100 ans",
                         expectedEN: "a period such as 2y or 18m, from 1 month to 100 years")
    }

    /// A generator seed: a whole number from 0.
    static func seed(_ text: String, _ option: String) throws -> UInt64 {
        if let value = UInt64(text.trimmingCharacters(in: .whitespaces)) { return value }
        throw InputError(value: text, option: option, expectedFR: "un nombre entier positif ou nul",
                         expectedEN: "a whole number, 0 or more")
    }

    static func stage(_ text: String, _ option: String) throws -> Stage {
        try closed(text, option, Vocabulary.stage, fr: "une étape parmi", en: "a stage among")
    }

    static func status(_ text: String, _ option: String) throws -> ProjectStatus {
        try closed(text, option, Vocabulary.status, fr: "un statut parmi", en: "a status among")
    }

    static func participation(_ text: String, _ option: String) throws -> ParticipationStatus {
        try closed(text, option, Vocabulary.participation, fr: "un statut de participation parmi",
                   en: "a participation status among")
    }

    static func mark(_ text: String, _ option: String) throws -> Mark {
        try closed(text, option, Vocabulary.mark, fr: "une présence parmi", en: "a mark among")
    }

    static func sessionKind(_ text: String, _ option: String) throws -> SessionKind {
        try closed(text, option, Vocabulary.sessionKind, fr: "un type parmi", en: "a kind among")
    }

    static func holderKind(_ text: String, _ option: String) throws -> HolderKind {
        try closed(text, option, Vocabulary.holderKind, fr: "un type parmi", en: "a kind among")
    }

    static func organisationKind(_ text: String, _ option: String) throws -> OrganisationKind {
        try closed(text, option, Vocabulary.organisationKind, fr: "un type parmi", en: "a kind among")
    }

    static func territoryLevel(_ text: String, _ option: String) throws -> TerritoryLevel {
        try closed(text, option, Vocabulary.territoryLevel, fr: "un niveau parmi", en: "a level among")
    }

    static func staffRole(_ text: String, _ option: String) throws -> StaffRole {
        try closed(text, option, Vocabulary.staffRole, fr: "un rôle parmi", en: "a role among")
    }

    static func cohortStatus(_ text: String, _ option: String) throws -> CohortStatus {
        try closed(text, option, Vocabulary.cohortStatus, fr: "un statut parmi", en: "a status among")
    }

    static func followUpActivity(_ text: String, _ option: String) throws -> FollowUpActivity {
        try closed(text, option, Vocabulary.followUpActivity, fr: "une activité parmi", en: "an activity among")
    }

    static func needKind(_ text: String, _ option: String) throws -> NeedKind {
        try closed(text, option, Vocabulary.needKind, fr: "un type de besoin parmi", en: "a kind of need among")
    }

    /// An amount in euros, whole or with cents ("6000", "6 000", "1234,50", "1234.5 €"),
    /// as cents. Thousands may be grouped with spaces only: "6,000" would read as six euros
    /// in French and six thousand in English, so a separator followed by three digits is refused.
    static func euros(_ text: String, _ option: String) throws -> Int {
        if let cents = Money.parse(text) { return cents }
        throw InputError(value: text, option: option,
                         expectedFR: "un montant en euros, entier ou avec des centimes (6000, 6 000, 1234,50)",
                         expectedEN: "an amount in euros, whole or with cents (6000, 6 000, 1234.50)")
    }

    /// An amount that may be cleared ("" or "none").
    static func clearableEuros(_ text: String, _ option: String) throws -> Int? {
        if isClearing(text) { return nil }
        return try euros(text, option)
    }

    /// A funder and what it gives: NAME=AMOUNT (euros) or NAME=SHARE% (of the cost).
    static func funder(_ text: String, _ option: String) throws -> FunderDraft {
        let expectedFR = "NOM=MONTANT (en euros) ou NOM=PART% (du coût), comme FSE=6000 ou FSE=60%"
        let expectedEN = "NAME=AMOUNT (euros) or NAME=SHARE% (of the cost), such as FSE=6000 or FSE=60%"
        guard let equals = text.lastIndex(of: "=") else {
            throw InputError(value: text, option: option, expectedFR: expectedFR, expectedEN: expectedEN)
        }
        let name = String(text[..<equals]), value = String(text[text.index(after: equals)...])
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        if trimmed.hasSuffix("%") {
            if let share = Money.parse(String(trimmed.dropLast()), currency: false) { return FunderDraft(name: name, share: share) }
        } else if let cents = Money.parse(trimmed) {
            return FunderDraft(name: name, amount: cents)
        }
        throw InputError(value: text, option: option, expectedFR: expectedFR, expectedEN: expectedEN)
    }

    static func questionnaireKind(_ text: String, _ option: String) throws -> QuestionnaireKind {
        try closed(text, option, Vocabulary.questionnaireKind, fr: "un type parmi", en: "a kind among")
    }

    static func questionType(_ text: String, _ option: String) throws -> QuestionType {
        try closed(text, option, Vocabulary.questionType, fr: "un type parmi", en: "a type among")
    }

    static func juryLevel(_ text: String, _ option: String) throws -> JuryLevel {
        try closed(text, option, Vocabulary.juryLevel, fr: "un niveau (1 à 4) parmi", en: "a level (1 to 4) among")
    }

    static func juryDecision(_ text: String, _ option: String) throws -> JuryDecision {
        try closed(text, option, Vocabulary.juryDecision, fr: "une décision parmi", en: "a decision among")
    }

    /// A value of a closed vocabulary; the error lists every accepted id.
    private static func closed<T: CaseIterable & RawRepresentable>(
        _ text: String, _ option: String, _ match: (String) -> T?, fr: String, en: String
    ) throws -> T where T.RawValue == String {
        if let value = match(text) { return value }
        let ids = T.allCases.map(\.rawValue).joined(separator: ", ")
        throw InputError(value: text, option: option, expectedFR: "\(fr) \(ids)", expectedEN: "\(en) \(ids)")
    }
}

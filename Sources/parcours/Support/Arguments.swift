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

    static func time(_ text: String, _ option: String) throws -> ClockTime {
        if let time = ClockTime(parse: text) { return time }
        throw InputError(value: text, option: option, expectedFR: "une heure HH:MM", expectedEN: "a time as HH:MM")
    }

    static func duration(_ text: String, _ option: String) throws -> TimeSpan {
        if let span = TimeSpan.parse(text), span.minutes > 0 { return span }
        throw InputError(value: text, option: option, expectedFR: "une durée comme 3h, 3h30, 90m ou 1j",
                         expectedEN: "a duration such as 3h, 3h30, 90m or 1j (a day is 7 h)")
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

    static func staffRole(_ text: String, _ option: String) throws -> StaffRole {
        try closed(text, option, Vocabulary.staffRole, fr: "un rôle parmi", en: "a role among")
    }

    static func cohortStatus(_ text: String, _ option: String) throws -> CohortStatus {
        try closed(text, option, Vocabulary.cohortStatus, fr: "un statut parmi", en: "a status among")
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

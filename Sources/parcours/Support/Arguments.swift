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
        if let stage = Vocabulary.stage(text) { return stage }
        throw InputError(value: text, option: option,
                         expectedFR: "une étape parmi " + Stage.allCases.map(\.rawValue).joined(separator: ", "),
                         expectedEN: "a stage among " + Stage.allCases.map(\.rawValue).joined(separator: ", "))
    }

    static func status(_ text: String, _ option: String) throws -> ProjectStatus {
        if let status = Vocabulary.status(text) { return status }
        let ids = ProjectStatus.allCases.map(\.rawValue).joined(separator: ", ")
        throw InputError(value: text, option: option, expectedFR: "un statut parmi \(ids)", expectedEN: "a status among \(ids)")
    }

    static func participation(_ text: String, _ option: String) throws -> ParticipationStatus {
        if let status = Vocabulary.participation(text) { return status }
        let ids = ParticipationStatus.allCases.map(\.rawValue).joined(separator: ", ")
        throw InputError(value: text, option: option, expectedFR: "un statut de participation parmi \(ids)",
                         expectedEN: "a participation status among \(ids)")
    }

    static func mark(_ text: String, _ option: String) throws -> Mark {
        if let mark = Vocabulary.mark(text) { return mark }
        throw InputError(value: text, option: option, expectedFR: "present, absent ou excuse",
                         expectedEN: "present, absent or excuse")
    }

    static func sessionKind(_ text: String, _ option: String) throws -> SessionKind {
        if let kind = Vocabulary.sessionKind(text) { return kind }
        let ids = SessionKind.allCases.map(\.rawValue).joined(separator: ", ")
        throw InputError(value: text, option: option, expectedFR: "un type parmi \(ids)", expectedEN: "a kind among \(ids)")
    }

    static func holderKind(_ text: String, _ option: String) throws -> HolderKind {
        if let kind = Vocabulary.holderKind(text) { return kind }
        let ids = HolderKind.allCases.map(\.rawValue).joined(separator: ", ")
        throw InputError(value: text, option: option, expectedFR: "un type parmi \(ids)", expectedEN: "a kind among \(ids)")
    }

    static func organisationKind(_ text: String, _ option: String) throws -> OrganisationKind {
        if let kind = Vocabulary.organisationKind(text) { return kind }
        let ids = OrganisationKind.allCases.map(\.rawValue).joined(separator: ", ")
        throw InputError(value: text, option: option, expectedFR: "un type parmi \(ids)", expectedEN: "a kind among \(ids)")
    }

    static func staffRole(_ text: String, _ option: String) throws -> StaffRole {
        if let role = Vocabulary.staffRole(text) { return role }
        let ids = StaffRole.allCases.map(\.rawValue).joined(separator: ", ")
        throw InputError(value: text, option: option, expectedFR: "un rôle parmi \(ids)", expectedEN: "a role among \(ids)")
    }

    static func cohortStatus(_ text: String, _ option: String) throws -> CohortStatus {
        if let status = Vocabulary.cohortStatus(text) { return status }
        let ids = CohortStatus.allCases.map(\.rawValue).joined(separator: ", ")
        throw InputError(value: text, option: option, expectedFR: "un statut parmi \(ids)", expectedEN: "a status among \(ids)")
    }
}

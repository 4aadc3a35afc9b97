import Foundation
import ParcoursKit
import ParcoursDomain

/// One valid line of a holders file, ready to become commands.
public struct HolderImportRow: Hashable, Sendable {
    public var line: Int
    public var draft: HolderDraft
    public var status: ParticipationStatus
    public var entryDate: Day?
    /// The holder already recorded for this line (same name and email, or same name and
    /// commune): nothing is created for them again.
    public var existing: EntityID?
    /// Whether that holder already has a participation in the cohort.
    public var alreadyEnrolled: Bool
}

/// What importing a holders file into a cohort would do, validated as a whole: built
/// only when every row is good (otherwise `ImportError.rejected` lists every problem).
/// Pure: reads the state, writes nothing.
public struct HolderImportPlan: Hashable, Sendable {
    public var cohort: EntityID
    public var cohortName: String
    public var rows: [HolderImportRow]
    /// Headers no field answers to (named in a notice, otherwise ignored).
    public var unknownColumns: [String]
    public var encoding: SpreadsheetEncoding
    public var separator: Character

    /// Rows that create a holder.
    public var newHolders: [HolderImportRow] { rows.filter { $0.existing == nil } }
    /// Rows whose holder is already recorded.
    public var alreadyThere: [HolderImportRow] { rows.filter { $0.existing != nil } }
    /// Rows whose holder is already recorded but not yet in the cohort.
    public var enrolOnly: [HolderImportRow] { rows.filter { $0.existing != nil && !$0.alreadyEnrolled } }
    /// Whether running the plan would write nothing.
    public var changesNothing: Bool { rows.allSatisfy { $0.existing != nil && $0.alreadyEnrolled } }

    /// Validates every row of `table` against `state`: every cell a command would carry
    /// follows the domain's `InputRules` (named by line and column), and an entry date is
    /// not after `today`.
    public static func make(table: SpreadsheetTable, state: State, cohort: EntityID,
                            status defaultStatus: ParticipationStatus = .inscrit,
                            today: Day) throws(ImportError) -> HolderImportPlan {
        let (columns, unknown) = ImportField.locate(table.header, among: [.name, .firstName, .project, .commune, .email,
                                                                           .phone, .stage, .status, .referredBy, .entryDate])
        guard columns[.name] != nil else { throw .missingColumn(.name, header: table.header) }
        func title(_ field: ImportField) -> String? { columns[field].map { table.header[$0] } }

        var problems: [ImportProblem] = []
        var rows: [HolderImportRow] = []
        var seen: [String: (line: Int, name: String)] = [:]
        let existing = state.holders.values.sorted { $0.id < $1.id }
        for row in table.rows {
            func value(_ field: ImportField) -> String? {
                let text = row[columns[field]]
                return text.isEmpty ? nil : text
            }
            var rowProblems: [ImportProblem] = []
            /// The cell as the domain would keep it, or nil with a problem at its column.
            func text(_ field: ImportField, _ rule: TextField) -> String? {
                do {
                    return try InputRules.optional(value(field), rule)
                } catch {
                    rowProblems.append(ImportProblem(line: row.line, column: title(field), kind: .refused(error)))
                    return nil
                }
            }
            // "Prénom" and "Nom" columns make "Léa Martin", as people say it.
            let last = text(.name, .holderName), first = text(.firstName, .holderName)
            var name = [first, last].compactMap { $0 }.joined(separator: " ")
            if value(.name) == nil {
                rowProblems.append(ImportProblem(line: row.line, column: title(.name), kind: .missingName))
            } else if rowProblems.isEmpty {
                do {
                    name = try InputRules.name(name, .holderName, empty: .holder)
                } catch {
                    rowProblems.append(ImportProblem(line: row.line, column: title(.name), kind: .refused(error)))
                }
            } else {
                name = ""
            }
            let project = text(.project, .projectTitle), commune = text(.commune, .commune)
            let email = text(.email, .email), phone = text(.phone, .phone)
            let referredBy = text(.referredBy, .organisationName)
            var stage: Stage?
            if let text = value(.stage) {
                stage = Vocabulary.stage(text)
                if stage == nil { rowProblems.append(ImportProblem(line: row.line, column: title(.stage), kind: .unknownStage(text))) }
            }
            var status = defaultStatus
            if let text = value(.status) {
                if let found = Vocabulary.participation(text) { status = found } else {
                    rowProblems.append(ImportProblem(line: row.line, column: title(.status), kind: .unknownStatus(text)))
                }
            }
            var entry: Day?
            if let text = value(.entryDate) {
                entry = ImportDate.parse(text)
                if entry == nil { rowProblems.append(ImportProblem(line: row.line, column: title(.entryDate), kind: .impossibleDate(text))) }
                do {
                    if let entry { try InputRules.past(entry, .entryDate, today: today) }
                } catch {
                    rowProblems.append(ImportProblem(line: row.line, column: title(.entryDate), kind: .refused(error)))
                }
            }
            if !name.isEmpty {
                let key = identity(name: name, email: email, commune: commune)
                if let first = seen[key] {
                    rowProblems.append(ImportProblem(line: row.line, column: nil, kind: .duplicate(name: name, firstLine: first.line)))
                } else {
                    seen[key] = (row.line, name)
                }
            }
            guard rowProblems.isEmpty else {
                problems += rowProblems
                continue
            }
            let draft = HolderDraft(name: name, commune: commune, email: email, phone: phone,
                                    referredByName: referredBy, projectTitle: project, stage: stage)
            let match = existing.first { sameHolder($0, name: name, email: email, commune: commune) }
            rows.append(HolderImportRow(line: row.line, draft: draft, status: status, entryDate: entry,
                                        existing: match?.id,
                                        alreadyEnrolled: match.map { state.participation(holder: $0.id, cohort: cohort) != nil } ?? false))
        }
        guard problems.isEmpty, table.problems.isEmpty else { throw .rejected(ImportProblem.inLineOrder(table.problems + problems)) }
        return HolderImportPlan(cohort: cohort, cohortName: state.cohorts[cohort]?.name ?? cohort, rows: rows,
                                unknownColumns: unknown, encoding: table.encoding, separator: table.separator)
    }

    /// Two lines are the same person when the names match and so do the emails, or, with
    /// no email on either side, the communes (or nothing else is known).
    static func identity(name: String, email: String?, commune: String?) -> String {
        let n = NameKey.of(name)
        if let email { return n + "|@" + email.lowercased() }
        return n + "|" + NameKey.of(commune ?? "")
    }

    /// Same name and email, or same name and commune: the import's rule for "already there".
    static func sameHolder(_ holder: Holder, name: String, email: String?, commune: String?) -> Bool {
        guard NameKey.of(holder.name) == NameKey.of(name) else { return false }
        if let email, let known = holder.email, email.lowercased() == known.lowercased() { return true }
        if let commune, let known = holder.commune, NameKey.of(commune) == NameKey.of(known) { return true }
        return email == nil && commune == nil && holder.email == nil && holder.commune == nil
    }
}

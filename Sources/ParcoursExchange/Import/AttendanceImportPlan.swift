import Foundation
import ParcoursKit
import ParcoursDomain

/// What importing an attendance sheet for one session would do, validated as a whole.
/// Names are matched (case- and accent-insensitively) among the holders expected at the
/// session. Pure: reads the state, writes nothing.
public struct AttendanceImportPlan: Hashable, Sendable {
    public struct Row: Hashable, Sendable {
        public var line: Int
        public var holder: EntityID
        public var holderName: String
        public var mark: Mark
        public var remark: String?
        /// The same mark is already recorded.
        public var alreadyThere: Bool

        func command(session: EntityID) -> Command {
            .attend(session: session, holder: holder, mark: mark, remark: remark)
        }
    }

    public var session: EntityID
    public var sessionTitle: String
    public var rows: [Row]
    public var unknownColumns: [String]
    public var encoding: SpreadsheetEncoding
    public var separator: Character

    /// Rows that record a mark (new or different).
    public var changes: [Row] { rows.filter { !$0.alreadyThere } }

    public static func make(table: SpreadsheetTable, state: State, session: EntityID) throws(ImportError) -> AttendanceImportPlan {
        let (columns, unknown) = ImportField.locate(table.header, among: [.name, .firstName, .attendance, .remark])
        guard columns[.name] != nil else { throw .missingColumn(.name, header: table.header) }
        guard columns[.attendance] != nil else { throw .missingColumn(.attendance, header: table.header) }
        func title(_ field: ImportField) -> String? { columns[field].map { table.header[$0] } }
        let expected = state.sessions[session].map(state.expectedHolders) ?? []
        let sessionTitle = state.sessions[session]?.title ?? session

        var problems: [ImportProblem] = []
        var rows: [Row] = []
        var seen: [EntityID: Int] = [:]
        for row in table.rows {
            let name = [row[columns[.firstName]], row[columns[.name]]].filter { !$0.isEmpty }.joined(separator: " ")
            var rowProblems: [ImportProblem] = []
            var holder: Holder?
            if row[columns[.name]].isEmpty {
                rowProblems.append(ImportProblem(line: row.line, column: title(.name), kind: .missingName))
            } else {
                let key = NameKey.of(name)
                // The full name, else a surname alone ("Roux") when only one expected holder has it.
                holder = expected.first { NameKey.of($0.name) == key }
                if holder == nil {
                    let bySurname = expected.filter { NameKey.of($0.name).hasSuffix(" " + key) }
                    if bySurname.count == 1 { holder = bySurname[0] }
                }
                if holder == nil { rowProblems.append(ImportProblem(line: row.line, column: title(.name), kind: .unknownHolder(name))) }
            }
            let markText = row[columns[.attendance]]
            let mark = Vocabulary.mark(markText)
            if mark == nil { rowProblems.append(ImportProblem(line: row.line, column: title(.attendance), kind: .unknownMark(markText))) }
            if let holder {
                if let first = seen[holder.id] {
                    rowProblems.append(ImportProblem(line: row.line, column: nil, kind: .duplicate(name: holder.name, firstLine: first)))
                } else {
                    seen[holder.id] = row.line
                }
            }
            var remark: String?
            do {
                remark = try InputRules.optional(row[columns[.remark]], .remark)
            } catch {
                rowProblems.append(ImportProblem(line: row.line, column: title(.remark), kind: .refused(error)))
            }
            guard rowProblems.isEmpty, let holder, let mark else {
                problems += rowProblems
                continue
            }
            let known = state.mark(session: session, holder: holder.id)
            rows.append(Row(line: row.line, holder: holder.id, holderName: holder.name, mark: mark,
                            remark: remark, alreadyThere: known?.mark == mark))
        }
        guard problems.isEmpty, table.problems.isEmpty else { throw .rejected(ImportProblem.inLineOrder(table.problems + problems)) }
        return AttendanceImportPlan(session: session, sessionTitle: sessionTitle, rows: rows, unknownColumns: unknown,
                                    encoding: table.encoding, separator: table.separator)
    }
}

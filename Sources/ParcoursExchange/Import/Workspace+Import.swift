import Foundation
import ParcoursKit
import ParcoursDomain

/// What an import wrote.
public struct ImportOutcome: Hashable, Sendable {
    /// Holders created (holders import) or marks recorded (attendance import).
    public var created: Int
    /// Rows already recorded, left as they were.
    public var alreadyThere: Int
    /// Existing holders newly enrolled in the cohort.
    public var enrolled: Int
    /// Warnings the domain gave (capacity, stage outside the programme's targets…).
    public var warnings: [DomainWarning]
}

extension Workspace {
    /// Runs a validated holders plan, all or nothing: every row is first decided against
    /// a scratch copy of the state, and any refusal (`ImportError.rejected`, with its
    /// line) stops the import before anything is written. Then each row is performed.
    /// `progress(done, total)` is called after each row written.
    @discardableResult
    public func run(_ plan: HolderImportPlan, language: Language,
                    progress: ((Int, Int) -> Void)? = nil) throws -> ImportOutcome {
        let scratch = ScratchState(state: state, author: author, now: now)
        var problems: [ImportProblem] = []
        for row in plan.rows {
            do {
                _ = try Self.apply(row, plan: plan, language: language, perform: scratch.perform)
            } catch let error as DomainError {
                problems.append(ImportProblem(line: row.line, column: nil, kind: .refused(error)))
            }
        }
        guard problems.isEmpty else { throw ImportError.rejected(problems) }
        var outcome = ImportOutcome(created: 0, alreadyThere: plan.alreadyThere.count, enrolled: 0, warnings: [])
        var done = 0
        for row in plan.rows {
            let warnings = try Self.apply(row, plan: plan, language: language, perform: { try self.perform($0) })
            outcome.warnings += warnings
            if row.existing == nil { outcome.created += 1 } else if !row.alreadyEnrolled { outcome.enrolled += 1 }
            done += 1
            progress?(done, plan.rows.count)
        }
        return outcome
    }

    /// Runs a validated attendance plan, all or nothing in the same way.
    @discardableResult
    public func run(_ plan: AttendanceImportPlan, progress: ((Int, Int) -> Void)? = nil) throws -> ImportOutcome {
        let scratch = ScratchState(state: state, author: author, now: now)
        var problems: [ImportProblem] = []
        for row in plan.changes {
            do {
                _ = try scratch.perform(row.command(session: plan.session))
            } catch let error as DomainError {
                problems.append(ImportProblem(line: row.line, column: nil, kind: .refused(error)))
            }
        }
        guard problems.isEmpty else { throw ImportError.rejected(problems) }
        var outcome = ImportOutcome(created: 0, alreadyThere: plan.rows.count - plan.changes.count, enrolled: 0, warnings: [])
        for (index, row) in plan.changes.enumerated() {
            outcome.warnings += try perform(row.command(session: plan.session)).warnings
            outcome.created += 1
            progress?(index + 1, plan.changes.count)
        }
        return outcome
    }

    /// The commands of one holders row, performed through `perform` (the scratch copy or
    /// the real log): create the holder unless known, enrol, record the entry date.
    static func apply(_ row: HolderImportRow, plan: HolderImportPlan, language: Language,
                      perform: (Command) throws -> Decision) throws -> [DomainWarning] {
        var warnings: [DomainWarning] = []
        var holder = row.existing
        if holder == nil {
            let decision = try perform(.addHolder(row.draft))
            warnings += decision.warnings
            holder = decision.events.lazy.compactMap { event -> EntityID? in
                if case .holderAdded(let payload) = event { return payload.entity.id }
                return nil
            }.first
        }
        guard let holder else { return warnings }
        if !row.alreadyEnrolled {
            warnings += try perform(.enrol(holder: holder, cohort: plan.cohort, status: row.status)).warnings
            // The domain dates a participation on the day it is recorded; the file's entry
            // date is kept in the holder's logbook so it is not lost.
            if let entry = row.entryDate {
                let text = language == .fr
                    ? "Date d’entrée dans « \(plan.cohortName) » : \(Catalog.day(entry, .fr)) (import)"
                    : "Entry date in “\(plan.cohortName)”: \(Catalog.day(entry, .en)) (import)"
                warnings += try perform(.addNote(target: holder, text: text)).warnings
            }
        }
        return warnings
    }
}

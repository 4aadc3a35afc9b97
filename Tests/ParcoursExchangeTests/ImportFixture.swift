import Foundation
import ParcoursDomain
@testable import ParcoursExchange
import ParcoursKit
import ParcoursTestSupport

/// A fresh data directory with one programme, a cohort "Promotion 2026" with one workshop
/// session "Atelier 1", and a fixed clock, for the import tests.
struct ImportFixture {
    let workspace: Workspace
    let cohort: EntityID
    var directory: URL { workspace.directory }

    init() throws {
        let now = ISO8601DateFormatter().date(from: "2026-01-20T10:00:00Z")!
        workspace = try Workspace(directory: TestDirectory.temporary("parcours-import"), author: "Camille", clock: { now })
        try workspace.perform(.addProgramme(name: "Lance-toi !"))
        try workspace.perform(.addWorkshop(programme: "Lance-toi !", title: "Atelier 1"))
        try workspace.perform(.addCohort(programme: "Lance-toi !", name: "Promotion 2026", start: Day(iso: "2026-01-12")!,
                                         fromTemplate: true))
        cohort = workspace.state.cohorts.values.first!.id
    }

    /// Validates and runs a holders file given as text in `encoding`.
    @discardableResult
    func importHolders(_ text: String, encoding: String.Encoding = .utf8, bom: Bool = false,
                       status: ParticipationStatus = .inscrit) throws -> ImportOutcome {
        let plan = try HolderImportPlan.make(table: try SpreadsheetTable.read(Self.bytes(text, encoding, bom: bom)),
                                             state: workspace.state, cohort: cohort, status: status,
                                             today: workspace.today)
        return try workspace.run(plan, language: .en)
    }

    static func bytes(_ text: String, _ encoding: String.Encoding = .utf8, bom: Bool = false) -> Data {
        (bom ? Data([0xEF, 0xBB, 0xBF]) : Data()) + text.data(using: encoding)!
    }

    func holder(_ name: String) -> Holder? {
        workspace.state.holders.values.first { $0.name == name }
    }

    func snapshot() throws -> [String: Data] {
        try TestDirectory.files(directory).filter { !$0.key.contains("/local/") }
    }

    /// The problems an `ImportError.rejected` carries (empty if it was another error).
    static func problems(_ body: () throws -> Void) -> [ImportProblem] {
        do {
            try body()
        } catch ImportError.rejected(let problems) {
            return problems
        } catch {
            return []
        }
        return []
    }
}

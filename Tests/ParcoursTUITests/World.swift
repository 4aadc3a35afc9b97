import Foundation
import ParcoursDomain
import ParcoursKit
import TerminalKit
@testable import ParcoursTUI

/// A workspace in a temporary directory, with a fixed clock (10 March 2026, 10:00 UTC,
/// the same day in every time zone from UTC−10 to UTC+13), filled through commands.
struct World {
    static let now = ISO8601DateFormatter().date(from: "2026-03-10T10:00:00Z")!
    let directory: URL
    let workspace: Workspace

    /// `language`: the workspace's, for the neutral labels of erased people (the
    /// environment's when nil).
    init(language: Language? = nil) throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("parcours-tui-\(UUID().uuidString.prefix(8))", isDirectory: true)
        workspace = try Workspace(directory: directory, author: "Camille", clock: { World.now },
                                  language: language ?? Language.fromEnvironment())
    }

    /// A programme with three workshops, a cohort started on 23 February (three weekly
    /// sessions, all past), a session on Thursday, four holders; everyone present at the
    /// first session except Bruno, absent at the first two.
    static func seeded(language: Language? = nil) throws -> World {
        let world = try World(language: language)
        let w = world.workspace
        try w.perform(.addProgramme(name: "Cap Création", operatorNames: ["Ronalpia"], targetStages: [.emergence, .etude, .test]))
        for title in ["Définir son projet", "Étude de marché", "Modèle économique"] {
            try w.perform(.addWorkshop(programme: "Cap Création", title: title))
        }
        try w.perform(.addCohort(programme: "Cap Création", name: "Promo printemps", start: Day(iso: "2026-02-23")!,
                                 end: Day(iso: "2026-06-30")!, fromTemplate: true))
        try w.perform(.addSession(cohort: "Promo printemps",
                                  SessionDraft(title: "Visite de la Miete", date: Day(iso: "2026-03-12")!,
                                               time: ClockTime(hour: 9, minute: 30), kind: .visite, venue: "Villeurbanne")))
        let holders = [("Amina Diallo", "Épicerie solidaire", Stage.emergence), ("Bruno Lefèvre", "Recyclerie", .idee),
                       ("Chloé Martin", "Café associatif", .etude), ("David Nguyen", "Atelier vélo", .emergence)]
        for (name, project, stage) in holders {
            try w.perform(.addHolder(HolderDraft(name: name, commune: "Lyon", projectTitle: project, stage: stage)))
            try w.perform(.enrol(holder: name, cohort: "Promo printemps"))
        }
        try w.perform(.attend(session: "Définir son projet", holder: "Bruno Lefèvre", mark: .absent))
        try w.perform(.markAllPresent(session: "Définir son projet"))
        try w.perform(.attend(session: "Étude de marché", holder: "Bruno Lefèvre", mark: .absent))
        try w.perform(.attend(session: "Étude de marché", holder: "Amina Diallo", mark: .present, remote: true))
        return world
    }

    /// The interface on this world's workspace, effects run at once (as `InterfaceDriver` does).
    func program(_ language: Language = .fr, width: Int = 80, height: Int = 24) -> Program {
        Program(handler: effects(language), language: language, size: Size(width: width, height: height))
    }

    /// The effects handler on this world's workspace (no demo in this build).
    func effects(_ language: Language = .fr) -> WorkspaceEffects {
        WorkspaceEffects(workspace: workspace, language: language)
    }

    func id(holder name: String) -> EntityID { workspace.state.holders.values.first { $0.name == name }!.id }
    func id(session title: String) -> EntityID { workspace.state.sessions.values.first { $0.title == title }!.id }

    func cleanUp() { try? FileManager.default.removeItem(at: directory) }
}

extension Program {
    var text: String { frame().canvas.text() }
    var lines: [String] { frame().canvas.lines() }
}

extension World {
    /// The model the interface starts from on this world, with its rows derived, for
    /// reducer tests that run `update` alone (nothing is carried out).
    func model(_ language: Language = .fr, width: Int = 80, height: Int = 24) -> Model {
        var model = Model(start: effects(language).start(), language: language, size: Size(width: width, height: height))
        _ = Update.update(&model, .resize(model.size))
        return model
    }
}

extension Model {
    /// Sends keys through `update` alone; returns the effects of each key, in order.
    @discardableResult
    mutating func press(_ keys: Key...) -> [[Effect]] {
        keys.map { Update.update(&self, .key($0)) }
    }

    /// Types text into whatever has the focus; returns every effect asked for.
    mutating func type(_ text: String) -> [Effect] {
        text.flatMap { Update.update(&self, .key(.character($0))) }
    }

    var text: String { View.frame(self).canvas.text() }
    var lines: [String] { View.frame(self).canvas.lines() }
}

import Foundation
import ParcoursDomain
import ParcoursKit

extension WorkspaceEffects {
    /// Writes a session's attendance sheet (`AttendanceSheet`, the page `parcours sheet`
    /// writes) beside the reports: `exports/emargement-2026-03-12-atelier-1.html` (0600),
    /// the session's day in the name so two sessions of one title do not overwrite each
    /// other. Returns the file and how many participants it lists.
    func exportSheet(_ id: EntityID) throws -> (url: URL, count: Int) {
        let state = workspace.state
        let session = try Resolver(state).session(id)
        let page = AttendanceSheet.html(state: state, session: session, language: language)
        let folder = try exportFolder()
        // The day first, then the title's first words: the name stays short enough to be
        // read whole on the status line.
        var title = ""
        for word in Self.slug(session.title).split(separator: "-") where title.count + word.count < 30 {
            title += (title.isEmpty ? "" : "-") + word
        }
        let name = (language == .fr ? "emargement-" : "sheet-") + session.date.iso + (title.isEmpty ? "" : "-" + title)
        let file = folder.appendingPathComponent(name + ".html")
        try PrivateFile.write(Data(page.utf8), to: file)
        return (file, state.expectedHolders(session: session).count)
    }
}

import Foundation
import TmuxHarness
import Testing

/// The real `parcours` binary driven through tmux: keys in, screen and log out.
@Suite(.serialized) struct InterfaceEndToEndTests {
    /// `parcours --data DIR` in a tmux pane, with the binary's test environment.
    func interface(_ parcours: ParcoursBinary, width: Int = 80, height: Int = 24) throws -> TmuxSession {
        try TmuxSession(command: [ParcoursBinary.url.path, "--data", parcours.data.path], width: width, height: height,
                        environment: ["PARCOURS_AUTHOR": parcours.environment["PARCOURS_AUTHOR"]!,
                                      "PARCOURS_LANG": parcours.environment["PARCOURS_LANG"]!])
    }

    static func iso(daysFromToday offset: Int) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .current
        let day = calendar.date(byAdding: .day, value: offset, to: Date())!
        let p = calendar.dateComponents([.year, .month, .day], from: day)
        return String(format: "%04d-%02d-%02d", p.year!, p.month!, p.day!)
    }

    /// A programme, a cohort whose three template sessions fall 14 and 7 days ago and
    /// today, and three enrolled holders — built with the command line.
    func seed(_ parcours: ParcoursBinary) throws {
        try parcours.ok("programme", "add", "Cap Création", "--operator", "Ronalpia")
        for title in ["Définir son projet", "Étude de marché", "Modèle économique"] {
            try parcours.ok("programme", "workshop", "Cap Création", title)
        }
        try parcours.ok("cohort", "add", "Cap Création", "Promo test", "--start", Self.iso(daysFromToday: -14), "--from-template")
        for (name, project) in [("Amina Diallo", "Épicerie solidaire"), ("Bruno Lefèvre", "Recyclerie"), ("Chloé Martin", "Café")] {
            try parcours.ok("holder", "add", name, "--project", project)
            try parcours.ok("enrol", name, "Promo test")
        }
    }

    func types(_ parcours: ParcoursBinary) throws -> [String] {
        let entries = try parcours.json("log", "--json", "--limit", "1000") as? [[String: Any]] ?? []
        return entries.compactMap { $0["type"] as? String }
    }

    @Test func welcomeOnAnEmptyDirectoryThenQuit() throws {
        let parcours = ParcoursBinary(language: "fr")
        defer { parcours.cleanUp() }
        let tmux = try interface(parcours)
        defer { tmux.close() }
        try tmux.waitFor("Bienvenue dans Parcours")
        try tmux.waitFor("Charger les programmes d'exemple")
        try tmux.sendKeys("q")
        #expect(try tmux.waitForExit() == 0)
        #expect(tmux.sttyAfter == tmux.sttyBefore)
        #expect(try types(parcours).isEmpty)
    }

    @Test func rollCallStageMoveAndNoteWriteExactlyThoseEvents() throws {
        let parcours = ParcoursBinary(language: "en")
        defer { parcours.cleanUp() }
        try seed(parcours)
        let before = try types(parcours)
        let tmux = try interface(parcours)
        defer { tmux.close() }
        try tmux.waitFor("Programmes and cohorts")
        try tmux.sendKeys("Enter")
        try tmux.waitFor("Participants │ Sessions │ Roll call")
        try tmux.sendKeys("Tab", "Tab")
        try tmux.waitFor("Total")
        // Everyone present at today's session, then Bruno absent; the cursor stays on Bruno.
        try tmux.sendKeys("T")
        try tmux.waitFor("3/3")
        try tmux.sendKeys("j", "a")
        try tmux.waitFor("Bruno Lefèvre: absent")
        // Pipeline: the first card (Amina, Idea) to the next stage, with a note.
        try tmux.sendKeys("Tab")
        try tmux.waitFor("Idea (3)")
        try tmux.sendKeys(">")
        try tmux.waitFor("Change stage")
        try tmux.sendText("étude de marché lancée")
        try tmux.sendKeys("Enter")
        try tmux.waitFor("Idea → Emergence")
        // A note through the command line, quotes respected.
        try tmux.sendKeys(":")
        try tmux.sendText(#"note "Chloé Martin" premier rendez-vous fait"#)
        try tmux.sendKeys("Enter")
        try tmux.waitFor("Note added")
        try tmux.sendKeys("q")
        try tmux.waitFor("This week")
        try tmux.sendKeys("q")
        #expect(try tmux.waitForExit() == 0)
        #expect(tmux.sttyAfter == tmux.sttyBefore)

        let after = try types(parcours)
        #expect(Array(after.prefix(before.count)) == before)
        let new = Array(after.dropFirst(before.count))
        // Marking everyone present is one action: the three marks, then the session held.
        #expect(new == ["attendance.marked", "attendance.marked", "attendance.marked", "session.held",
                        "attendance.marked", "project.stage_changed", "note.added"], "\(new)")
    }

    @Test func resizeBelowTheMinimumAndBackThenCtrlCRestoresTheTerminal() throws {
        let parcours = ParcoursBinary(language: "fr")
        defer { parcours.cleanUp() }
        try seed(parcours)
        let tmux = try interface(parcours)
        defer { tmux.close() }
        try tmux.waitFor("Dispositifs et promotions")
        try tmux.resize(width: 60, height: 20)
        try tmux.waitFor("Terminal trop petit")
        try tmux.resize(width: 80, height: 24)
        try tmux.waitFor("Dispositifs et promotions")
        try tmux.sendKeys("C-c")
        _ = try tmux.waitForExit()
        #expect(tmux.sttyAfter == tmux.sttyBefore)
        #expect(tmux.sttyBefore?.isEmpty == false)
    }
}

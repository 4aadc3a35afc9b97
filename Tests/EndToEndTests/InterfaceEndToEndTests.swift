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
        // Marking everyone present is one action: the three marks, each first presence
        // starting that holder's participation (en cours), then the session held.
        #expect(new == ["attendance.marked", "participation.changed", "attendance.marked", "participation.changed",
                        "attendance.marked", "participation.changed", "session.held",
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

    /// The report's figures for a cohort, through the command line.
    func report(_ parcours: ParcoursBinary, cohort: String) throws -> [String: Any] {
        try parcours.json("report", "--format", "json", "--cohort", cohort) as? [String: Any] ?? [:]
    }

    static func int(_ report: [String: Any], _ group: String, _ key: String) -> Int? {
        (report[group] as? [String: Any])?[key] as? Int
    }

    /// The issue's flow, keys only, from an empty directory: welcome → load the demo →
    /// open the running cohort → roll call of its pending workshop → move a project to the
    /// next stage with a note → a note from the holder's file → quit. The log then holds
    /// exactly those events, in order, and the cohort's report counts the new marks.
    @Test func theFacilitatorsFlowFromAnEmptyDirectory() throws {
        let parcours = ParcoursBinary(language: "en")
        defer { parcours.cleanUp() }
        let cohort = "Promotion \(Calendar(identifier: .gregorian).component(.year, from: Date()))"
        let tmux = try interface(parcours)
        defer { tmux.close() }
        try tmux.waitFor("Welcome to Parcours")
        try tmux.sendKeys("d")
        try tmux.waitFor("Example programmes loaded.")
        try tmux.waitFor("▸ " + cohort)
        // The demo is on disk: read its figures while the interface runs.
        let demoTypes = try types(parcours)
        let before = try report(parcours, cohort: cohort)
        #expect(before["holders"] as? Int == 7)

        try tmux.sendKeys("Enter")
        try tmux.waitFor("Participants │ Sessions │ Roll call")
        try tmux.sendKeys("Tab", "Tab")
        // The cursor is on the workshop held without a roll call.
        try tmux.waitFor("planned · workshop “Atelier 3")
        try tmux.sendKeys("T")
        try tmux.waitFor("7/7")
        try tmux.sendKeys("j", "a")
        try tmux.waitFor("Julien Mazet: absent")
        try tmux.sendKeys("Tab")
        try tmux.waitFor("Idea (3)")
        try tmux.sendKeys(">")
        try tmux.waitFor("Change stage")
        try tmux.sendText("business plan started")
        try tmux.sendKeys("Enter")
        try tmux.waitFor("Idea (2)")
        // The selected card's holder file, then a note in the logbook.
        try tmux.sendKeys("Enter")
        try tmux.waitFor("Holder file — ")
        try tmux.sendKeys("a")
        try tmux.waitFor("New logbook note")
        try tmux.sendText("called back, meeting on Monday")
        try tmux.sendKeys("Enter")
        try tmux.waitFor("called back, meeting on Monday")
        try tmux.sendKeys("q")
        try tmux.waitFor("Roll call │ Pipeline")
        try tmux.sendKeys("q")
        try tmux.waitFor("This week")
        try tmux.sendKeys("q")
        #expect(try tmux.waitForExit() == 0)
        #expect(tmux.sttyAfter == tmux.sttyBefore)

        let after = try types(parcours)
        #expect(Array(after.prefix(demoTypes.count)) == demoTypes)
        let new = Array(after.dropFirst(demoTypes.count))
        #expect(new == Array(repeating: "attendance.marked", count: 7) + ["session.held", "attendance.marked",
                                                                          "project.stage_changed", "note.added"], "\(new)")
        let report = try report(parcours, cohort: cohort)
        // Seven present, then one of them absent instead: six more present, one more absent.
        #expect(Self.int(report, "attendance", "present") == Self.int(before, "attendance", "present").map { $0 + 6 })
        #expect(Self.int(report, "attendance", "absent") == Self.int(before, "attendance", "absent").map { $0 + 1 })
        #expect(Self.int(report, "attendance", "excused") == Self.int(before, "attendance", "excused"))
        #expect(Self.int(report, "sessions", "held") == Self.int(before, "sessions", "held").map { $0 + 1 })
        #expect(Self.int(report, "stages", "idee") == Self.int(before, "stages", "idee").map { $0 - 1 })
        #expect(Self.int(report, "stages", "emergence") == Self.int(before, "stages", "emergence").map { $0 + 1 })
        #expect((report["pending_sessions"] as? [Any])?.isEmpty == true)
    }

    /// The pid of the `parcours` process started on this data directory (unique path).
    static func pid(of parcours: ParcoursBinary) throws -> Int32 {
        let deadline = ContinuousClock.now + .seconds(10)
        while ContinuousClock.now < deadline {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/pgrep")
            process.arguments = ["-f", ParcoursBinary.url.path + " --data " + parcours.data.path]
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            let pids = output.split(separator: "\n").compactMap { Int32($0) }
            if pids.count == 1 { return pids[0] }
            Thread.sleep(forTimeInterval: 0.1)
        }
        throw TmuxError.timeout(waitingFor: "one parcours process", screen: "")
    }

    @Test func sigtermRestoresTheTerminal() throws {
        let parcours = ParcoursBinary(language: "fr")
        defer { parcours.cleanUp() }
        try seed(parcours)
        let tmux = try interface(parcours)
        defer { tmux.close() }
        try tmux.waitFor("Dispositifs et promotions")
        try tmux.sendKeys("Enter")
        try tmux.waitFor("Porteurs │ Séances")
        #expect(kill(try Self.pid(of: parcours), SIGTERM) == 0)
        let status = try tmux.waitForExit()
        #expect(status != 0)
        #expect(tmux.sttyBefore?.isEmpty == false)
        #expect(tmux.sttyAfter == tmux.sttyBefore)
    }

    @Test func readOnlySaysSoAndRefusesWritingKeys() throws {
        let parcours = ParcoursBinary(language: "fr")
        defer { parcours.cleanUp() }
        try seed(parcours)
        let before = try types(parcours)
        let tmux = try TmuxSession(command: [ParcoursBinary.url.path, "--data", parcours.data.path, "--read-only"],
                                   environment: ["PARCOURS_AUTHOR": "Camille", "PARCOURS_LANG": "fr"])
        defer { tmux.close() }
        try tmux.waitFor("[lecture seule]")
        try tmux.sendKeys("Enter", "Tab", "Tab")
        try tmux.waitFor("P/A/E")
        try tmux.sendKeys("T")
        try tmux.waitFor("Lecture seule (--read-only) : rien ne peut être modifié ici.")
        try tmux.sendKeys("Q")
        _ = try tmux.waitForExit()
        #expect(tmux.sttyAfter == tmux.sttyBefore)
        #expect(try types(parcours) == before)
    }
}

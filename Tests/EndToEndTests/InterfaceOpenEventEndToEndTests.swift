import Foundation
import TmuxHarness
import Testing

/// Open events through the real binary in tmux: an awareness programme with no cohort
/// (AMESUD's kind), its evening debate of two days ago counted from the events screen by
/// audience, a later one cancelled through the `:` prompt; the logs hold exactly those
/// events, read back by `parcours list events` as if typed there.
@Suite(.serialized) struct InterfaceOpenEventEndToEndTests {
    func seed(_ parcours: ParcoursBinary) throws {
        try parcours.ok("programme", "add", "Montagne ardéchoise", "--operator", "AMESUD")
        try parcours.ok("event", "add", "Montagne ardéchoise", "Soirée-débat ruralités", "--kind", "soiree",
                        "--date", InterfaceEndToEndTests.iso(daysFromToday: -2), "--time", "19:00", "--venue", "La Source")
        try parcours.ok("event", "add", "Montagne ardéchoise", "Rencontre des élus", "--kind", "sensibilisation",
                        "--date", InterfaceEndToEndTests.iso(daysFromToday: 20))
    }

    func events(_ parcours: ParcoursBinary) throws -> [String: [String: Any]] {
        let rows = try parcours.json("list", "events", "--json") as? [[String: Any]] ?? []
        return Dictionary(uniqueKeysWithValues: rows.map { ($0["title"] as? String ?? "", $0) })
    }

    @Test func countAnEveningByAudienceThenCancelTheNextOne() throws {
        let parcours = ParcoursBinary(language: "fr")
        defer { parcours.cleanUp() }
        try seed(parcours)
        let e2e = InterfaceEndToEndTests()
        let before = try e2e.types(parcours)
        let tmux = try e2e.interface(parcours)
        defer { tmux.close() }
        try tmux.waitFor("⚠ 1 événement à compter · 1 événement à venir")
        try tmux.sendKeys("o")
        try tmux.waitFor("Tableau de bord › Événements ouverts")
        // The list opens on the event to come; the evening is above it.
        try tmux.waitFor("à compter après l’événement (h)")
        try tmux.sendKeys("k", "h")
        try tmux.waitFor("Effectif de l’événement")
        try tmux.sendText("10")                                   // élus
        try tmux.sendKeys("Tab", "Tab", "Tab")
        try tmux.sendText("20")                                   // habitants
        try tmux.sendKeys("Tab", "Tab", "Tab")
        try tmux.sendText("bénévoles associatifs=4")              // a category of our own
        try tmux.sendKeys("Enter")
        try tmux.waitFor("34 participants à « Soirée-débat ruralités » : l'événement a eu lieu.")
        try tmux.waitFor("Effectif  34 : élus 10, habitants 20, bénévoles associatifs 4")
        // The next one called off from the command line, as `parcours event cancel` would.
        try tmux.sendKeys(":")
        try tmux.sendText("événement annuler Rencontre des élus")
        try tmux.sendKeys("Enter")
        try tmux.waitFor("Événement « Rencontre des élus » du")
        try tmux.sendKeys("q")
        try tmux.waitFor("1 événement tenu · 34 participants")
        let dashboard = try tmux.capture()
        #expect(!dashboard.contains("à compter"))
        try tmux.sendKeys("q")
        #expect(try tmux.waitForExit() == 0)
        #expect(tmux.sttyAfter == tmux.sttyBefore)

        let after = try e2e.types(parcours)
        #expect(Array(after.prefix(before.count)) == before)
        #expect(Array(after.dropFirst(before.count)) == ["open_event.headcount_recorded", "open_event.cancelled"])
        let listed = try events(parcours)
        let evening = try #require(listed["Soirée-débat ruralités"])
        #expect(evening["status"] as? String == "held" && evening["participants"] as? Int == 34)
        let audiences = (evening["audiences"] as? [[String: Any]] ?? []).map { "\($0["category"] ?? "")=\($0["count"] ?? "")" }
        #expect(audiences == ["elus=10", "habitants=20", "bénévoles associatifs=4"])
        #expect(listed["Rencontre des élus"]?["status"] as? String == "cancelled")
    }

    @Test func inEnglishAndAtAWideSizeWithNothingWrittenWhenLeft() throws {
        let parcours = ParcoursBinary(language: "en")
        defer { parcours.cleanUp() }
        try seed(parcours)
        let e2e = InterfaceEndToEndTests()
        let before = try e2e.types(parcours)
        let tmux = try e2e.interface(parcours, width: 140, height: 40)
        defer { tmux.close() }
        try tmux.waitFor("⚠ 1 event to count · 1 event to come")
        try tmux.sendKeys("o")
        try tmux.waitFor("Dashboard › Open events")
        let screen = try tmux.waitUntil("both events listed") {
            $0.contains("Soirée-débat ruralités") && $0.contains("Rencontre des élus") && $0.contains("Headcount")
        }
        let evening = screen.split(separator: "\n").first { $0.hasPrefix("20") && $0.contains("Soirée-débat ruralités") } ?? ""
        #expect(evening.contains(" evening ") && evening.trimmingCharacters(in: .whitespaces).hasSuffix("to count"), "\(evening)")
        for french in ["à compter", "prévu", "Pour ", "Effectif", "soirée "] { #expect(!screen.contains(french), "\(french)") }
        try tmux.sendKeys("k", "h")
        try tmux.waitFor("Event headcount")
        try tmux.waitFor("Elected officials")
        try tmux.sendText("12")
        try tmux.sendKeys("Escape")
        try tmux.waitUntil("the form closed") { !$0.contains("Event headcount") }
        try tmux.sendKeys("q", "q")
        #expect(try tmux.waitForExit() == 0)
        #expect(try e2e.types(parcours) == before)
    }
}

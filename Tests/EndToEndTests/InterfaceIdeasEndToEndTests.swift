import Foundation
import TmuxHarness
import Testing

/// The ideas view through the real binary in tmux, in English: a Fabrique's idea recorded
/// in its form, then taken up by the holder found — and the logs holding exactly those
/// events, the holder recorded only when found.
@Suite(.serialized) struct InterfaceIdeasEndToEndTests {
    @Test func anIdeaRecordedThenTakenUpByTheHolderFound() throws {
        let parcours = ParcoursBinary(language: "en")
        defer { parcours.cleanUp() }
        let e2e = InterfaceEndToEndTests()
        try parcours.ok("programme", "add", "Fabrique Creuse")
        try parcours.ok("idea", "add", "Fabrique Creuse", "Filière papier", "--source", "Séminaire de créativité")
        let before = try e2e.types(parcours)
        let tmux = try e2e.interface(parcours, width: 100, height: 30)
        defer { tmux.close() }
        try tmux.waitFor("Fabrique Creuse  1 idea, 0 taken up · i: see them")
        try tmux.sendKeys("i")
        try tmux.waitFor("Ideas (1) │ Calls (0)")
        try tmux.sendKeys("a")
        try tmux.waitFor("New idea")
        try tmux.sendText("Solution de garde d’enfants")
        try tmux.sendKeys("Tab")
        try tmux.sendText("Grand Guéret")
        try tmux.sendKeys("Tab")
        try tmux.sendText("50 à 60 enfants sans mode de garde")
        try tmux.sendKeys("Enter")
        try tmux.waitFor("Idea “Solution de garde d’enfants” added")
        try tmux.waitFor("detected (2)")
        // The new idea is second (detected today); it is taken up by the holder found now.
        try tmux.sendKeys("j", "A")
        try tmux.waitFor("+ A new holder, found for this idea")
        try tmux.sendKeys("Enter")
        try tmux.waitFor("Taken up by a holder found")
        try tmux.sendText("Crèche Les Petits Pas")
        try tmux.sendKeys("Enter")
        try tmux.waitFor("holder found (1)")
        let screen = try tmux.capture()
        #expect(screen.contains("→ Crèche Les P") && screen.contains("50 à 60 enfants sans mode de garde"), "\(screen)")
        try tmux.sendKeys("q", "q")
        #expect(try tmux.waitForExit() == 0)
        #expect(tmux.sttyAfter == tmux.sttyBefore)

        let after = try e2e.types(parcours)
        #expect(Array(after.prefix(before.count)) == before)
        #expect(Array(after.dropFirst(before.count)) == ["idea.added", "holder.added", "project.created", "idea.adopted"])
        let holders = try #require(try parcours.json("list", "holders", "--json") as? [[String: Any]])
        #expect(holders.compactMap { $0["name"] as? String } == ["Crèche Les Petits Pas"])
    }
}

import Foundation
import TmuxHarness
import Testing

/// Corrections and an erasure through the real binary in tmux: a holder's name edited in
/// its prefilled form, someone erased from their file, and the logs holding exactly
/// those two events, the erased person's name in none of them.
@Suite(.serialized) struct InterfaceCorrectionEndToEndTests {
    @Test func editAHoldersNameThenEraseSomeone() throws {
        let parcours = ParcoursBinary(language: "fr")
        defer { parcours.cleanUp() }
        let e2e = InterfaceEndToEndTests()
        try e2e.seed(parcours)
        let before = try e2e.types(parcours)
        let tmux = try e2e.interface(parcours)
        defer { tmux.close() }
        try tmux.waitFor("Dispositifs et promotions")
        try tmux.sendKeys("Enter")
        try tmux.waitFor("Porteurs │ Séances")
        // Amina's name, corrected in her prefilled form (Ctrl-U empties the field).
        try tmux.sendKeys("E")
        try tmux.waitFor("Modifier le porteur")
        try tmux.sendKeys("C-u")
        try tmux.sendText("Amina Diallo-Sy")
        try tmux.sendKeys("Enter")
        try tmux.waitFor("« Amina Diallo-Sy » (porteur) modifié : nom.")
        // Bruno erased from his file: the reason, then the final question (`o`).
        try tmux.sendKeys("j", "Enter")
        try tmux.waitFor("Fiche porteur — Bruno Lefèvre")
        try tmux.sendKeys("X")
        try tmux.waitFor("Effacer les données d’une personne")
        try tmux.sendText("demande de l’intéressé du 9 mars")
        try tmux.sendKeys("Enter")
        try tmux.waitFor("Effacer définitivement les données de « Bruno Lefèvre » ?")
        try tmux.sendKeys("o")
        try tmux.waitFor("Fiche porteur — Personne effacée 1")
        try tmux.waitFor("Les exports déjà écrits")
        try tmux.sendKeys("Enter", "q")
        // Back on the participants (the file's own title holds the new name too).
        try tmux.waitFor("Porteurs │ Séances")
        let screen = try tmux.capture()
        #expect(screen.contains("Personne effacée 1") && screen.contains("Amina Diallo-Sy") && !screen.contains("Bruno"), "\(screen)")
        try tmux.sendKeys("q", "q")
        #expect(try tmux.waitForExit() == 0)
        #expect(tmux.sttyAfter == tmux.sttyBefore)

        let after = try e2e.types(parcours)
        #expect(Array(after.prefix(before.count)) == before)
        #expect(Array(after.dropFirst(before.count)) == ["holder.edited", "person.erased"])
        // The erasure rewrote the logs: his name is in no file of the data directory.
        let events = parcours.data.appendingPathComponent("events")
        for file in try FileManager.default.contentsOfDirectory(atPath: events.path) {
            let text = try String(contentsOf: events.appendingPathComponent(file), encoding: .utf8)
            #expect(!text.contains("Lefèvre") && !text.contains("Lef\\u00e8vre"), "\(file)")
            #expect(text.contains("Amina Diallo-Sy"))
        }
        #expect(try parcours.ok("show", "Amina Diallo-Sy").contains("Amina Diallo-Sy"))
    }
}

import ParcoursDomain
import ParcoursKit
import TerminalKit
import Testing
import ParcoursTUI

/// The public driver the benchmark uses: keys in, frames out, effects carried out
/// before `press` returns. Only its public surface is used here (a plain import).
@Suite struct InterfaceDriverTests {
    @Test func keysReachTheScreensAndWritesAreDoneWhenPressReturns() throws {
        let world = try World.seeded()
        defer { world.cleanUp() }
        let driver = InterfaceDriver(workspace: world.workspace, language: .fr, size: Size(width: 120, height: 40))
        #expect(driver.frame().canvas.lines().count == 40)
        #expect(driver.frame().canvas.text().contains("Dispositifs et promotions"))
        driver.press(.enter, .tab, .tab, .character("p"))
        #expect(driver.frame().canvas.lines()[1].contains("Émargement"))
        let session = world.id(session: "Modèle économique"), amina = world.id(holder: "Amina Diallo")
        #expect(world.workspace.state.mark(session: session, holder: amina)?.mark == .present)
        // The journal is read back at once too.
        driver.press(.tab, .tab)
        #expect(driver.frame().canvas.text().contains("Amina Diallo : présent"))
        driver.reloadState()
        driver.tick()
        #expect(driver.frame().canvas.text().contains("Amina Diallo : présent"))
        #expect(!driver.hasQuit)
        driver.press(.character("Q"))
        #expect(driver.hasQuit)
    }
}

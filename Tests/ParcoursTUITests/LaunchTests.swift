import Foundation
import ParcoursDomain
import ParcoursKit
import TerminalKit
import Testing
@testable import ParcoursTUI

/// The first frames: a progress bar while the workspace opens, then the interface.
@Suite struct LaunchTests {
    @Test func progressThenTheDashboardThenKeysReachIt() throws {
        let world = try World.seeded()
        defer { world.cleanUp() }
        let launch = Launch(language: .fr, size: Size(width: 80, height: 24), loadDemo: { _, _ in })
        #expect(launch.frame().canvas.text().contains("Ouverture des données…"))
        launch.send(.message(.progress(OpeningProgress(phase: .reading(afterSnapshot: false), done: 50, total: 100))))
        let lines = launch.frame().canvas.lines()
        #expect(lines[10] == "          │ Lecture des journaux…                                    │")
        #expect(lines[12] == "          │ " + String(repeating: "█", count: 25) + String(repeating: "░", count: 25) + "  50 % │")
        // From the snapshot: restoring it, then reading what came after.
        launch.send(.message(.progress(OpeningProgress(phase: .restoring, done: 1, total: 2))))
        #expect(launch.frame().canvas.lines()[10] == "          │ Reprise de l’état enregistré…                            │")
        launch.send(.message(.progress(OpeningProgress(phase: .reading(afterSnapshot: true), done: 0, total: 10))))
        #expect(launch.frame().canvas.lines()[10] == "          │ Lecture des nouveautés…                                  │")
        // Then saving the state for the next open, the bar full.
        launch.send(.message(.progress(OpeningProgress(phase: .saving, done: 0, total: 1))))
        #expect(launch.frame().canvas.lines()[10] == "          │ Enregistrement de l’état pour la prochaine ouverture…    │")
        #expect(launch.frame().canvas.lines()[12].contains("100 %"))
        #expect(!launch.done)
        launch.send(.message(.opened(world.workspace)))
        #expect(launch.frame().canvas.text().contains("Dispositifs et promotions"))
        launch.send(.resize(Size(width: 120, height: 40)))
        #expect(launch.frame().canvas.lines().count == 40)
        launch.send(.key(.character("q")))
        #expect(launch.done)
    }

    @Test func aFailureToOpenEndsTheLoop() {
        let launch = Launch(language: .en, size: Size(width: 80, height: 24), loadDemo: { _, _ in })
        launch.send(.message(.failed("The data directory is locked.")))
        #expect(launch.done)
        let quitting = Launch(language: .en, size: Size(width: 80, height: 24), loadDemo: { _, _ in })
        quitting.send(.key(.ctrl("c")))
        #expect(quitting.done)
    }
}

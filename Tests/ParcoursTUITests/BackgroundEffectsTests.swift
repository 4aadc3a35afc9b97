import Dispatch
import Foundation
import ParcoursDomain
import ParcoursKit
import ParcoursSync
import TerminalKit
import Testing
@testable import ParcoursTUI

/// Effects run on the worker thread, as in the terminal: the effects handler is gated so
/// a sync (or a write) stays under way while keys are pressed, and outcomes come back
/// through an inbox that the test drains as the terminal loop does.
@Suite struct BackgroundEffectsTests {
    /// The world's effects, except that the first effect `holds` picks waits at a gate
    /// until the test opens it (or a deadline passes, so a broken runner fails instead
    /// of hanging); records every effect it was handed.
    final class GatedEffects: EffectHandler, @unchecked Sendable {
        let inner: WorkspaceEffects
        let holds: @Sendable (Effect) -> Bool
        let reached = DispatchSemaphore(value: 0)
        let gate = DispatchSemaphore(value: 0)
        private let lock = NSLock()
        private var held = false
        private var handed: [Effect] = []

        init(_ inner: WorkspaceEffects, holding holds: @escaping @Sendable (Effect) -> Bool) {
            self.inner = inner
            self.holds = holds
        }

        var ran: [Effect] { lock.withLock { handed } }

        func start() -> Start { inner.start() }

        func run(_ effect: Effect, deliver: (Msg) -> Void) {
            let hold = lock.withLock {
                handed.append(effect)
                if held || !holds(effect) { return false }
                held = true
                return true
            }
            if hold {
                reached.signal()
                _ = gate.wait(timeout: .now() + 10)
            }
            inner.run(effect, deliver: deliver)
        }
    }

    /// Hands the program what the worker posted, as the terminal loop does, until
    /// `done` holds or a deadline passes; returns the messages in the order they came.
    @discardableResult
    static func drain(_ program: Program, _ inbox: Inbox<Msg>, until done: () -> Bool) -> [Msg] {
        let deadline = ContinuousClock.now + .seconds(60)
        var seen: [Msg] = []
        while !done() {
            guard ContinuousClock.now < deadline else {
                Issue.record("the worker's messages did not come")
                break
            }
            for msg in inbox.drain() {
                seen.append(msg)
                program.send(msg)
            }
            Thread.sleep(forTimeInterval: 0.005)
        }
        return seen
    }

    /// A bare git repository beside the world's directory, the world shared through it.
    static func share(_ world: World) throws -> URL {
        let remote = world.directory.deletingLastPathComponent().appendingPathComponent("remote-\(UUID().uuidString.prefix(8)).git")
        let git = Process()
        git.executableURL = URL(fileURLWithPath: "/usr/bin/git")
        git.arguments = ["init", "--quiet", "--bare", remote.path]
        try git.run()
        git.waitUntilExit()
        _ = try Sync.initialize(workspace: world.workspace, remote: remote.path)
        return remote
    }

    @Test func theInterfaceAnswersKeysWhileASyncRunsThenItsOutcomeArrives() throws {
        let world = try World.seeded()
        defer { world.cleanUp() }
        let remote = try Self.share(world)
        defer { try? FileManager.default.removeItem(at: remote) }
        try world.workspace.perform(.addNote(target: "Amina Diallo", text: "à envoyer"))
        let effects = GatedEffects(world.effects(.en)) { $0 == .sync }
        let inbox = Inbox<Msg>()
        let p = Program(handler: effects, language: .en, size: Size(width: 80, height: 24), post: { inbox.post($0) })

        p.press(.character(":"))
        p.type("sync")
        p.press(.enter)
        // The sync is under way on the worker, and `press` has returned.
        #expect(effects.reached.wait(timeout: .now() + 30) == .success)
        #expect(p.model.work.map(\.kind) == [.sync])
        #expect(p.lines[22].hasSuffix("Syncing…"))

        // Meanwhile every key answers: the cohort opens, views switch, the cursor moves,
        // help shows and closes, and each frame says the sync is running.
        p.press(.enter)
        #expect(p.lines[1].hasPrefix(" Participants │ Sessions │ Roll call"))
        p.press(.tab, .tab, .character("j"))
        guard case .cohort(let cs) = p.model.screen else { Issue.record("no cohort"); return }
        #expect(cs.view == .rollCall && cs.rollRow.selection == 1)
        p.press(.character("?"))
        #expect(p.text.contains("Everyone present at once") && p.lines[22].hasSuffix("Syncing…"))
        p.press(.escape)
        #expect(p.model.overlay == nil)
        // A mark asked meanwhile waits its turn behind the sync; the tick asks for one
        // refresh however long the sync takes.
        p.press(.character("a"))
        p.send(.tick)
        p.send(.tick)
        #expect(p.model.work.map(\.kind) == [.sync, .perform])
        // Two ticks, two turns of the spinner.
        #expect(p.lines[22].hasSuffix("⠹ Syncing…"))

        effects.gate.signal()
        let messages = Self.drain(p, inbox) { p.model.work.isEmpty && !p.model.refreshing }
        // In the order asked: the sync's outcome, the mark's, then the refresh.
        #expect(messages.map(Self.kind) == ["synced", "performed", "refreshed"])
        #expect(effects.ran == [.sync, .perform([.attend(session: world.id(session: "Modèle économique"),
                                                         holder: world.id(holder: "Bruno Lefèvre"), mark: .absent)]),
                                .refresh])
        guard case .synced(let text, let failed, _, _, _) = messages[0] else { return }
        #expect(!failed && text.contains("sent"), "\(text)")
        #expect(p.model.state.mark(session: world.id(session: "Modèle économique"), holder: world.id(holder: "Bruno Lefèvre"))?.mark == .absent)
        #expect(p.lines[23].contains(" ↻ ") && !p.text.contains("Syncing…"))
    }

    @Test func queuedMarksEachSeeThePreviousOne() throws {
        let world = try World.seeded()
        defer { world.cleanUp() }
        // The first write waits: Space is pressed twice more meanwhile.
        let effects = GatedEffects(world.effects(.fr)) { $0.work != nil }
        let inbox = Inbox<Msg>()
        let p = Program(handler: effects, language: .fr, size: Size(width: 80, height: 24), post: { inbox.post($0) })
        p.press(.enter, .tab, .tab, .character("j"))
        p.press(.character(" "))
        #expect(effects.reached.wait(timeout: .now() + 30) == .success)
        p.press(.character(" "), .character(" "))
        #expect(p.model.work.count == 3)
        effects.gate.signal()
        Self.drain(p, inbox) { p.model.work.isEmpty }
        // None → present → absent → excused: each press decided on what the one before left.
        let value = p.model.state.mark(session: world.id(session: "Modèle économique"), holder: world.id(holder: "Bruno Lefèvre"))
        #expect(value?.mark == .excuse)
    }

    @Test func quittingWaitsForTheWriteUnderWay() throws {
        let world = try World.seeded()
        defer { world.cleanUp() }
        let effects = GatedEffects(world.effects(.fr)) { $0.work != nil }
        let inbox = Inbox<Msg>()
        let p = Program(handler: effects, language: .fr, size: Size(width: 80, height: 24), post: { inbox.post($0) })
        p.press(.enter, .tab, .tab, .character("p"), .character("Q"))
        #expect(effects.reached.wait(timeout: .now() + 30) == .success)
        #expect(!p.quit)
        effects.gate.signal()
        Self.drain(p, inbox) { p.quit }
        #expect(p.quit)
        #expect(p.model.state.mark(session: world.id(session: "Modèle économique"), holder: world.id(holder: "Amina Diallo"))?.mark == .present)
    }

    static func kind(_ msg: Msg) -> String {
        switch msg {
        case .synced: "synced"
        case .performed: "performed"
        case .failed: "failed"
        case .refreshed: "refreshed"
        case .refreshFailed: "refreshFailed"
        case .journalRead: "journalRead"
        case .followUpsMade: "followUpsMade"
        case .progress: "progress"
        case .key, .resize, .tick: "input"
        }
    }
}

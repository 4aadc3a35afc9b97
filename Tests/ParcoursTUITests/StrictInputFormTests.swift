import Foundation
import ParcoursDomain
import ParcoursKit
import TerminalKit
import Testing
@testable import ParcoursTUI

/// Forms go through the same domain commands as the command line: the domain's input
/// rules show in the form, in plain words, and nothing is written.
@Suite struct StrictInputFormTests {
    @Test func aTooLongNameStaysInTheFormWithTheReasonAndWritesNothing() throws {
        let world = try World.seeded()
        defer { world.cleanUp() }
        let p = world.program(.fr)
        let before = world.workspace.eventCount
        p.press(.enter, .character("a"))
        p.type(String(repeating: "a", count: 201))
        p.press(.enter)
        guard case .form(let form) = p.model.overlay else { Issue.record("the form closed"); return }
        #expect(form.error == "Trop long pour le nom du porteur : 201 caractères, 200 au plus.")
        #expect(p.text.contains("Trop long pour le nom du porteur"))
        #expect(world.workspace.eventCount == before)
        #expect(world.workspace.state.holders.count == 4)
    }

    @Test func aPastedTextDirectionOverrideIsRefusedNamingTheField() throws {
        let world = try World.seeded()
        defer { world.cleanUp() }
        let p = world.program(.en)
        let before = world.workspace.eventCount
        p.press(.enter, .character("a"))
        p.type("Léa Martin")
        p.press(.tab)
        p.type("Café \u{202E}ecnarf")
        p.press(.enter)
        guard case .form(let form) = p.model.overlay else { Issue.record("the form closed"); return }
        #expect(form.error == "Invisible text-direction override (U+202E) in the project's title, at character 6: remove it.")
        #expect(world.workspace.eventCount == before)
        #expect(!world.workspace.state.holders.values.contains { $0.name == "Léa Martin" })
    }

    @Test func aSessionOfMoreThanADayIsRefusedByTheDomain() throws {
        let world = try World.seeded()
        defer { world.cleanUp() }
        let p = world.program(.en)
        let before = world.workspace.eventCount
        p.press(.enter, .tab, .character("a"))
        p.type("Bootcamp")
        p.press(.tab, .tab, .tab)
        p.type("5j")
        p.press(.enter)
        guard case .form(let form) = p.model.overlay else { Issue.record("the form closed"); return }
        #expect(form.error == "Invalid duration (2100 min): a session lasts more than 0 and at most 24 h.")
        #expect(world.workspace.eventCount == before)
    }
}

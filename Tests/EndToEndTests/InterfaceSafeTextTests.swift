import Foundation
import TmuxHarness
import Testing

/// Issue 14, part 7, in the interface: the real binary in tmux, on a colleague's log
/// full of escape sequences and bidi overrides. Everything shows visibly; nothing is
/// executed (tmux would take an OSC 0 as the pane's title).
@Suite struct InterfaceSafeTextTests {
    @Test func hostileNamesShowVisiblyAndActOnNothing() throws {
        let parcours = ParcoursBinary(language: "en")
        defer { parcours.cleanUp() }
        try HostileData.write(into: parcours.data)
        let tmux = try TmuxSession(command: [ParcoursBinary.url.path, "--data", parcours.data.path], width: 120, height: 40,
                                   environment: ["PARCOURS_AUTHOR": "Camille", "PARCOURS_LANG": "en"])
        defer { tmux.close() }
        let host = try tmux.display("#{host}")
        try tmux.waitFor("Prog ␛]0;pwned␇")
        try tmux.waitFor("▸ =HYPERLINK(\"http://evil.example\",\"clic\") ␛]52;c;cHduZWQ=␇")
        try tmux.sendKeys("Enter")
        let participants = try tmux.waitUntil("the three participants") { screen in
            screen.split(separator: "\n").contains { $0.hasPrefix("Holder ") }
                && ["Eve␛]0;pwned␇<U+202E>ruof", "Projet <U+009B>31m rouge␡", "Épicerie « solidaire » 🍎 l’été",
                    "␉=1+1 <script>alert(1)</script>"].allSatisfy(screen.contains)
        }
        // Down to Eve's row (rows follow the table's header), then her file: her
        // logbook note keeps its lines.
        let rows = participants.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let header = try #require(rows.firstIndex { $0.hasPrefix("Holder ") })
        let eve = try #require(rows.firstIndex { $0.hasPrefix("Eve␛]0;pwned␇") })
        for _ in 0..<(eve - header - 1) { try tmux.sendKeys("j") }
        try tmux.sendKeys("Enter")
        // The whole file drawn (a capture can catch a redraw half-way).
        let file = try tmux.waitUntil("Eve's file with her note") {
            $0.contains("Holder file — Eve␛]0;pwned␇<U+202E>ruof") && $0.contains("ligne 2␛[2J␛[H") && $0.contains("@SUM(1)")
        }
        #expect(file.contains("ligne 1"))
        // Nothing reached the terminal as a command: the pane kept its title, no screen
        // was cleared under the interface, and it still answers.
        #expect(try tmux.display("#{pane_title}") == host)
        try tmux.sendKeys("q", "q")
        try tmux.waitFor("Programmes and cohorts")
        try tmux.sendKeys("q")
        #expect(try tmux.waitForExit() == 0)
        #expect(tmux.sttyAfter == tmux.sttyBefore)
    }
}

import ParcoursDomain
import Testing
@testable import ParcoursTUI

@Suite struct CommandLineParserTests {
    @Test func quotesGroupWordsAndApostrophesInsideWordsStayLetters() {
        #expect(CommandLineParser.tokens(#"note "Amina Diallo" l'idée avance"#) == ["note", "Amina Diallo", "l'idée", "avance"])
        #expect(CommandLineParser.tokens("attend 'Étude de marché' Bruno a") == ["attend", "Étude de marché", "Bruno", "a"])
        #expect(CommandLineParser.tokens(#"note "Amina"#) == nil)
    }

    @Test func buildsTheSameCommandsAsTheCommandLine() {
        func parse(_ s: String) -> CommandLineParser.Outcome { CommandLineParser.parse(s, author: "Camille", .fr) }
        #expect(parse("attend S1 Amina present") == .commands([.attend(session: "S1", holder: "Amina", mark: .present)]))
        #expect(parse("attend S1 Amina absent --remote --remark 'en retard'")
            == .commands([.attend(session: "S1", holder: "Amina", mark: .absent, remote: true, remark: "en retard")]))
        #expect(parse("attend S1 --all") == .commands([.markAllPresent(session: "S1")]))
        #expect(parse("stage Amina etude") == .commands([.setStage(project: "Amina", stage: .etude)]))
        #expect(parse("stage Amina Étude --note 'étude lancée'")
            == .commands([.setStage(project: "Amina", stage: .etude, note: "étude lancée")]))
        #expect(parse("note Amina premier rendez-vous fait") == .commands([.addNote(target: "Amina", text: "premier rendez-vous fait")]))
        #expect(parse("undo") == .commands([.undo(author: "Camille")]))
        #expect(parse("redo") == .commands([.redo(author: "Camille")]))
        #expect(parse("q") == .quit)
    }

    @Test func badInputIsAPlainMessage() {
        guard case .error(let text) = CommandLineParser.parse("stage Amina lune", author: "C", .fr) else {
            Issue.record("expected an error"); return
        }
        #expect(text.contains("« lune »"))
        guard case .error(let unknown) = CommandLineParser.parse("frobnicate", author: "C", .en) else {
            Issue.record("expected an error"); return
        }
        #expect(unknown.hasPrefix("Unknown command: “frobnicate”."))
    }
}

import Testing
import TerminalKit

@Suite struct TextFieldTests {
    func typed(_ keys: [Key], into start: TextFieldState = TextFieldState()) -> TextFieldState {
        var state = start
        for key in keys { state.handle(key) }
        return state
    }

    @Test func typingAccentsAndMovingByGraphemes() {
        var state = TextFieldState()
        state.insert("Émergence")
        state.handle(.home)
        state.handle(.right)
        state.handle(.delete)      // removes "m", after the one-grapheme "É"
        #expect(state.text == "Éergence")
        state.handle(.end)
        state.handle(.backspace)
        state.insert("é")
        #expect(state.text == "Éergencé")
        #expect(state.cursor == 8)
    }

    @Test func combiningMarkTypedAloneJoinsThePreviousLetter() {
        var state = TextFieldState()
        state.insert("e")
        state.insert("\u{301}")
        #expect(state.text.count == 1)
        #expect(state.cursor == 1)
        state.handle(.backspace)
        #expect(state.text == "")
    }

    @Test func readlineKeys() {
        var state = TextFieldState(text: "Étude d’opportunité œuvre")
        state.handle(.ctrl("w"))
        #expect(state.text == "Étude d’opportunité ")
        state.handle(.ctrl("w"))
        #expect(state.text == "Étude ")
        state.handle(.ctrl("a"))
        state.handle(.right)
        state.handle(.ctrl("k"))
        #expect(state.text == "É")
        state.handle(.ctrl("e"))
        state.insert("cole « ESS »")
        #expect(state.text == "École « ESS »")
        state.handle(.left)
        state.handle(.left)
        state.handle(.ctrl("u"))
        #expect(state.text == " »")
        #expect(state.cursor == 0)
        let handled = state.handle(.up)
        #expect(!handled)
    }

    @Test func editsAtTheEdgesAreHarmless() {
        var state = TextFieldState()
        state.handle(.backspace)
        state.handle(.delete)
        state.handle(.left)
        state.handle(.ctrl("w"))
        #expect(state == TextFieldState())
    }

    @Test func drawsPlaceholderAndValidationMessage() {
        var canvas = Canvas(width: 16, height: 2)
        let state = TextFieldState(placeholder: "AAAA-MM-JJ", validationMessage: "Date invalide")
        let cursor = TextField.draw(state, into: &canvas, in: Rect(row: 0, col: 0, width: 16, height: 2))
        #expect(canvas.text() == "AAAA-MM-JJ\nDate invalide")
        #expect(cursor == Position(row: 0, col: 0))
        #expect(canvas.styledText().hasPrefix("[dim,underline|AAAA-MM-JJ][underline|      ]"))
    }

    @Test func scrollsHorizontallyToKeepTheCursorVisible() {
        var state = TextFieldState(text: "Étude d’opportunité")
        var canvas = Canvas(width: 10, height: 1)
        var cursor = TextField.draw(state, into: &canvas, in: Rect(row: 0, col: 0, width: 10, height: 1))
        #expect(canvas.text() == "portunité")    // 9 columns of text, the 10th is for the cursor
        #expect(cursor == Position(row: 0, col: 9))
        state.handle(.home)
        canvas = Canvas(width: 10, height: 1)
        cursor = TextField.draw(state, into: &canvas, in: Rect(row: 0, col: 0, width: 10, height: 1))
        #expect(canvas.text() == "Étude d’op")
        #expect(cursor == Position(row: 0, col: 0))
    }

    @Test func cursorAfterWideGlyphs() {
        let state = TextFieldState(text: "中文a")
        var canvas = Canvas(width: 10, height: 1)
        let cursor = TextField.draw(state, into: &canvas, in: Rect(row: 0, col: 2, width: 8, height: 1))
        #expect(cursor == Position(row: 0, col: 7))
    }
}

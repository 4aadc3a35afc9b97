import CNcursesw
import Testing
import TerminalKit

@Suite struct KeyDecoderTests {
    @Test(arguments: [
        (UInt32(1), Key.ctrl("a")), (3, .ctrl("c")), (18, .ctrl("r")), (23, .ctrl("w")), (26, .ctrl("z")),
        (8, .backspace), (127, .backspace), (9, .tab), (10, .enter), (13, .enter), (27, .escape),
        (97, .character("a")), (0xE9, .character("é")), (0x153, .character("œ")), (0xAB, .character("«")),
        (0x4E2D, .character("中")), (32, .character(" ")),
    ])
    func characters(value: UInt32, key: Key) {
        #expect(KeyDecoder.decode(.character(value)) == key)
    }

    @Test(arguments: [
        (KEY_UP, Key.up), (KEY_DOWN, .down), (KEY_LEFT, .left), (KEY_RIGHT, .right),
        (KEY_HOME, .home), (KEY_END, .end), (KEY_PPAGE, .pageUp), (KEY_NPAGE, .pageDown),
        (KEY_BACKSPACE, .backspace), (KEY_DC, .delete), (KEY_IC, .insert), (KEY_ENTER, .enter),
        (KEY_BTAB, .backTab), (KEY_RESIZE, .resize), (KEY_F0 + 1, .function(1)), (KEY_F0 + 12, .function(12)),
    ])
    func keyCodesMatchNcursesHeader(code: Int32, key: Key) {
        #expect(KeyDecoder.decode(.keyCode(code)) == key)
    }

    @Test func nulIsNotAKeyAndUnknownCodesAreKept() {
        #expect(KeyDecoder.decode(.character(0)) == nil)
        #expect(KeyDecoder.decode(.keyCode(KEY_MOUSE)) == .unknown(Int(KEY_MOUSE)))
    }

    @Test func escapeFollowedByACharacterIsAlt() {
        #expect(KeyDecoder.combineEscape(with: nil) == [.escape])
        #expect(KeyDecoder.combineEscape(with: .character("x")) == [.alt("x")])
        #expect(KeyDecoder.combineEscape(with: .up) == [.escape, .up])
    }

    @Test func displayNames() {
        #expect(Key.ctrl("r").displayName() == "Ctrl-R")
        #expect(Key.backTab.displayName() == "Shift-Tab")
        #expect(Key.backTab.displayName(.french) == "Maj-Tab")
        #expect(Key.up.displayName() == "↑")
        #expect(Key.enter.displayName() == "Enter")
        #expect(Key.enter.displayName(.french) == "Entrée")
        #expect(Key.escape.displayName(.french) == "Échap")
        #expect(Key.function(5).displayName() == "F5")
        #expect(Key.character("é").displayName() == "é")
    }

    @Test func languageFromHint() {
        #expect(LabelLanguage(hint: "fr") == .french)
        #expect(LabelLanguage(hint: "fr_FR.UTF-8") == .french)
        #expect(LabelLanguage(hint: "C.UTF-8") == .english)
        #expect(LabelLanguage(hint: nil) == .english)
    }
}

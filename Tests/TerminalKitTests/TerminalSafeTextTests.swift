import Foundation
import SafeText
import Testing

/// The one function that makes user text safe for a terminal (interface and command line).
@Suite struct TerminalSafeTextTests {
    @Test func escapeSequencesAreShownVisibly() {
        // A window title change (OSC 0 … BEL), a clipboard write (OSC 52), a screen clear.
        #expect(TerminalSafeText.make("Eve\u{1b}]0;pwned\u{7}") == "Eve␛]0;pwned␇")
        #expect(TerminalSafeText.make("\u{1b}]52;c;ZWNobw==\u{1b}\\") == "␛]52;c;ZWNobw==␛\\")
        #expect(TerminalSafeText.make("\u{1b}[2J\u{1b}[H") == "␛[2J␛[H")
    }

    @Test func everyC0ControlBecomesItsControlPicture() {
        for value in UInt32(0)..<0x20 {
            let scalar = Unicode.Scalar(value)!
            #expect(TerminalSafeText.make(String(Character(scalar))).unicodeScalars.map(\.value) == [0x2400 + value])
        }
        #expect(TerminalSafeText.make("\u{7f}") == "␡")
    }

    @Test func c1ControlsAndBidiCharactersAreNamed() {
        #expect(TerminalSafeText.make("a\u{9b}31mb") == "a<U+009B>31mb")
        #expect(TerminalSafeText.make("\u{80}\u{9f}") == "<U+0080><U+009F>")
        for value: UInt32 in [0x061C, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E,
                              0x2066, 0x2067, 0x2068, 0x2069] {
            let text = String(Character(Unicode.Scalar(value)!))
            #expect(TerminalSafeText.make(text) == "<U+\(String(value, radix: 16, uppercase: true).leftPadded)>")
        }
        // "invoice_[U+202E]fdp.exe" would read "invoice_exe.pdf".
        #expect(TerminalSafeText.make("invoice_\u{202e}fdp.exe") == "invoice_<U+202E>fdp.exe")
    }

    @Test func lineBreaksAreShownOnOneLineAndKeptInNotes() {
        #expect(TerminalSafeText.make("a\nb\r\nc\rd") == "a␊b␍␊c␍d")
        #expect(TerminalSafeText.make("a\nb\r\nc\rd", lineBreaks: .kept) == "a\nb\nc␍d")
        #expect(TerminalSafeText.make("fin\r", lineBreaks: .kept) == "fin␍")
        #expect(TerminalSafeText.make("a\tb", lineBreaks: .kept) == "a␉b")
    }

    @Test func frenchTextEmojiAndCombiningMarksPassUnchanged() {
        let texts = ["Léa Martin", "Œuvre « l’été » à Ævar — 12 €", "Frédéric Roux\u{a0}!", "e\u{301}tude",
                     "👩\u{200d}🌾 ✔\u{fe0f} 🇫🇷 🏴\u{e0067}\u{e0062}\u{e0065}\u{e006e}\u{e0067}\u{e007f}",
                     "عربي עברית 中文", "zero\u{200b}width", ""]
        for text in texts {
            #expect(TerminalSafeText.make(text) == text)
            #expect(TerminalSafeText.make(text, lineBreaks: .kept) == text)
            #expect(TerminalSafeText.jsonEscaped(text) == text)
        }
    }

    @Test func makingSafeTwiceChangesNothingMore() {
        let once = TerminalSafeText.make("\u{1b}[31m\u{9b}\u{202e}\r\n\t")
        #expect(TerminalSafeText.make(once) == once)
        #expect(!once.unicodeScalars.contains(where: TerminalSafeText.isUnsafe))
    }

    /// JSON keeps every value: the characters are written as \u escapes, which a JSON
    /// reader turns back into the same text.
    @Test func jsonEscapingKeepsTheValue() throws {
        let value = ["name": "Eve\u{1b}]0;x\u{7}\u{9b}2J\u{202e}\u{7f} é"]
        let encoded = String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
        let escaped = TerminalSafeText.jsonEscaped(encoded)
        #expect(!escaped.unicodeScalars.contains(where: TerminalSafeText.isUnsafe))
        #expect(escaped.contains("\\u009B") && escaped.contains("\\u202E") && escaped.contains("\\u007F"))
        #expect(try JSONDecoder().decode([String: String].self, from: Data(escaped.utf8)) == value)
        // Pretty printing's line feeds are the document's own whitespace.
        let encoder = JSONEncoder()
        encoder.outputFormatting = .prettyPrinted
        let pretty = String(decoding: try encoder.encode(value), as: UTF8.self)
        #expect(TerminalSafeText.jsonEscaped(pretty).split(separator: "\n").count == 3)
    }
}

private extension String {
    var leftPadded: String { String(repeating: "0", count: max(0, 4 - count)) + self }
}

import Testing
import TerminalKit

@Suite struct DisplayWidthTests {
    @Test func asciiAccentsAndTypographyAreOneColumn() {
        #expect(DisplayWidth.of("a") == 1)
        #expect(DisplayWidth.of("é") == 1)
        #expect(DisplayWidth.of("œ") == 1)
        #expect(DisplayWidth.of("«") == 1)
        #expect(DisplayWidth.of("’") == 1)
        #expect(DisplayWidth.of("Étude d’opportunité") == 19)
    }

    @Test func combiningMarksStayInTheirBase() {
        let decomposed = "e\u{301}"  // e + combining acute accent: one grapheme
        #expect(decomposed.count == 1)
        #expect(DisplayWidth.of(decomposed) == 1)
        #expect(DisplayWidth.of(Unicode.Scalar(0x301)!) == 0)
        #expect(DisplayWidth.of("E\u{301}tude") == 5)
    }

    @Test func wideGlyphsAreTwoColumns() {
        #expect(DisplayWidth.of("中") == 2)
        #expect(DisplayWidth.of("日本") == 4)
        #expect(DisplayWidth.of("🚀") == 2)
        #expect(DisplayWidth.of("👍🏽") == 2)        // emoji with skin tone modifier: one cluster
        #expect(DisplayWidth.of("❤️") == 2)         // text-default heart with VS16
        #expect(DisplayWidth.of("Ｆ") == 2)         // fullwidth Latin
    }

    @Test func zeroWidthIsZeroAndControlsTakeTheirVisibleForm() {
        #expect(DisplayWidth.of("\u{200B}") == 0)
        #expect(DisplayWidth.of("\u{7}") == 1)        // shown as ␇
        #expect(DisplayWidth.of("\u{9b}") == 8)       // shown as <U+009B>
        #expect(DisplayWidth.of("a\u{202E}b") == 10)  // a<U+202E>b
    }

    @Test func truncationCountsDisplayWidth() {
        #expect(DisplayWidth.truncate("Émergence", to: 9) == "Émergence")
        #expect(DisplayWidth.truncate("Émergence", to: 6) == "Émerg…")
        #expect(DisplayWidth.truncate("日本語テキスト", to: 6) == "日本…")  // 4 + "…" (the next glyph would not fit)
        #expect(DisplayWidth.truncate("abc", to: 0) == "")
        #expect(DisplayWidth.pad("œuf", to: 6, alignment: .right) == "   œuf")
        #expect(DisplayWidth.pad("œuf", to: 6, alignment: .center) == " œuf  ")
    }
}

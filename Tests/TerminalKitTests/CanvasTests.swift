import SafeText
import Testing
import TerminalKit

@Suite struct CanvasTests {
    @Test func textRendersAccentsAndTrimsTrailingSpaces() {
        var canvas = Canvas(width: 12, height: 2)
        canvas.put("Émergence", row: 0, col: 1)
        canvas.put("« œ »", row: 1, col: 0)
        #expect(canvas.text() == " Émergence\n« œ »")
    }

    @Test func wideGlyphTakesTwoCellsWithAContinuation() {
        var canvas = Canvas(width: 6, height: 1)
        let end = canvas.put("a中b", row: 0, col: 0)
        #expect(end == 4)
        #expect(canvas[0, 1].text == "中")
        #expect(canvas[0, 2].isContinuation)
        #expect(canvas[0, 3].text == "b")
        #expect(canvas.text() == "a中b")
    }

    @Test func combiningMarkTravelsInItsBaseCell() {
        var canvas = Canvas(width: 6, height: 1)
        canvas.put("E\u{301}te\u{301}", row: 0, col: 0)
        #expect(canvas[0, 0].text == "E\u{301}")
        #expect(canvas[0, 2].text == "e\u{301}")
        #expect(canvas[0, 3].text == " ")
    }

    @Test func wideGlyphCutAtTheRightEdgeBecomesASpace() {
        var canvas = Canvas(width: 5, height: 1, fill: Cell("."))
        canvas.put("ab中中", row: 0, col: 0)
        // "ab中" takes 4 columns; the second 中 would need columns 4–5: a space instead.
        #expect(canvas.text() == "ab中")
        #expect(canvas[0, 4].text == " ")
    }

    @Test func maxWidthClipsAndEllipsisTruncates() {
        var canvas = Canvas(width: 20, height: 3)
        canvas.put("Étude d’opportunité", row: 0, col: 0, maxWidth: 7)
        canvas.put("Étude d’opportunité", row: 1, col: 0, maxWidth: 10, overflow: .ellipsis)
        canvas.put("Étude d’opportunité", row: 2, col: 12, overflow: .ellipsis)
        #expect(canvas.text() == """
        Étude d
        Étude d’o…
                    Étude d…
        """)
    }

    @Test func overwritingHalfAWideGlyphClearsTheOtherHalf() {
        var canvas = Canvas(width: 6, height: 2)
        canvas.put("中中", row: 0, col: 0)
        canvas.put("x", row: 0, col: 1)   // right half of the first 中
        canvas.put("中中", row: 1, col: 0)
        canvas.put("y", row: 1, col: 2)   // left half of the second 中
        #expect(canvas.lines() == [" x中", "中y"])
        #expect(!canvas[1, 3].isContinuation)
    }

    @Test func boxesAndDividers() {
        var canvas = Canvas(width: 12, height: 5)
        canvas.box(Rect(row: 0, col: 0, width: 12, height: 5), title: "Œuvre")
        canvas.divider(row: 2, col: 0, width: 12)
        #expect(canvas.text() == """
        ┌ Œuvre ───┐
        │          │
        ├──────────┤
        │          │
        └──────────┘
        """)
    }

    @Test func boxTitleTooLongIsTruncated() {
        var canvas = Canvas(width: 10, height: 2)
        canvas.box(Rect(row: 0, col: 0, width: 10, height: 2), title: "Étude d’opportunité")
        #expect(canvas.lines()[0] == "┌ Étude …┐")
    }

    @Test func regionsOffsetAndClip() {
        var canvas = Canvas(width: 10, height: 4, fill: Cell("."))
        canvas.withRegion(Rect(row: 1, col: 2, width: 5, height: 2)) { region in
            #expect(region.bounds == Rect(row: 0, col: 0, width: 5, height: 2))
            region.put("abcdefgh", row: 0, col: 0)     // clipped at the region's right edge
            region.put("xy中", row: 1, col: 2)          // 中 would straddle the edge
            region.put("hidden", row: 2, col: 0)       // below the region
            region.put("zz", row: 0, col: -1)          // starts left of the region
        }
        #expect(canvas.text() == """
        ..........
        ..zbcde...
        ....xy ...
        ..........
        """)
    }

    @Test func nestedRegionsClipToTheIntersection() {
        var canvas = Canvas(width: 8, height: 3)
        canvas.withRegion(Rect(row: 0, col: 2, width: 4, height: 3)) { outer in
            outer.withRegion(Rect(row: 1, col: 2, width: 10, height: 10)) { inner in
                inner.fill(inner.bounds, with: "#")
                #expect(inner.bounds.width == 2)
            }
        }
        #expect(canvas.lines() == ["", "    ##", "    ##"])
    }

    @Test func fillLinesAndDrawingAnotherCanvas() {
        var small = Canvas(width: 3, height: 1)
        small.put("日x", row: 0, col: 0)
        var canvas = Canvas(width: 6, height: 3)
        canvas.horizontalLine(row: 0, col: 0, length: 6)
        canvas.verticalLine(row: 0, col: 5, length: 3)
        canvas.draw(small, atRow: 1, col: 1)
        #expect(canvas.text() == """
        ─────│
         日x │
             │
        """)
    }

    @Test func styledTextMarksStyledRuns() {
        var canvas = Canvas(width: 12, height: 1)
        canvas.put("Séances", row: 0, col: 0, style: .reverse)
        canvas.put("œ", row: 0, col: 8, style: Style(foreground: .red, bold: true))
        #expect(canvas.styledText() == "[reverse|Séances] [bold,fg=red|œ]")
    }

    @Test func controlCharactersAreShownVisibly() {
        var canvas = Canvas(width: 6, height: 1)
        canvas.put("a\tb\nc", row: 0, col: 0)
        #expect(canvas.text() == "a␉b␊c")
    }

    /// Whatever a screen passes in, no cell holds a character the terminal would act on:
    /// an OSC title change, a CSI clear, a C1 CSI, DEL and a right-to-left override in a
    /// holder's name all land in cells as visible stand-ins, and measure as drawn.
    @Test func everyUnsafeCharacterIsVisibleInItsCells() {
        let name = "Eve\u{1b}]0;pwned\u{7}\u{1b}[2J\u{9b}31m\u{7f}\u{202e}ruof"
        var canvas = Canvas(width: 60, height: 2)
        let end = canvas.put(name, row: 0, col: 0)
        #expect(canvas.lines()[0] == "Eve␛]0;pwned␇␛[2J<U+009B>31m␡<U+202E>ruof")
        #expect(end == DisplayWidth.of(name))
        for row in 0..<canvas.height {
            for col in 0..<canvas.width {
                #expect(!canvas[row, col].text.unicodeScalars.contains(where: TerminalSafeText.isUnsafe))
            }
        }
        canvas.put(name, row: 1, col: 0, maxWidth: 10, overflow: .ellipsis)
        #expect(canvas.lines()[1] == "Eve␛]0;pw…")
        canvas.fill(Rect(row: 1, col: 0, width: 3, height: 1), with: "\u{1b}")
        #expect(canvas.lines()[1] == "   ␛]0;pw…")
    }

    @Test func frenchTextAndEmojiAreUnchangedInCells() {
        var canvas = Canvas(width: 40, height: 1)
        canvas.put("Œuvre « l’été » e\u{301} 👩\u{200d}🌾 ✔\u{fe0f}", row: 0, col: 0)
        #expect(canvas.lines()[0] == "Œuvre « l’été » e\u{301} 👩\u{200d}🌾 ✔\u{fe0f}")
    }
}

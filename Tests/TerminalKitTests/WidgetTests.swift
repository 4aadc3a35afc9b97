import Testing
import TerminalKit

@Suite struct WidgetTests {
    @Test func listViewMarksTheSelection() {
        let items = ["Envie", "Idée", "Émergence", "Étude d’opportunité", "Test"]
        var canvas = Canvas(width: 14, height: 3)
        ListView(count: items.count) { items[$0] }
            .draw(into: &canvas, in: Rect(row: 0, col: 0, width: 14, height: 3), state: SelectionState(selection: 3))
        #expect(canvas.text() == """
          Idée
          Émergence
        ▸ Étude d’opp…
        """)
    }

    @Test func menuWithHints() {
        var menu = Menu(items: [.init("Ouvrir", hint: "Entrée"), .init("Quitter", hint: "q")])
        menu.handle(.down)
        var canvas = Canvas(width: 18, height: 2)
        menu.draw(into: &canvas, in: Rect(row: 0, col: 0, width: 18, height: 2))
        #expect(canvas.text() == """
          Ouvrir    Entrée
        ▸ Quitter        q
        """)
        menu.handle(.down)
        #expect(menu.selected == 0)
    }

    @Test func tabsBar() {
        var tabs = Tabs(titles: ["Séances", "Porteurs", "Étapes"])
        tabs.handle(.backTab)
        var canvas = Canvas(width: 30, height: 1)
        tabs.draw(into: &canvas, row: 0, col: 0, width: 30)
        #expect(canvas.text() == " Séances │ Porteurs │ Étapes")
        #expect(canvas.styledText() == " Séances │ Porteurs │[bold,reverse| Étapes ]")
    }

    @Test func statusBarKeepsPositionAndTruncatesTheRest() {
        let bar = StatusBar(breadcrumb: ["Fabrique à initiatives", "Promo 3", "Séances"],
                            message: "Présence enregistrée", position: "12/240")
        var wide = Canvas(width: 80, height: 1)
        bar.draw(into: &wide, row: 0, col: 0, width: 80, style: .plain)
        #expect(wide.text() == " Fabrique à initiatives › Promo 3 › Séances     Présence enregistrée     12/240")
        var narrow = Canvas(width: 30, height: 1)
        bar.draw(into: &narrow, row: 0, col: 0, width: 30, style: .plain)
        #expect(narrow.text() == " Fabrique à initiativ… 12/240")
    }

    @Test func progressBar() {
        var canvas = Canvas(width: 16, height: 2)
        ProgressBar(done: 1, total: 2).draw(into: &canvas, row: 0, col: 0, width: 16)
        ProgressBar(fraction: 1).draw(into: &canvas, row: 1, col: 0, width: 16)
        #expect(canvas.text() == """
        █████░░░░░  50 %
        ██████████ 100 %
        """)
    }

    @Test func segmentedBarIsProportionalWithLabels() {
        let bar = SegmentedBar(segments: [
            .init("Émergence", value: 6, style: Style(background: .blue)),
            .init("Étude", value: 3, style: Style(background: .green)),
            .init("Test", value: 0, style: Style(background: .red)),
            .init("Création", value: 1, style: Style(background: .yellow)),
        ])
        #expect(bar.widths(total: 30) == [18, 9, 0, 3])
        var canvas = Canvas(width: 30, height: 1)
        bar.draw(into: &canvas, row: 0, col: 0, width: 30)
        #expect(canvas.text() == "Émergence 6       Étude 3  Cr…")
        #expect(canvas.styledText().hasPrefix("[bg=blue|Émergence 6       ][bg=green|Étude 3  ][bg=yellow|Cr…]"))
    }

    /// A label cut to fit says so and keeps its count when it can; it never runs into the next one.
    @Test func segmentedBarCutsLabelsVisibly() {
        let bar = SegmentedBar(segments: [
            .init("Envie d'entreprendre", value: 3, style: Style(background: .blue)),
            .init("Idée", value: 3, style: Style(background: .green)),
        ])
        var canvas = Canvas(width: 30, height: 1)
        bar.draw(into: &canvas, row: 0, col: 0, width: 30)
        #expect(canvas.text() == "Envie d'ent… 3 Idée 3")
        let e = SegmentedBar.Segment("Émergence", value: 12, style: .plain)
        #expect(SegmentedBar.text(e, width: 12) == "Émergence 12")
        #expect(SegmentedBar.text(e, width: 7) == "Ém… 12")
        #expect(SegmentedBar.text(e, width: 5) == "Émer…")
        #expect(SegmentedBar.text(e, width: 1) == "")
    }

    @Test func segmentedBarGivesTinySegmentsAColumn() {
        let bar = SegmentedBar(segments: [
            .init("a", value: 1000, style: .plain), .init("b", value: 1, style: .plain),
        ])
        #expect(bar.widths(total: 10) == [9, 1])
    }

    @Test func panelReturnsItsInside() {
        var canvas = Canvas(width: 14, height: 4)
        let inner = Panel.draw(into: &canvas, in: Rect(row: 0, col: 0, width: 14, height: 4), title: "« Atelier »")
        canvas.withRegion(inner) { $0.put("Présents : 12", row: 0, col: 0) }
        #expect(inner == Rect(row: 1, col: 1, width: 12, height: 2))
        #expect(canvas.text() == """
        ┌ « Atelier …┐
        │Présents : 1│
        │            │
        └────────────┘
        """)
    }

    @Test func dialogIsCentredWithWrappedMessageAndButtons() {
        var canvas = Canvas(width: 30, height: 9)
        var dialog = Dialog(title: "Quitter ?", message: "Les modifications sont enregistrées.", buttons: ["Oui", "Non"])
        dialog.handle(.right)
        let rect = dialog.draw(into: &canvas, width: 24)
        #expect(rect == Rect(row: 1, col: 3, width: 24, height: 6))
        #expect(canvas.text() == """

           ┌ Quitter ? ───────────┐
           │ Les modifications    │
           │ sont enregistrées.   │
           │                      │
           │   [ Oui ]  [ Non ]   │
           └──────────────────────┘
        """ + "\n\n")
        #expect(canvas.styledText().contains("[reverse|[ Non ]]"))
    }

    @Test func minimumSizeNoticeInBothLanguages() {
        let notice = MinimumSizeNotice(required: Size(width: 80, height: 24), actual: Size(width: 60, height: 20))
        #expect(notice.message == "Terminal too small: needs at least 80×24, now 60×20")
        var fr = notice
        fr.language = .french
        #expect(fr.message == "Terminal trop petit : il faut au moins 80×24, actuellement 60×20")
        var canvas = Canvas(width: 30, height: 5)
        fr.draw(into: &canvas)
        #expect(canvas.text() == """

           Terminal trop petit : il
             faut au moins 80×24,
              actuellement 60×20

        """)
    }

    @Test func wrapByDisplayWidth() {
        #expect(wrap("Étude d’opportunité du projet « Œuvre »", width: 12)
                == ["Étude", "d’opportunit", "é du projet", "« Œuvre »"])
        #expect(wrap("中文字符测试", width: 5) == ["中文", "字符", "测试"])
        #expect(wrap("un\n\ndeux", width: 10) == ["un", "", "deux"])
        // A note imported from a Windows spreadsheet: CR LF and lone CR break lines too,
        // rather than reaching the canvas as ␍.
        #expect(wrap("un\r\ndeux\rtrois", width: 10) == ["un", "deux", "trois"])
    }
}

import Synchronization
import Testing
import TerminalKit

@Suite struct TableViewTests {
    let columns = [
        TableColumn("Porteur", width: .flexible(min: 4)),
        TableColumn("Étape", width: .fixed(9)),
        TableColumn("Séances", width: .fixed(7), alignment: .right),
    ]
    let rows = [
        ["Amélie Fournier", "Émergence", "3"],
        ["Collectif « Les Œillets »", "Étude", "12"],
        ["Zoé", "Idée", "0"],
    ]

    @Test func drawsHeaderRowsAlignmentAndTruncation() {
        var canvas = Canvas(width: 32, height: 4)
        let table = TableView(columns: columns, rowCount: rows.count) { rows[$0] }
        table.draw(into: &canvas, in: Rect(row: 0, col: 0, width: 32, height: 4), state: SelectionState(selection: 1))
        #expect(canvas.text() == """
        Porteur        Étape     Séances
        Amélie Fourni… Émergence       3
        Collectif « L… Étude          12
        Zoé            Idée            0
        """)
        #expect(canvas.styledText().split(separator: "\n")[2] == "[reverse|Collectif « L… Étude          12]")
    }

    @Test func columnWidthsShareTheRestByWeight() {
        let widths = TableView.columnWidths([
            TableColumn("a", width: .fixed(5)),
            TableColumn("b", width: .flexible(min: 2, weight: 1)),
            TableColumn("c", width: .flexible(min: 2, weight: 2)),
        ], totalWidth: 30)
        // 30 - 2 separators = 28; 28 - 5 - 2 - 2 = 19 spare shared 1:2 → 6 and 12, 1 left to b.
        #expect(widths == [5, 9, 14])
        #expect(widths.reduce(0, +) + 2 == 30)
    }

    @Test func hundredThousandRowsRenderOnlyVisibleRowsAndKeepSelectionVisible() {
        let calls = Mutex<[Int]>([])
        let table = TableView(columns: [TableColumn("N°", width: .fixed(6)), TableColumn("Nom")], rowCount: 100_000) { i in
            calls.withLock { $0.append(i) }
            return ["\(i)", "Porteur \(i)"]
        }
        var state = SelectionState()
        let rect = Rect(row: 0, col: 0, width: 20, height: 6)  // header + 5 rows
        state.handle(.end, count: table.rowCount, visibleRows: TableView.visibleRows(in: rect))
        #expect(state.selection == 99_999)
        #expect(state.offset == 99_995)
        var canvas = Canvas(width: 20, height: 6)
        table.draw(into: &canvas, in: rect, state: state)
        let firstCalls = calls.withLock { $0 }
        #expect(firstCalls == [99_995, 99_996, 99_997, 99_998, 99_999])
        #expect(canvas.lines().last == "99999  Porteur 99999")

        calls.withLock { $0.removeAll() }
        state.handle(.pageUp, count: table.rowCount, visibleRows: 5)
        state.handle(.up, count: table.rowCount, visibleRows: 5)
        canvas = Canvas(width: 20, height: 6)
        table.draw(into: &canvas, in: rect, state: state)
        #expect(state.selection == 99_993)
        let secondCalls = calls.withLock { $0 }
        #expect(secondCalls.count == 5)
        #expect(canvas.lines()[1] == "99993  Porteur 99993")
    }

    @Test func drawKeepsASelectionOutsideTheViewportVisible() {
        var canvas = Canvas(width: 10, height: 3)
        let table = TableView(columns: [TableColumn("N")], rowCount: 50) { ["ligne \($0)"] }
        // A stale offset of 0 with the selection at 30: the drawing scrolls to it anyway.
        table.draw(into: &canvas, in: Rect(row: 0, col: 0, width: 10, height: 3), state: SelectionState(selection: 30, offset: 0))
        #expect(canvas.lines() == ["N", "ligne 29", "ligne 30"])
    }

    @Test func emptyTableShowsItsMessage() {
        var canvas = Canvas(width: 16, height: 3)
        var table = TableView(columns: [TableColumn("Nom")], rowCount: 0) { _ in [] }
        table.emptyMessage = "Aucun porteur"
        table.draw(into: &canvas, in: Rect(row: 0, col: 0, width: 16, height: 3), state: SelectionState())
        #expect(canvas.lines() == ["Nom", "Aucun porteur", ""])
    }

    @Test func selectionKeys() {
        var state = SelectionState()
        state.handle(.down, count: 3, visibleRows: 2)
        state.handle(.character("j"), count: 3, visibleRows: 2)
        state.handle(.down, count: 3, visibleRows: 2)
        #expect(state == SelectionState(selection: 2, offset: 1))
        state.handle(.character("g"), count: 3, visibleRows: 2)
        #expect(state == SelectionState(selection: 0, offset: 0))
        let handled = state.handle(.character("x"), count: 3, visibleRows: 2)
        #expect(!handled)
    }
}

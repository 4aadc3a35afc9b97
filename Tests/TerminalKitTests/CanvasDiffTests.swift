import Testing
import TerminalKit

@Suite struct CanvasDiffTests {
    @Test func noOldFrameMeansEveryRow() {
        let canvas = Canvas(width: 3, height: 2)
        let runs = CanvasDiff.changes(from: nil, to: canvas)
        #expect(runs.map(\.row) == [0, 1])
        #expect(runs.allSatisfy { $0.col == 0 && $0.cells.count == 3 })
    }

    @Test func identicalFramesHaveNoChanges() {
        var canvas = Canvas(width: 5, height: 2)
        canvas.put("Étape", row: 0, col: 0)
        #expect(CanvasDiff.changes(from: canvas, to: canvas).isEmpty)
    }

    @Test func onlyChangedCellsInRuns() {
        var old = Canvas(width: 10, height: 2)
        old.put("abcdefghij", row: 0, col: 0)
        var new = old
        new.put("XY", row: 0, col: 2)
        new.put("Z", row: 0, col: 7)
        new.put("é", row: 1, col: 9)
        let runs = CanvasDiff.changes(from: old, to: new)
        #expect(runs == [
            CanvasDiff.Run(row: 0, col: 2, cells: [Cell("X"), Cell("Y")]),
            CanvasDiff.Run(row: 0, col: 7, cells: [Cell("Z")]),
            CanvasDiff.Run(row: 1, col: 9, cells: [Cell("é")]),
        ])
    }

    @Test func styleChangeIsAChange() {
        var old = Canvas(width: 3, height: 1)
        old.put("abc", row: 0, col: 0)
        var new = old
        new.put("b", row: 0, col: 1, style: .bold)
        #expect(CanvasDiff.changes(from: old, to: new) == [CanvasDiff.Run(row: 0, col: 1, cells: [Cell("b", style: .bold)])])
    }

    @Test func runStartingOnAContinuationIncludesItsWideGlyph() {
        var old = Canvas(width: 4, height: 1)
        old.put("中", row: 0, col: 0)
        var new = old
        new.put("中", row: 0, col: 0)
        // Restyle only the right half and the next cell: the run must start at the glyph.
        new.restyle(Rect(row: 0, col: 1, width: 2, height: 1)) { $0.bold = true }
        let runs = CanvasDiff.changes(from: old, to: new)
        #expect(runs.count == 1)
        #expect(runs.first?.col == 0)
        #expect(runs.first?.cells.map(\.text) == ["中", "", " "])
    }

    @Test func sizeChangeRedrawsEverything() {
        let old = Canvas(width: 3, height: 1)
        let new = Canvas(width: 4, height: 2)
        #expect(CanvasDiff.changes(from: old, to: new).count == 2)
    }
}

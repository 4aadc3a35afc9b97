/// Which cells changed between two frames, so the backend redraws only those (no flicker).
public enum CanvasDiff {
    /// Consecutive changed cells on one row, starting at `col`.
    public struct Run: Sendable, Equatable {
        public var row: Int
        public var col: Int
        public var cells: [Cell]
        public init(row: Int, col: Int, cells: [Cell]) {
            self.row = row
            self.col = col
            self.cells = cells
        }
    }

    /// The runs of cells of `new` that differ from `old`. With no old frame, or one of
    /// another size, every row is one run. A run never starts on a continuation cell:
    /// it is widened left to the wide glyph that owns it.
    public static func changes(from old: Canvas?, to new: Canvas) -> [Run] {
        var runs: [Run] = []
        guard let old, old.size == new.size else {
            for r in 0..<new.height where new.width > 0 {
                runs.append(Run(row: r, col: 0, cells: (0..<new.width).map { new[r, $0] }))
            }
            return runs
        }
        for r in 0..<new.height {
            var c = 0
            while c < new.width {
                guard old[r, c] != new[r, c] else { c += 1; continue }
                var start = c
                if new[r, start].isContinuation && start > 0 { start -= 1 }
                var end = c + 1
                while end < new.width && old[r, end] != new[r, end] { end += 1 }
                if let last = runs.last, last.row == r, last.col + last.cells.count >= start {
                    start = last.col  // merge with an overlapping previous run
                    runs.removeLast()
                }
                runs.append(Run(row: r, col: start, cells: (start..<end).map { new[r, $0] }))
                c = end
            }
        }
        return runs
    }
}

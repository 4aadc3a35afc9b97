import ArgumentParser
import Foundation
import ParcoursDomain
import ParcoursKit
import SafeText

/// Plain aligned columns for a terminal, measured in characters; each cell on one line
/// (a line feed in a name shows as ␊ rather than breaking the table).
struct TextTable {
    let language: Language

    func print(_ rows: [[String]], header: [String]) {
        if rows.isEmpty {
            Output.line(language == .fr ? "(aucun)" : "(none)")
            return
        }
        let all = ([header] + rows).map { $0.map { TerminalSafeText.make($0) } }
        let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        for (index, row) in all.enumerated() {
            let line = row.enumerated().map { column, cell in
                column == row.count - 1 ? cell : cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
            Output.line(line)
            if index == 0 { Output.line(widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")) }
        }
    }
}

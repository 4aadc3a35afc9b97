import Foundation
import ParcoursDomain
import ParcoursKit

extension ReportDocument {
    /// The key figures, a blank line, then the per-holder table, as CSV (UTF-8 with BOM).
    public func csv(language l: Language, separator: Character = ";") throws -> Data {
        let fr = l == .fr
        let figures = CSVTable(name: "figures", header: [fr ? "Indicateur" : "Figure", fr ? "Valeur" : "Value"],
                               rows: figures(language: l).map { [$0.0.trimmingCharacters(in: .whitespaces), $0.1] },
                               computed: [1])
        let rows = rows(language: l)
        let holders = CSVTable(name: "holders", header: rows[0], rows: Array(rows.dropFirst()), computed: [3, 4])
        return try figures.csv(separator: separator) + holders.csv(separator: separator, byteOrderMark: false)
    }
}

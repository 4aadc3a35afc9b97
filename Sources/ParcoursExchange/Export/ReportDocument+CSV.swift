import Foundation
import ParcoursDomain
import ParcoursKit

extension ReportDocument {
    /// Every table of the layout, one after the other (its title on a line of its own,
    /// then its header and rows, then a blank line), as CSV (UTF-8 with BOM). Numbers are
    /// plain numbers a spreadsheet adds up — the unit goes in the header ("Heures réalisées
    /// (h)", "Assiduité (%)") — with a decimal comma when columns are separated by `;`.
    public func csv(language l: Language, separator: Character = ";") throws -> Data {
        let layout = layout(language: l)
        let decimalComma = separator == ";"
        var out = Data()
        let heading = CSVTable(name: "title", header: [layout.title], rows: [])
        out += try heading.csv(separator: separator)
        for table in layout.tables {
            var header = table.columns, rows: [[String]] = []
            var computed = Set<Int>()
            switch table.shape {
            case .figures:
                // Units vary by row: each label names its own ("Heures réalisées (h)").
                for row in table.rows {
                    let label = row[0].value.display(l).trimmingCharacters(in: .whitespaces)
                    let unit = row.dropFirst().compactMap { $0.value.unit(l) }.first
                    rows.append([unit.map { "\(label) (\($0))" } ?? label] + row.dropFirst().map { $0.value.plain(decimalComma: decimalComma) })
                }
                computed = Set(1..<max(1, header.count))
            case .grid:
                for column in header.indices {
                    let values = table.rows.map { $0[column].value }
                    guard values.contains(where: \.isNumber) else { continue }
                    computed.insert(column)
                    if let unit = values.compactMap({ $0.unit(l) }).first { header[column] += " (\(unit))" }
                }
                rows = table.rows.map { $0.map { $0.value.plain(decimalComma: decimalComma) } }
            }
            // The title on its own line, then the table's header and rows.
            let section = CSVTable(name: table.id, header: [table.title], rows: [header] + rows, computed: computed)
            out += try section.csv(separator: separator, byteOrderMark: false)
        }
        return out
    }
}

import Foundation
import ParcoursKit
import ParcoursDomain

/// Dates as spreadsheets write them: ISO (2026-01-12) or French (12/01/2026, also 12/1/2026
/// and 12-01-2026 or 12.01.2026). Impossible days (31/02/2026) are refused.
public enum ImportDate {
    public static func parse(_ text: String) -> Day? {
        let t = text.trimmingCharacters(in: .whitespaces)
        if let day = Day(iso: t) { return day }
        let parts = t.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "/" || $0 == "-" || $0 == "." })
        guard parts.count == 3, parts[2].count == 4, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count),
              parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]) else { return nil }
        return Day(year: y, month: m, day: d)
    }
}

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

    /// The day of a form's timestamp: the first word that is a day ("30/03/2021 10:15:00"
    /// from Google Forms, "2021-03-30 10:15:00" from LimeSurvey, "mar, 30/03/2021 - 10:15"
    /// from Framaforms, "2021/03/30 …").
    public static func parseStamp(_ text: String) -> Day? {
        for word in text.split(whereSeparator: { $0 == " " || $0 == "T" || $0 == "," }) {
            let token = String(word)
            if let day = parse(token) ?? Day(iso: token.replacingOccurrences(of: "/", with: "-")) { return day }
        }
        return nil
    }
}

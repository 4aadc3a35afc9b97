import ParcoursDomain

/// One value of a report as laid out for people: what it is (a count, hours, a rate…)
/// decides how each format writes it, so the text, Markdown and CSV renderings cannot
/// disagree on a figure — they only differ in units and punctuation.
public enum ReportValue: Hashable, Sendable {
    /// Words: a label, a name, a title, a date already in words.
    case text(String)
    case count(Int)
    case hours(Double)
    /// A rate from 0 to 1; nil when nothing counts (written "—").
    case percent(Double?)
    case days(Int)
    /// An amount in euros.
    case euros(Double)
    /// A mean mark out of 10; nil when nobody answered.
    case score(Double?)

    /// The unit a spreadsheet header names ("h", "%", "jours"…); nil for counts and words.
    public func unit(_ l: Language) -> String? {
        switch self {
        case .text, .count: nil
        case .hours: "h"
        case .percent: "%"
        case .days: l == .fr ? "jours" : "days"
        case .euros: "€"
        case .score: "/10"
        }
    }

    /// As a person reads it: "45,5 h", "33 %", "12", "1 200 €".
    public func display(_ l: Language) -> String {
        switch self {
        case .text(let text): return text
        case .count(let n): return String(n)
        case .days(let n): return "\(n) " + (unit(l) ?? "")
        case .hours(let h): return Self.decimal(h, l) + " h"
        case .percent(let rate):
            guard let rate else { return "—" }
            return String(Int((rate * 100).rounded())) + (l == .fr ? " %" : "%")
        case .euros(let amount):
            let number = Self.decimal(amount, l, grouped: true)
            return l == .fr ? number + " €" : "€" + number
        case .score(let mark):
            guard let mark else { return "—" }
            return Self.decimal(mark, l) + "/10"
        }
    }

    /// A plain number a spreadsheet adds up (the unit goes in the header): the decimal
    /// mark is a comma when columns are separated by `;` (French spreadsheets), a point
    /// otherwise. Rates are written in percent, rounded as the text shows them.
    public func plain(decimalComma: Bool) -> String {
        func decimal(_ value: Double) -> String {
            let text = Self.decimal(value, .en)
            return decimalComma ? text.replacingOccurrences(of: ".", with: ",") : text
        }
        switch self {
        case .text(let text): return text
        case .count(let n), .days(let n): return String(n)
        case .hours(let h): return decimal(h)
        case .euros(let amount): return decimal(amount)
        case .percent(let rate): return rate.map { String(Int(($0 * 100).rounded())) } ?? ""
        case .score(let mark): return mark.map(decimal) ?? ""
        }
    }

    public var isNumber: Bool {
        if case .text = self { return false }
        return true
    }

    /// One decimal at most ("45,5", "12"); amounts to the cent, thousands grouped when asked.
    static func decimal(_ value: Double, _ l: Language, grouped: Bool = false) -> String {
        let places = grouped && value.rounded() != value ? 100.0 : 10.0
        let rounded = (value * places).rounded() / places
        var text = rounded == rounded.rounded() ? String(Int(rounded))
            : String(format: places == 100 ? "%.2f" : "%.1f", rounded)
        if grouped {
            let parts = text.split(separator: ".", omittingEmptySubsequences: false)
            var whole = String(parts[0]), out = ""
            let negative = whole.hasPrefix("-")
            if negative { whole.removeFirst() }
            for (index, digit) in whole.enumerated() {
                if index > 0, (whole.count - index) % 3 == 0 { out += l == .fr ? "\u{202F}" : "," }
                out.append(digit)
            }
            text = (negative ? "-" : "") + out + (parts.count > 1 ? "." + parts[1] : "")
        }
        return l == .fr ? text.replacingOccurrences(of: ".", with: ",") : text
    }
}

/// A value and where it sits in the report's JSON (keys and array indexes from the root),
/// so a test can hold every format to the same figures.
public struct ReportCell: Hashable, Sendable {
    public var value: ReportValue
    public var path: [String]?

    public init(_ value: ReportValue, _ path: [String]? = nil) {
        self.value = value
        self.path = path
    }
}

/// One table of a report: either figures (a label and a value per row, units varying by
/// row) or a grid (the same kind of value down each column).
public struct ReportTable: Hashable, Sendable {
    public enum Shape: Hashable, Sendable { case figures, grid }

    /// A stable name: "activity", "holders", "stages"…
    public var id: String
    public var title: String
    public var shape: Shape
    public var columns: [String]
    public var rows: [[ReportCell]]
    /// Shown when there are no rows ("aucun").
    public var empty: String?

    public init(id: String, title: String, shape: Shape, columns: [String], rows: [[ReportCell]], empty: String? = nil) {
        self.id = id
        self.title = title
        self.shape = shape
        self.columns = columns
        self.rows = rows
        self.empty = empty
    }
}

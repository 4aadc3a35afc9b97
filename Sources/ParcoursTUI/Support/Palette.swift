import ParcoursDomain
import TerminalKit

/// The interface's colours. Every meaning also shows as text (a letter, a label), so a
/// monochrome terminal or NO_COLOR loses nothing.
enum Palette {
    static let header = Style(bold: true, reverse: true)
    static let title = Style.bold
    static let dim = Style.dim
    static let error = Style(foreground: .red, bold: true)
    static let alert = Style(foreground: .yellow)
    static let selected = Style.reverse
    static let cursor = Style(bold: true, reverse: true)

    static func stage(_ stage: Stage) -> Style {
        let background: Color
        switch stage {
        case .envie: background = .white
        case .idee: background = .cyan
        case .emergence: background = .blue
        case .etude: background = .green
        case .test: background = .yellow
        case .creation: background = .magenta
        case .consolidation: background = .red
        case .developpement: background = .brightBlack
        }
        return Style(foreground: .black, background: background)
    }

    static func mark(_ mark: Mark?) -> Style {
        switch mark {
        case .present: Style(foreground: .green)
        case .absent: Style(foreground: .red, bold: true)
        case .excuse: Style(foreground: .yellow)
        case nil: .dim
        }
    }
}

/// Short texts shared by several views.
enum Texts {
    /// "P", "A", "E" (the same letters in both languages), "·" for no mark; then "~" when
    /// remote and "*" with a remark.
    static func mark(_ value: MarkValue?) -> String {
        guard let value else { return "·" }
        let letter: String
        switch value.mark {
        case .present: letter = "P"
        case .absent: letter = "A"
        case .excuse: letter = "E"
        }
        return letter + (value.remote ? "~" : "") + (value.remark != nil ? "*" : "")
    }

    /// "12/01" in French, "01-12" in English: the day within the year, compact.
    static func shortDay(_ d: Day, _ l: Language) -> String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return l == .fr ? "\(two(d.day))/\(two(d.month))" : "\(two(d.month))-\(two(d.day))"
    }

    /// "12/01/2021" in French, "2021-01-12" in English.
    static func numericDay(_ d: Day, _ l: Language) -> String {
        l == .fr ? shortDay(d, l) + "/\(d.year)" : d.iso
    }

    /// The full date as the catalog writes it ("mar. 12/01/2021").
    static func day(_ d: Day, _ l: Language) -> String { Catalog.day(d, l) }
}

import Foundation

extension Texts {
    /// "12/01/2021 14:05" (French) or "2021-01-12 14:05", in the local time zone.
    static func timestamp(_ date: Date, _ l: Language) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .current
        let p = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        func two(_ n: Int?) -> String { let n = n ?? 0; return n < 10 ? "0\(n)" : "\(n)" }
        let day = Day(year: p.year ?? 1970, month: p.month ?? 1, day: p.day ?? 1)!
        return numericDay(day, l) + " " + two(p.hour) + ":" + two(p.minute)
    }
}

extension Texts {
    /// « title » in French, “title” in English.
    static func quoted(_ text: String, _ l: Language) -> String { l == .fr ? "« \(text) »" : "“\(text)”" }
}

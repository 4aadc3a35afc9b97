/// A duration in minutes. Facilitators count training days of 7 hours ("1 j").
public struct TimeSpan: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var minutes: Int

    /// Minutes in one working day ("1 j").
    public static let minutesPerDay = 7 * 60

    public init(minutes: Int) { self.minutes = minutes }

    /// On a calendar, whole working days of two or more ("2 j", 14 h) are that many days at
    /// the same hours, not 14 hours in a row from the start time; anything else is one stretch.
    public var calendarDays: Int {
        minutes >= 2 * TimeSpan.minutesPerDay && minutes % TimeSpan.minutesPerDay == 0 ? minutes / TimeSpan.minutesPerDay : 1
    }

    /// How long each of those days lasts.
    public var minutesEachDay: Int { calendarDays > 1 ? TimeSpan.minutesPerDay : minutes }

    public static func hours(_ h: Int) -> TimeSpan { TimeSpan(minutes: h * 60) }

    /// Parses "3h", "3h30", "3 h 30", "90m", "90min", "1j", "2d", "0,5j", "1.5h", "45" (minutes).
    public static func parse(_ text: String) -> TimeSpan? {
        let t = text.lowercased().filter { !$0.isWhitespace }.replacingOccurrences(of: ",", with: ".")
        guard !t.isEmpty else { return nil }
        func number(_ s: Substring) -> Double? {
            guard !s.isEmpty, s.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }) else { return nil }
            return Double(s)
        }
        func span(_ value: Double) -> TimeSpan? {
            guard value > 0, value < 1_000_000 else { return nil }
            return TimeSpan(minutes: Int(value.rounded()))
        }
        if let n = number(Substring(t)) { return span(n) }
        for suffix in ["min", "m"] where t.hasSuffix(suffix) {
            return number(t.dropLast(suffix.count)).flatMap { span($0) }
        }
        for suffix in ["j", "d"] where t.hasSuffix(suffix) {
            return number(t.dropLast()).flatMap { span($0 * Double(minutesPerDay)) }
        }
        if let h = t.firstIndex(of: "h") {
            guard let hours = number(t[..<h]) else { return nil }
            let rest = t[t.index(after: h)...]
            if rest.isEmpty { return span(hours * 60) }
            guard rest.count <= 2, !hours.description.contains(".") || hours == hours.rounded(),
                  let m = Int(rest), m < 60 else { return nil }
            return span(hours * 60 + Double(m))
        }
        return nil
    }

    /// "3 h", "3 h 30", "1 j", "45 min".
    public var description: String {
        if minutes > 0, minutes % TimeSpan.minutesPerDay == 0 {
            return "\(minutes / TimeSpan.minutesPerDay) j"
        }
        let h = minutes / 60, m = minutes % 60
        if h == 0 { return "\(m) min" }
        if m == 0 { return "\(h) h" }
        return "\(h) h " + (m < 10 ? "0" : "") + "\(m)"
    }

    /// Hours as a decimal number, for reports.
    public var hours: Double { Double(minutes) / 60 }

    public static func < (a: TimeSpan, b: TimeSpan) -> Bool { a.minutes < b.minutes }
    public static func + (a: TimeSpan, b: TimeSpan) -> TimeSpan { TimeSpan(minutes: a.minutes + b.minutes) }
    public static let zero = TimeSpan(minutes: 0)

    public init(from decoder: any Decoder) throws {
        minutes = try decoder.singleValueContainer().decode(Int.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(minutes)
    }
}

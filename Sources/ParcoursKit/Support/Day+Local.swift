import Foundation
import ParcoursDomain

extension Day {
    /// The calendar day of an instant in the local time zone (the facilitator's day).
    public static func local(_ date: Date, timeZone: TimeZone = .current) -> Day {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return Day(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)!
    }
}

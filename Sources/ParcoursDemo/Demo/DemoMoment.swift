import Foundation
import ParcoursKit
import ParcoursDomain

/// When something happened in the demo's story: a day and a time of day, read in the
/// local time zone, so the facilitator's "today" of each command is that day.
struct DemoMoment: Comparable, Sendable {
    var day: Day
    var time: ClockTime

    init(_ day: Day, _ time: ClockTime) {
        self.day = day
        self.time = time
    }

    init(_ day: Day, _ hour: Int = 9, _ minute: Int = 0) {
        self.init(day, Demo.at(hour, minute))
    }

    /// This moment plus some minutes (within the day; demo steps never cross midnight).
    func adding(minutes: Int) -> DemoMoment {
        let total = min(time.hour * 60 + time.minute + minutes, 23 * 60 + 59)
        return DemoMoment(day, Demo.at(total / 60, total % 60))
    }

    /// The instant in `timeZone`.
    func date(in timeZone: TimeZone) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = DateComponents(year: day.year, month: day.month, day: day.day,
                                   hour: time.hour, minute: time.minute)
        return calendar.date(from: parts) ?? Date(timeIntervalSince1970: 0)
    }

    static func < (a: DemoMoment, b: DemoMoment) -> Bool {
        (a.day, a.time) < (b.day, b.time)
    }
}

extension Demo {
    /// A day written in the demo tables ("2020-10-06"); a typo there is a programming error.
    static func day(_ iso: String) -> Day {
        guard let value = Day(iso: iso) else { preconditionFailure("demo data: not a day: \(iso)") }
        return value
    }

    /// A time of day written in the demo tables.
    static func at(_ hour: Int, _ minute: Int = 0) -> ClockTime {
        guard let value = ClockTime(hour: hour, minute: minute) else {
            preconditionFailure("demo data: not a time: \(hour):\(minute)")
        }
        return value
    }
}

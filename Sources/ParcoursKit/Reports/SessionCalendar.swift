import Foundation
import ParcoursDomain

/// Sessions as an iCalendar file (RFC 5545) a facilitator subscribes to in their usual
/// calendar: one event per session, its UID stable (the session's id), times in
/// Europe/Paris with the zone's definition included, a cancelled session kept with
/// STATUS:CANCELLED so the calendar strikes it out rather than losing it.
public enum SessionCalendar {
    public static let timeZoneID = "Europe/Paris"

    /// The calendar of `sessions`; `now` is its DTSTAMP (when the file was made).
    public static func ics(_ state: State, sessions: [Session], name: String, now: Date, language l: Language) -> String {
        var c = ICalendarText()
        c.line("BEGIN", "VCALENDAR")
        c.line("VERSION", "2.0")
        c.line("PRODID", "-//Parcours//Parcours calendar//\(l == .fr ? "FR" : "EN")")
        c.line("CALSCALE", "GREGORIAN")
        c.line("METHOD", "PUBLISH")
        c.line("X-WR-CALNAME", ICalendarText.escape(name))
        c.line("X-WR-TIMEZONE", timeZoneID)
        timeZone(&c)
        let stamp = utc(now)
        for session in sessions { event(&c, state, session, stamp: stamp, language: l) }
        c.line("END", "VCALENDAR")
        return c.text
    }

    /// Europe/Paris since 1996: CET (+01:00) from the last Sunday of October at 03:00,
    /// CEST (+02:00) from the last Sunday of March at 02:00.
    static func timeZone(_ c: inout ICalendarText) {
        c.line("BEGIN", "VTIMEZONE")
        c.line("TZID", timeZoneID)
        c.line("X-LIC-LOCATION", timeZoneID)
        c.line("BEGIN", "DAYLIGHT")
        c.line("TZOFFSETFROM", "+0100")
        c.line("TZOFFSETTO", "+0200")
        c.line("TZNAME", "CEST")
        c.line("DTSTART", "19700329T020000")
        c.line("RRULE", "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU")
        c.line("END", "DAYLIGHT")
        c.line("BEGIN", "STANDARD")
        c.line("TZOFFSETFROM", "+0200")
        c.line("TZOFFSETTO", "+0100")
        c.line("TZNAME", "CET")
        c.line("DTSTART", "19701025T030000")
        c.line("RRULE", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU")
        c.line("END", "STANDARD")
        c.line("END", "VTIMEZONE")
    }

    static func event(_ c: inout ICalendarText, _ state: State, _ s: Session, stamp: String, language l: Language) {
        let entry = Agenda.entry(state, s, language: l)
        c.line("BEGIN", "VEVENT")
        c.line("UID", "\(s.id)@parcours")
        c.line("DTSTAMP", stamp)
        if let time = s.time {
            let start = local(s.date, time)
            c.line("DTSTART", start.text, parameters: [("TZID", timeZoneID)])
            c.line("DTEND", ending(start, minutes: s.duration.minutes), parameters: [("TZID", timeZoneID)])
        } else {
            // A session without a time is a day's event (DTEND is the next day, excluded).
            c.line("DTSTART", compact(s.date), parameters: [("VALUE", "DATE")])
            c.line("DTEND", compact(s.date.adding(days: 1)), parameters: [("VALUE", "DATE")])
        }
        c.line("SUMMARY", ICalendarText.escape("\(s.title) — \(entry.cohort)"))
        let place = s.remote ? [l == .fr ? "À distance" : "Remote"] + (entry.venue.map { [$0] } ?? [])
                             : [entry.venue, entry.commune].compactMap { $0 }
        if !place.isEmpty { c.line("LOCATION", ICalendarText.escape(place.joined(separator: ", "))) }
        var description = ["\(entry.programme) › \(entry.cohort)",
                           Catalog.label(s.kind, l).prefix(1).uppercased() + Catalog.label(s.kind, l).dropFirst()]
        let who = entry.facilitators + entry.organisations
        if !who.isEmpty { description.append((l == .fr ? "Animé par : " : "Facilitated by: ") + who.joined(separator: ", ")) }
        c.line("DESCRIPTION", ICalendarText.escape(description.joined(separator: "\n")))
        c.line("STATUS", s.status == .cancelled ? "CANCELLED" : "CONFIRMED")
        c.line("TRANSP", s.status == .cancelled ? "TRANSPARENT" : "OPAQUE")
        c.line("END", "VEVENT")
    }

    struct LocalTime {
        var day: Day
        var minutes: Int
        var text: String { compact(day) + "T" + two(minutes / 60) + two(minutes % 60) + "00" }
    }

    static func local(_ day: Day, _ time: ClockTime) -> LocalTime { LocalTime(day: day, minutes: time.hour * 60 + time.minute) }

    /// The wall-clock end in Paris: through the zone's rules when the system has them
    /// (a session across a change of time ends at the right hour), else by adding minutes.
    static func ending(_ start: LocalTime, minutes: Int) -> String {
        if let zone = TimeZone(identifier: timeZoneID) {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = zone
            let parts = DateComponents(year: start.day.year, month: start.day.month, day: start.day.day,
                                       hour: start.minutes / 60, minute: start.minutes % 60)
            if let instant = calendar.date(from: parts) {
                let e = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: instant.addingTimeInterval(Double(minutes) * 60))
                if let day = Day(year: e.year ?? 0, month: e.month ?? 0, day: e.day ?? 0) {
                    return LocalTime(day: day, minutes: (e.hour ?? 0) * 60 + (e.minute ?? 0)).text
                }
            }
        }
        let total = start.minutes + minutes
        return LocalTime(day: start.day.adding(days: total / (24 * 60)), minutes: total % (24 * 60)).text
    }

    static func compact(_ day: Day) -> String { day.iso.replacingOccurrences(of: "-", with: "") }

    static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    static func utc(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let p = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        let year = String(p.year ?? 1970)
        return year + two(p.month ?? 1) + two(p.day ?? 1) + "T" + two(p.hour ?? 0) + two(p.minute ?? 0) + two(p.second ?? 0) + "Z"
    }
}

import Foundation
import ParcoursDomain
import Testing
@testable import ParcoursKit

/// The calendar's entries (`Agenda`, read by `parcours calendar` and the interface) and the
/// iCalendar export hold open events as well as sessions: an evening debate is in the
/// week, with its status, its headcount, its venue's overlap with a session; a cohort's
/// calendar keeps its own events, a facilitator's none (an event names no facilitator).
@Suite struct AgendaTests {
    static func day(_ iso: String) -> Day { Day(iso: iso)! }

    /// AMESUD with Promo 1; the directory's La Source (Sainte-Eulalie); in the week of
    /// 9 March 2026 a training day of the cohort counted (26), a cancelled visit, a
    /// workshop 18:00–21:00 at La Source facilitated by Camille Dubois and, the same
    /// evening, the programme's debate at "la source" from 19:00; a webinar on 5 March
    /// never counted.
    static func state() throws -> (State, ids: [String: EntityID]) {
        var state = State()
        var n = 0
        var ids: [String: EntityID] = [:]
        func run(_ command: Command) throws {
            n += 1
            let context = Context(now: Date(timeIntervalSince1970: 1_767_225_600), today: day("2026-03-01"), author: "Camille",
                                  action: "a\(n)", newID: { n += 1; return String(format: "id%05d", n) })
            for event in try decide(command, state: state, context: context).events {
                state.apply(RecordedEvent(meta: EventMeta(id: "e\(n)", author: "Camille", time: context.now, writer: "w",
                                                          clock: n, sequence: n), event: event))
            }
        }
        func event(_ target: String, _ draft: OpenEventDraft) throws {
            try run(.addOpenEvent(target: target, draft))
            ids[draft.title] = state.openEvents.values.first { $0.title == draft.title }!.id
        }
        try run(.addProgramme(name: "AMESUD"))
        try run(.addCohort(programme: "AMESUD", name: "Promo 1", start: day("2026-03-02")))
        try run(.addVenue(VenueDraft(name: "La Source", commune: "Sainte-Eulalie")))
        try run(.addPerson(PersonDraft(name: "Camille Dubois")))
        try run(.addSession(cohort: "Promo 1", SessionDraft(title: "Atelier statuts", date: day("2026-03-12"),
                                                          time: ClockTime(hour: 18, minute: 0), duration: .hours(3),
                                                          venue: "La Source", facilitators: ["Camille Dubois"])))
        ids["Atelier statuts"] = state.sessions.values.first!.id
        try event("AMESUD", OpenEventDraft(title: "Soirée circuits courts", kind: .soiree, date: day("2026-03-12"),
                                           time: ClockTime(hour: 19, minute: 0), venue: "la source"))
        try event("Promo 1", OpenEventDraft(title: "Formation des pros", kind: .formation, date: day("2026-03-10")))
        try run(.recordHeadcount(event: "Formation des pros", HeadcountInput(audiences: [AudienceInput("elus", 10)], total: 26)))
        try event("Promo 1", OpenEventDraft(title: "Visite apprenante", kind: .visite, date: day("2026-03-11"),
                                            time: ClockTime(hour: 14, minute: 0), venue: "Ferme de Bourlatier"))
        try run(.cancelOpenEvent(event: "Visite apprenante"))
        try event("AMESUD", OpenEventDraft(title: "Webinaire ESS", kind: .webinaire, date: day("2026-03-05"),
                                           time: ClockTime(hour: 12, minute: 30), remote: true))
        return (state, ids)
    }

    @Test func theWeekHoldsSessionsAndOpenEventsInTimeOrderWithTheirStatus() throws {
        let (state, ids) = try Self.state()
        let week = Agenda.entries(state, from: Self.day("2026-03-09"), to: Self.day("2026-03-16"), today: Self.day("2026-03-09"),
                                  language: .fr)
        #expect(week.map(\.title) == ["Formation des pros", "Visite apprenante", "Atelier statuts", "Soirée circuits courts"])
        #expect(week.map(\.event) == [true, true, false, true])
        let training = week[0], visit = week[1], debate = week[3]
        // A day's event without a time; a cohort's event says its cohort, the programme's its programme.
        #expect(training.time == nil && training.end == nil && training.durationMinutes == 7 * 60)
        #expect(training.cohort == "Promo 1" && training.group == "Promo 1" && training.programme == "AMESUD")
        #expect(training.status == "held" && training.headcount == 26 && !training.toCount && training.kind == "formation")
        #expect(visit.status == "cancelled" && visit.cancelled && visit.venue == "Ferme de Bourlatier" && visit.commune == nil)
        #expect(debate.id == ids["Soirée circuits courts"] && debate.time == "19:00" && debate.end == "21:00")
        #expect(debate.cohort == "" && debate.group == "AMESUD" && debate.status == "planned" && debate.headcount == nil)
        #expect(debate.facilitators.isEmpty && debate.organisations.isEmpty)
        // Its venue as the directory names it, with the commune: the same hall as the workshop.
        #expect(debate.venue == "La Source" && debate.commune == "Sainte-Eulalie")
        #expect(debate.overlaps == ["même lieu que « Atelier statuts » (Promo 1)"])
        #expect(week[2].overlaps == ["même lieu que « Soirée circuits courts » (AMESUD)"])
        // In words after the title: the format, and its participants or "à compter".
        #expect(Agenda.notes(training, .fr) == ["formation", "26 participants"])
        #expect(Agenda.notes(visit, .en) == ["learning visit", "cancelled"])
        #expect(Agenda.notes(debate, .fr) == ["soirée-débat"])
        #expect(Agenda.notes(week[2], .fr) == [])
    }

    @Test func aPastEventNotCountedIsToCount() throws {
        let (state, _) = try Self.state()
        func webinar(today: String) -> Agenda.Entry? {
            Agenda.entries(state, from: Self.day("2026-03-02"), to: Self.day("2026-03-09"), today: Self.day(today), language: .en)
                .first { $0.title == "Webinaire ESS" }
        }
        #expect(webinar(today: "2026-03-05")?.toCount == false, "not before the day is over")
        let past = try #require(webinar(today: "2026-03-06"))
        #expect(past.toCount && past.status == "planned" && past.remote && past.venue == nil)
        #expect(Agenda.notes(past, .en) == ["webinar", "to count"] && Agenda.notes(past, .fr) == ["webinaire", "à compter"])
    }

    @Test func aCohortKeepsItsOwnEventsAFacilitatorNone() throws {
        let (state, _) = try Self.state()
        let cohort = try #require(state.cohorts.values.first).id
        let camille = try #require(state.people.values.first).id
        let (start, end) = (Self.day("2026-03-01"), Self.day("2026-04-01"))
        #expect(Agenda.entries(state, from: start, to: end, cohort: cohort, today: start, language: .fr).map(\.title)
                == ["Formation des pros", "Visite apprenante", "Atelier statuts"])
        #expect(Agenda.entries(state, from: start, to: end, facilitator: camille, today: start, language: .fr).map(\.title)
                == ["Atelier statuts"])
        #expect(Agenda.events(state, cohort: cohort).map(\.title) == ["Formation des pros", "Visite apprenante"])
        #expect(Agenda.events(state, facilitator: camille).isEmpty)
        #expect(Agenda.events(state).map(\.title) == ["Webinaire ESS", "Formation des pros", "Visite apprenante", "Soirée circuits courts"])
    }

    /// "2 j" (14 h) from 9:00 is two days 9:00–16:00, not 9:00–23:00: in the entry, its
    /// overlaps (a session the second morning in the same hall) and the iCalendar.
    @Test func twoWorkingDaysAreTwoDaysAtTheSameHours() throws {
        #expect(TimeSpan(minutes: 14 * 60).calendarDays == 2 && TimeSpan(minutes: 14 * 60).minutesEachDay == 7 * 60)
        #expect(TimeSpan(minutes: 7 * 60).calendarDays == 1 && TimeSpan(minutes: 10 * 60).calendarDays == 1)
        var (state, _) = try Self.state()
        var n = 100
        func run(_ command: Command) throws {
            n += 1
            let context = Context(now: Date(timeIntervalSince1970: 1_767_225_600), today: Self.day("2026-03-01"), author: "Camille",
                                  action: "a\(n)", newID: { n += 1; return String(format: "id%05d", n) })
            for event in try decide(command, state: state, context: context).events {
                state.apply(RecordedEvent(meta: EventMeta(id: "e\(n)", author: "Camille", time: context.now, writer: "w",
                                                          clock: n, sequence: n), event: event))
            }
        }
        try run(.addOpenEvent(target: "AMESUD", OpenEventDraft(title: "Formation de deux jours", kind: .formation,
                                                             date: Self.day("2026-03-18"), time: ClockTime(hour: 9, minute: 0),
                                                             duration: TimeSpan(minutes: 14 * 60), venue: "La Source")))
        try run(.addSession(cohort: "Promo 1", SessionDraft(title: "Point du jeudi", date: Self.day("2026-03-19"),
                                                          time: ClockTime(hour: 15, minute: 0), duration: .hours(1), venue: "La Source")))
        try run(.addSession(cohort: "Promo 1", SessionDraft(title: "Soirée du mercredi", date: Self.day("2026-03-18"),
                                                          time: ClockTime(hour: 18, minute: 0), duration: .hours(2), venue: "La Source")))
        let week = Agenda.entries(state, from: Self.day("2026-03-16"), to: Self.day("2026-03-23"), today: Self.day("2026-03-01"),
                                  language: .fr)
        let training = try #require(week.first { $0.title == "Formation de deux jours" })
        #expect(training.time == "09:00" && training.end == "16:00" && training.days == 2 && training.durationMinutes == 14 * 60)
        #expect(Agenda.notes(training, .fr) == ["formation", "sur 2 jours"] && Agenda.notes(training, .en) == ["training", "over 2 days"])
        // Thursday 15:00 in the hall overlaps it; Wednesday at 18:00 (after 16:00) does not.
        #expect(training.overlaps == ["même lieu que « Point du jeudi » (Promo 1)"])
        let ics = SessionCalendar.ics(state, sessions: [], events: Agenda.events(state), name: "AMESUD",
                                      now: Date(timeIntervalSince1970: 1_767_225_600), language: .fr)
        let event = try #require(Self.vevents(ics).values.first { $0.contains("SUMMARY:Formation de deux jours — AMESUD") })
        #expect(event.contains("DTSTART;TZID=Europe/Paris:20260318T090000") && event.contains("DTEND;TZID=Europe/Paris:20260319T160000"),
                "\(event)")
    }

    /// The VEVENTs of an iCalendar text, unfolded, by UID.
    static func vevents(_ ics: String) -> [String: [String]] {
        let lines = ics.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n")
        var found: [String: [String]] = [:]
        var current: [String]?
        for line in lines {
            if line == "BEGIN:VEVENT" { current = [] } else if line == "END:VEVENT", let c = current {
                let uid = c.first { $0.hasPrefix("UID:") }.map { String($0.dropFirst(4)) } ?? ""
                found[uid] = c
                current = nil
            } else { current?.append(line) }
        }
        return found
    }

    @Test func theICalendarHoldsOpenEventsWithTheirOwnUIDs() throws {
        let (state, ids) = try Self.state()
        let ics = SessionCalendar.ics(state, sessions: Agenda.all(state), events: Agenda.events(state), name: "AMESUD",
                                      now: Date(timeIntervalSince1970: 1_767_225_600), language: .fr)
        let events = Self.vevents(ics)
        #expect(events.count == 5)
        let debate = try #require(events["\(ids["Soirée circuits courts"]!)@parcours"])
        #expect(debate.contains("DTSTART;TZID=Europe/Paris:20260312T190000") && debate.contains("DTEND;TZID=Europe/Paris:20260312T210000"))
        #expect(debate.contains("SUMMARY:Soirée circuits courts — AMESUD") && debate.contains("LOCATION:La Source\\, Sainte-Eulalie"))
        #expect(debate.contains("DESCRIPTION:AMESUD\\nSoirée-débat") && debate.contains("STATUS:CONFIRMED"))
        let training = try #require(events["\(ids["Formation des pros"]!)@parcours"])
        #expect(training.contains("DTSTART;VALUE=DATE:20260310") && training.contains("DTEND;VALUE=DATE:20260311"))
        #expect(training.contains("DESCRIPTION:AMESUD › Promo 1\\nFormation\\n26 participants (élus 10\\, sans catégorie précisée 16)"),
                "\(training)")
        let visit = try #require(events["\(ids["Visite apprenante"]!)@parcours"])
        #expect(visit.contains("STATUS:CANCELLED") && visit.contains("TRANSP:TRANSPARENT"))
        let webinar = try #require(events["\(ids["Webinaire ESS"]!)@parcours"])
        #expect(webinar.contains("LOCATION:À distance"))
        #expect(events["\(ids["Atelier statuts"]!)@parcours"]?.contains("STATUS:CONFIRMED") == true)
    }
}

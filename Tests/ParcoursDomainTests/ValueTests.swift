import Foundation
import Testing
@testable import ParcoursDomain

@Suite struct DayTests {
    @Test func parsesValidDaysAndRejectsImpossibleOnes() {
        #expect(Day(iso: "2021-01-12")?.iso == "2021-01-12")
        #expect(Day(iso: "2020-02-29") != nil)
        #expect(Day(iso: "2021-02-29") == nil)
        #expect(Day(iso: "2021-02-30") == nil)
        #expect(Day(iso: "2021-13-01") == nil)
        #expect(Day(iso: "2021-1-12") == nil)
        #expect(Day(iso: "12/01/2021") == nil)
        for text in ["2021-01-1a", "2021-01-123", "+021-01-12", "2021_01-12", "２０２１-01-12", "2021-01-12 ", ""] {
            #expect(Day(iso: text) == nil, "\(text)")
        }
        #expect(Day(iso: "9999-12-31")?.iso == "9999-12-31")
    }

    @Test func weeksAreSevenDaysEitherSideOf1970() {
        #expect(day("1970-01-01").week == 0)
        #expect(day("1970-01-07").week == 0)
        #expect(day("1970-01-08").week == 1)
        #expect(day("1969-12-31").week == -1)
        #expect(day("1969-12-25").week == -1)
        #expect(day("1969-12-24").week == -2)
        var d = day("1968-05-01")
        for _ in 0..<1_000 {
            #expect(d.adding(days: 7).week == d.week + 1)
            d = d.adding(days: 1)
        }
    }

    @Test func arithmeticAndWeekday() {
        let d = day("2021-01-12")
        #expect(d.adding(days: 20).iso == "2021-02-01")
        #expect(d.adding(days: -12).iso == "2020-12-31")
        #expect(d.days(to: day("2021-03-01")) == 48)
        #expect(day("2024-02-28").adding(days: 1).iso == "2024-02-29")
        #expect(d.weekday == .tuesday)
        #expect(day("1970-01-01").weekday == .thursday)
        #expect(day("2021-01-11") < d)
    }

    @Test func codesAsAString() throws {
        let data = try JSONEncoder().encode([day("2021-01-12")])
        #expect(String(decoding: data, as: UTF8.self) == #"["2021-01-12"]"#)
        #expect(try JSONDecoder().decode([Day].self, from: data) == [day("2021-01-12")])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([Day].self, from: Data(#"["2021-02-30"]"#.utf8)) }
    }
}

@Suite struct ClockAndSpanTests {
    @Test func clockTimes() {
        #expect(ClockTime(parse: "14:00")?.description == "14:00")
        #expect(ClockTime(parse: "9:05")?.description == "09:05")
        #expect(ClockTime(parse: "14h")?.description == "14:00")
        #expect(ClockTime(parse: "14h30")?.description == "14:30")
        #expect(ClockTime(parse: "25:00") == nil)
        #expect(ClockTime(parse: "14:5") == nil)
        #expect(ClockTime(parse: "midi") == nil)
    }

    @Test func parsesDurations() {
        #expect(TimeSpan.parse("3h")?.minutes == 180)
        #expect(TimeSpan.parse("3h30")?.minutes == 210)
        #expect(TimeSpan.parse("3 h 30")?.minutes == 210)
        #expect(TimeSpan.parse("90m")?.minutes == 90)
        #expect(TimeSpan.parse("90min")?.minutes == 90)
        #expect(TimeSpan.parse("1j")?.minutes == 420)
        #expect(TimeSpan.parse("2j")?.minutes == 840)
        #expect(TimeSpan.parse("2d")?.minutes == 840)
        #expect(TimeSpan.parse("0,5j")?.minutes == 210)
        #expect(TimeSpan.parse("45")?.minutes == 45)
        #expect(TimeSpan.parse("") == nil)
        #expect(TimeSpan.parse("3x") == nil)
        #expect(TimeSpan.parse("3h75") == nil)
        #expect(TimeSpan.parse("0") == nil)
    }

    @Test func formatsDurations() {
        #expect(TimeSpan(minutes: 180).description == "3 h")
        #expect(TimeSpan(minutes: 210).description == "3 h 30")
        #expect(TimeSpan(minutes: 185).description == "3 h 05")
        #expect(TimeSpan(minutes: 420).description == "1 j")
        #expect(TimeSpan(minutes: 840).description == "2 j")
        #expect(TimeSpan(minutes: 45).description == "45 min")
        #expect(Catalog.duration(TimeSpan(minutes: 420), .en) == "1 d")
    }
}

@Suite struct VocabularyTests {
    @Test func stagesAreOrderedAndRollUp() {
        #expect(Stage.envie < Stage.idee && Stage.consolidation < Stage.developpement)
        #expect(Stage.idee.next == .emergence)
        #expect(Stage.developpement.next == nil)
        #expect(Stage.envie.previous == nil)
        #expect(Stage.test.previous == .etude)
        #expect(Stage.allCases.map(\.macro.rawValue) == ["premiers_pas", "premiers_pas", "premiers_pas", "creation",
                                                           "creation", "creation", "consolidation", "developpement"])
        #expect(ProjectStatus.allCases.filter(\.isExit) == [.abandonne, .reoriente, .oriente, .fusionne, .integre, .cesse])
        #expect(ProjectStatus.enPause.rawValue == "en_pause")
    }

    @Test func participationMoves() {
        #expect(ParticipationStatus.candidat.canMove(to: .retenu))
        #expect(ParticipationStatus.candidat.canMove(to: .nonRetenu))
        #expect(ParticipationStatus.retenu.canMove(to: .inscrit))
        #expect(ParticipationStatus.inscrit.canMove(to: .enCours))
        #expect(ParticipationStatus.inscrit.canMove(to: .sorti))
        #expect(ParticipationStatus.enCours.canMove(to: .termine))
        // Corrections, one step back.
        #expect(ParticipationStatus.termine.canMove(to: .enCours))
        #expect(ParticipationStatus.nonRetenu.canMove(to: .candidat))
        #expect(!ParticipationStatus.candidat.canMove(to: .termine))
        #expect(!ParticipationStatus.nonRetenu.canMove(to: .inscrit))
        #expect(!ParticipationStatus.termine.canMove(to: .sorti))
        #expect(ParticipationStatus.allCases.filter(\.isTakingPart) == [.inscrit, .enCours, .termine, .sorti, .transfere])
        // A transfer is made by `transfer` only: no status leads to it or back from it by hand.
        #expect(ParticipationStatus.allCases.allSatisfy { !$0.canMove(to: .transfere) && !ParticipationStatus.transfere.canMove(to: $0) })
        #expect(ParticipationStatus.allCases.filter(\.isCurrent) == [.candidat, .retenu, .inscrit, .enCours])
    }
}

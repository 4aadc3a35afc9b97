import Foundation
import ParcoursDomain
import Testing
@testable import ParcoursDemo
import ParcoursKit

/// The Fabrique à initiatives de Creuse (domain.md §3 I6): ideas first, the holder found
/// last — and no idea ever stands in for a holder.
@Suite("Demo: the Fabrique à initiatives works on ideas, not holders")
struct DemoFabriqueTests {
    static func ideas(_ demo: LoadedDemo) throws -> [Idea] {
        demo.state.ideas(programme: try demo.programme(Demo.fabrique).id)
    }

    /// The guide's own figures, so the table cannot drift from the source unnoticed.
    @Test func theTableHoldsTheGuidesFigures() throws {
        let ideas = Demo.fabriqueIdeas
        // « un comité de pilotage, qui retient des sujets prioritaires : la structuration de la
        // filière papier, … l'itinérance des professionnels de santé et un incubateur » (002:L955)
        let retained = ideas.filter { $0.moves.first?.status == .retenue && $0.source == Demo.seminar }.map(\.title)
        #expect(retained == ["Structuration de la filière papier", "Itinérance des professionnels de santé", "Incubateur de projets"])
        // « étudiés puis écartés faute de potentiel, comme sur la filière papier » (002:L961)
        let paper = try #require(ideas.first)
        #expect(paper.moves.last?.status == .ecartee && paper.moves.last?.reason == "faute de potentiel")
        // « l'appropriation du projet par trois structures » (002:L961)
        #expect(ideas[2].adoption?.note == "appropriation du projet par trois structures")
        // « la création de trois associations » since December 2020 (002:L976): Revatec, EC3, Élan.
        let associations = ideas.compactMap(\.adoption).filter { $0.recorded >= Day(year: 2020, month: 11, day: 1)! }
        #expect(associations.map(\.holder).count == 3 && associations.allSatisfy { $0.kind == .structure })
        #expect(ideas.compactMap(\.need).contains { $0.contains("43 %") })
        #expect(ideas.compactMap(\.need).contains { $0.contains("350") })
        #expect(ideas.compactMap(\.need).contains { $0.contains("50 à 60 enfants") })
        // No cohort, no workshop: the Fabrique works on ideas.
        #expect(Demo.fabrique.workshops.isEmpty)
    }

    @Test func everyIdeaIsWrittenWithItsHistory() throws {
        let demo = try DemoFixture.loaded.get()
        let written = try Self.ideas(demo)
        #expect(written.count == Demo.fabriqueIdeas.count)
        for data in Demo.fabriqueIdeas {
            let idea = try #require(written.first { $0.title == data.title }, "\(data.title)")
            #expect(idea.detected == data.detected)
            #expect(idea.source == data.source && idea.need == data.need && idea.commune == data.commune)
            let moves = data.moves.map { ($0.day, $0.status, $0.reason) }
                + (data.adoption.map { [($0.day, IdeaStatus.porteurIdentifie, $0.note)] } ?? [])
            #expect(idea.history.map(\.date) == moves.map(\.0), "\(data.title)")
            #expect(idea.history.map(\.to) == moves.map(\.1), "\(data.title)")
            #expect(idea.history.map(\.reason) == moves.map(\.2), "\(data.title)")
            #expect(idea.status == moves.last?.1 ?? .detectee)
        }
    }

    /// Each adopted idea became the project of a holder recorded when found — after the
    /// idea was detected — and its title names no holder.
    @Test func adoptedIdeasBecomeProjectsOfHoldersFoundLater() throws {
        let demo = try DemoFixture.loaded.get()
        let written = try Self.ideas(demo)
        for data in Demo.fabriqueIdeas {
            let idea = try #require(written.first { $0.title == data.title })
            guard let expected = data.adoption else {
                #expect(idea.adoption == nil, "\(data.title)")
                continue
            }
            let adoption = try #require(idea.adoption, "\(data.title)")
            let holder = try #require(demo.state.holders[adoption.holder])
            #expect(holder.name == expected.holder && holder.kind == expected.kind && holder.commune == expected.commune)
            #expect(holder.created == expected.recorded && holder.created.map { $0 > idea.detected } == true)
            #expect(adoption.date == expected.day)
            #expect(demo.state.projects[adoption.project]?.holders == [holder.id])
            #expect(demo.state.idea(ofProject: adoption.project)?.id == idea.id)
        }
        let ideaTitles = Set(written.map { NameKey.of($0.title) })
        #expect(!demo.state.holders.values.contains { ideaTitles.contains(NameKey.of($0.name)) })
    }

    @Test func theReportCountsTheFunnelAndNoHolder() throws {
        let demo = try DemoFixture.loaded.get()
        let report = Report.make(state: demo.state, scope: .programme(try demo.programme(Demo.fabrique).id), today: demo.today)
        // Eleven pistes: seven studied, the paper sector set aside, four adopted.
        #expect((report.ideas.detected, report.ideas.studied, report.ideas.setAside, report.ideas.adopted) == (11, 7, 1, 4))
        #expect(report.ideas.byStatus == ["detectee": 3, "retenue": 1, "en_etude": 1, "recherche_porteur": 1,
                                          "porteur_identifie": 4, "ecartee": 1])
        // Holders count those taking part in cohorts: the Fabrique has none, so none.
        #expect(report.holders == 0 && report.candidates == 0)
        let call = try #require(report.calls.first)
        #expect(report.calls.count == 1 && call.title == Demo.childcareCall.title)
        #expect((call.applications, call.eligible, call.notEligible, call.pending) == (3, 1, 1, 1))
        #expect(call.criteria.map(\.met) == [2, 2, 2] && call.criteria.map(\.unmet) == [1, 0, 0])
    }

    /// In 2019 the funnel stood at the three subjects under study, none set aside yet.
    @Test func theFunnelAsOfTheEndOf2019() throws {
        let demo = try DemoFixture.loaded.get()
        let filter = ReportFilter(from: Day(year: 2018, month: 1, day: 1)!, to: Day(year: 2019, month: 6, day: 30)!)
        let report = Report.make(state: demo.state, scope: .programme(try demo.programme(Demo.fabrique).id),
                                 today: demo.today, filter: filter)
        #expect((report.ideas.detected, report.ideas.studied, report.ideas.setAside, report.ideas.adopted) == (6, 3, 0, 0))
        #expect(report.calls.isEmpty)
    }
}

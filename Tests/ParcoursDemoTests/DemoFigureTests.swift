import Foundation
import ParcoursDomain
import Testing
@testable import ParcoursDemo
import ParcoursKit

@Suite("Demo: what was written matches the demo's tables and the guide")
struct DemoFigureTests {
    /// The guide's own figures, so the tables cannot drift from the source unnoticed.
    @Test func theTablesHoldTheGuidesFigures() {
        // E1: « 9 projets » (002:L1662), four 3-hour workshops, 1 h individual, closing (002:L1710).
        #expect(Demo.lanceToi2020.holders.count == 9)
        #expect(Demo.lanceToi.workshops.filter { $0.kind == .atelier }.map(\.duration) == Array(repeating: .hours(3), count: 4))
        // E3: three holders, six full-day workshops then a half-day review (002:L1938, L1991).
        #expect(Demo.mayIdeesPromotion.holders.count == 3)
        #expect(Demo.mayIdees.workshops.filter { $0.kind == .atelier }.count == 6)
        #expect(Demo.mayIdees.workshops.last?.kind == .bilan)
        // E2: « parmi 35 porteurs d'idée, 10 ont été retenus » (002:L1806), 8 weeks.
        #expect(Demo.sprintPromotion.holders.count == 35)
        #expect(Demo.sprintPromotion.holders.filter { $0.track != .notRetained }.count == 10)
        #expect(Demo.sprint.workshops.filter { $0.kind == .atelier }.count == 8)
    }

    @Test(arguments: Demo.programmes.map(\.name))
    func programmeWithItsTemplateInOrder(name: String) throws {
        let demo = try DemoFixture.loaded.get()
        let data = try #require(Demo.programmes.first { $0.name == name })
        let programme = try demo.programme(data)
        #expect(programme.operators.map(demo.organisationName) == data.operators)
        #expect(programme.targetStages == data.targetStages)
        #expect(programme.targetPublic == data.targetPublic)
        #expect(programme.partners.map { demo.organisationName($0.organisation) } == data.partners.map(\.organisation))
        #expect(programme.partners.map(\.role) == data.partners.map(\.role))
        #expect(programme.template.map(\.title) == data.workshops.map(\.title))
        #expect(programme.template.map { demo.organisationName($0.facilitator) } == data.workshops.map(\.by))
        #expect(programme.template.map(\.kind) == data.workshops.map(\.kind))
        #expect(programme.template.map(\.duration) == data.workshops.map(\.duration))
        #expect(programme.template.map(\.objectives) == data.workshops.map(\.objectives))
    }

    @Test func lanceToiIsFacilitatedByCourantFortWithTheGuidesTitles() throws {
        let demo = try DemoFixture.loaded.get()
        let template = try demo.programme(Demo.lanceToi).template
        #expect(template.prefix(4).allSatisfy { demo.organisationName($0.facilitator) == "Courant Fort" })
        #expect(template[0].title.hasPrefix("Atelier 1 – La Charte sociale"))
        #expect(template[4].kind == .individuel && template[4].title == "Temps individuel – feuille de route")
        #expect(template[5].kind == .bilan && template[5].title == "Temps collectif de clôture")
    }

    @Test func fourCohortsThreeFromTheGuideAndOneRunning() throws {
        let demo = try DemoFixture.loaded.get()
        #expect(demo.state.cohorts.count == LoadedDemo.historical.count + 1)
        for data in LoadedDemo.historical {
            #expect(try demo.cohort(data).status == .closed, "\(data.name)")
        }
        #expect(try demo.cohort(demo.current).status == .running)
    }

    @Test(arguments: [Demo.lanceToi2020, Demo.sprintPromotion, Demo.mayIdeesPromotion].map(\.key) + ["lt-current"])
    func participationsFollowTheTable(key: String) throws {
        let demo = try DemoFixture.loaded.get()
        let data = try #require((LoadedDemo.historical + [demo.current]).first { $0.key == key })
        let cohort = try demo.cohort(data)
        let participations = demo.state.participations(cohort: cohort.id)
        #expect(participations.count == data.holders.count)
        #expect(demo.state.holdersTakingPart(cohort: cohort.id).count
                == data.holders.filter { $0.track != .notRetained }.count)
        for holder in data.holders {
            let found = try demo.holder(holder, in: data)
            let status = try #require(demo.state.participation(holder: found.id, cohort: cohort.id)).status
            let expected: ParticipationStatus = switch holder.track {
            case .completes: .termine
            case .ongoing: .enCours
            case .leaves: .sorti
            case .notRetained: .nonRetenu
            }
            #expect(status == expected, "\(holder.name)")
            // Recorded under its official name: what the demo types may add the département
            // of a name several communes bear ("Saint-Lambert (78)").
            #expect(found.commune == holder.commune?.replacingOccurrences(of: #" \(\d+\)$"#, with: "", options: .regularExpression))
            #expect(found.communeCode != nil || holder.commune == nil, "\(holder.name)")
            #expect(found.kind == holder.kind)
            #expect(demo.organisationName(found.referredBy) == holder.referredBy)
            // Recorded on the day of the story, not on the day the demo was loaded.
            #expect(try demo.project(holder, in: data).created == holder.added, "\(holder.name)")
        }
    }

    @Test func sprintKeepsTheGuidesTenToNineGapAsOneDeparture() throws {
        let demo = try DemoFixture.loaded.get()
        let cohort = try demo.cohort(Demo.sprintPromotion)
        let statuses = demo.state.participations(cohort: cohort.id).map(\.status)
        #expect(statuses.filter { $0 == .nonRetenu }.count == 25)
        #expect(statuses.filter { $0 == .termine }.count == 9)
        #expect(statuses.filter { $0 == .sorti }.count == 1)
        let archi = try #require(demo.state.holders.values.first { $0.name == "Archi Possible" })
        #expect(archi.kind == .collective)
        // Selection happened on the selection day of the table.
        let history = try #require(demo.state.participation(holder: archi.id, cohort: cohort.id)).history
        #expect(history.map(\.to) == [.candidat, .retenu, .inscrit, .enCours, .termine])
        #expect(history.first { $0.to == .retenu }?.date == Demo.sprintPromotion.calendar.selection)
    }

    @Test(arguments: [Demo.lanceToi2020, Demo.sprintPromotion, Demo.mayIdeesPromotion].map(\.key) + ["lt-current"])
    func sessionsAndMarksFollowTheTable(key: String) throws {
        let demo = try DemoFixture.loaded.get()
        let data = try #require((LoadedDemo.historical + [demo.current]).first { $0.key == key })
        let programme = try #require(Demo.programmes.first { $0.name == data.programme })
        let cohort = try demo.cohort(data)
        #expect(demo.state.sessions(cohort: cohort.id).count == data.sessions.count)
        for row in data.sessions {
            let session = try demo.session(row, in: data)
            let template = programme.workshops[row.slot]
            #expect(session.title == template.title)
            #expect(session.kind == template.kind)
            #expect(session.duration == row.duration ?? template.duration ?? .hours(3))
            #expect(session.venue == row.venue)
            #expect(session.remote == row.remote)
            #expect(session.facilitators.compactMap { demo.organisationName($0) } == [row.by ?? template.by].compactMap { $0 })
            if let holderKey = row.holder {
                let holder = try #require(data.holders.first { $0.key == holderKey })
                #expect(session.holder == (try demo.holder(holder, in: data)).id)
            }
            switch row.attendance {
            case .notTaken:
                #expect(session.status == .planned, "\(row.key)")
                #expect(demo.state.marks[session.id, default: [:]].isEmpty)
            case .taken(let exceptions):
                #expect(session.status == .held, "\(row.key)")
                let marks = demo.state.marks[session.id, default: [:]]
                let expected = data.expected(at: row)
                #expect(marks.count == expected.count, "\(row.key)")
                for key in expected {
                    let holder = try #require(data.holders.first { $0.key == key })
                    let mark = try #require(marks[try demo.holder(holder, in: data).id], "\(row.key) \(key)")
                    #expect(mark.mark == (exceptions[key]?.mark ?? .present), "\(row.key) \(key)")
                    #expect(mark.remark == exceptions[key]?.remark)
                    #expect(mark.remote == row.remote)
                }
            }
        }
    }

    @Test(arguments: [Demo.lanceToi2020, Demo.sprintPromotion, Demo.mayIdeesPromotion].map(\.key) + ["lt-current"])
    func stageMovesAreDatedFromTheTable(key: String) throws {
        let demo = try DemoFixture.loaded.get()
        let data = try #require((LoadedDemo.historical + [demo.current]).first { $0.key == key })
        for holder in data.holders {
            let project = try demo.project(holder, in: data)
            let moves: [(Day, Stage)] = data.moves.compactMap { move in
                guard case .stage(holder.key, let stage, _) = move.change else { return nil }
                return (move.at.day, stage)
            }
            #expect(project.stageHistory.map(\.date) == moves.map(\.0), "\(holder.name)")
            #expect(project.stageHistory.map(\.to) == moves.map(\.1), "\(holder.name)")
            #expect(project.stage == moves.last?.1 ?? holder.stage, "\(holder.name)")
        }
    }

    @Test func lanceToi2020HasOneHolderWhoMissedTwoWorkshopsInARow() throws {
        let demo = try DemoFixture.loaded.get()
        let data = Demo.lanceToi2020
        let cohort = try demo.cohort(data)
        var longest: [String: Int] = [:]
        for holder in data.holders {
            let id = try demo.holder(holder, in: data).id
            var run = 0
            for session in demo.state.sessions(cohort: cohort.id) {
                guard let mark = demo.state.mark(session: session.id, holder: id) else { continue }
                run = mark.mark == .absent ? run + 1 : 0
                longest[holder.key] = max(longest[holder.key] ?? 0, run)
            }
        }
        #expect(longest.filter { $0.value >= 2 }.keys.sorted() == ["chanvre"])
        // Most move from the idea to emergence.
        let moved = try data.holders.filter { try demo.project($0, in: data).stage > $0.stage }
        #expect(moved.count * 2 > data.holders.count)
    }

    @Test func mayIdeesOutcomesAsTheGuideTellsThem() throws {
        let demo = try DemoFixture.loaded.get()
        let data = Demo.mayIdeesPromotion
        let projects = try data.holders.map { try demo.project($0, in: data) }
        let oriented = projects.filter { $0.status == .oriente }
        #expect(oriented.count == 2)
        #expect(Set(oriented.compactMap { demo.organisationName($0.statusHistory.last?.destination) })
                == ["BGE Anjou Maine", "CAE Coodem"])
        #expect(oriented.allSatisfy { $0.statusHistory.last?.date == data.calendar.end })
        let opened = projects.filter { $0.stage == .creation }
        #expect(opened.count == 1)
        #expect(opened.first?.title.contains("Les Cornichons") == true)
        #expect(opened.first?.status == .actif)
        #expect(opened.first?.commune == "Laval")
    }
}

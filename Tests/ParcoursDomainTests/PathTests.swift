import Foundation
@testable import ParcoursDomain
import Testing

/// The project's path (domain.md F11, F13, F16): milestones from the standard list and a
/// programme's own, needs and blockers, the legal form with its history.
@Suite("Milestones, needs, legal form")
struct PathTests {
    static func world() throws -> World {
        let w = try World.standard()
        w.today = day("2021-03-01")
        return w
    }

    @Test func milestonesAreNamedByIdOrLabelInEitherLanguage() throws {
        let w = try Self.world()
        let project = w.project("Épicerie").id
        try w.run(.reachMilestone(project: "Épicerie", milestone: "pitch", date: day("2021-01-20")))
        try w.run(.reachMilestone(project: "Léa Martin", milestone: "étude de marché", date: day("2021-02-01")))
        try w.run(.reachMilestone(project: "Épicerie", milestone: "Business model"))
        #expect(w.state.milestones[project] == ["pitch": day("2021-01-20"), "etude_marche": day("2021-02-01"),
                                                "modele_economique": day("2021-03-01")])
        // "plan" starts two milestones' labels: both are listed.
        guard case .ambiguous(.milestone, _, let candidates)? = w.error(.reachMilestone(project: "Épicerie", milestone: "plan")) else {
            Issue.record("“plan” is ambiguous"); return
        }
        #expect(Set(candidates.map(\.id)) == ["plan_financement", "plan_action"])
        #expect(w.error(.reachMilestone(project: "Épicerie", milestone: "licorne")) == .notFound(.milestone, reference: "licorne"))
        #expect(w.error(.reachMilestone(project: "Épicerie", milestone: "pitch", date: day("2021-01-20"))) == .nothingChanged)
        #expect(w.error(.reachMilestone(project: "Épicerie", milestone: "ouverture", date: day("2021-03-02")))
                == .dateInFuture(.milestone, date: day("2021-03-02"), today: day("2021-03-01")))
        #expect(w.error(.reachMilestone(project: "Épicerie", milestone: "ouverture", date: day("2020-12-01")))
                == .dateBeforeRecorded(.milestone, what: "Épicerie", date: day("2020-12-01"), recorded: day("2021-01-04")))
        // A new day corrects it; undo puts the first day back; clearing takes it away.
        try w.run(.reachMilestone(project: "Épicerie", milestone: "pitch", date: day("2021-01-22")))
        try w.run(.undo(author: "claire"))
        #expect(w.state.milestones[project]?["pitch"] == day("2021-01-20"))
        try w.run(.clearMilestone(project: "Épicerie", milestone: "pitch"))
        #expect(w.state.milestones[project]?["pitch"] == nil)
        #expect(w.error(.clearMilestone(project: "Épicerie", milestone: "pitch"))
                == .milestoneNotReached(project: "Épicerie", milestone: .standard(.pitch)))
        try w.run(.undo(author: "claire"))
        #expect(w.state.milestones[project]?["pitch"] == day("2021-01-20"))
    }

    @Test func aProgrammeAddsItsOwnMilestones() throws {
        let w = try Self.world()
        try w.run(.addProgrammeMilestone(programme: "Lance-toi", title: "Visite d’un lieu similaire"))
        #expect(w.error(.addProgrammeMilestone(programme: "Lance-toi", title: "visite d'un lieu similaire"))
                == .milestoneExists(programme: "Lance-toi !", title: "visite d'un lieu similaire"))
        #expect(w.error(.addProgrammeMilestone(programme: "Lance-toi", title: "Pitch"))
                == .milestoneExists(programme: "Lance-toi !", title: "Pitch"))
        #expect(w.error(.addProgrammeMilestone(programme: "Lance-toi", title: "  ")) == .emptyName(.milestone))
        let own = try #require(w.state.programmeMilestones[w.programme("Lance-toi !").id]?.first)
        try w.run(.reachMilestone(project: "Épicerie", milestone: "visite"))
        #expect(w.state.milestones[w.project("Épicerie").id]?[own.id] == day("2021-03-01"))
        #expect(Catalog.describe(w.journal.last!, in: w.state, language: .fr)
                == "« Épicerie » : jalon « Visite d’un lieu similaire » atteint le lun. 01/03/2021")
        // Taking the milestone back while a project keeps it is refused.
        w.author = "anne"
        try w.run(.addProgrammeMilestone(programme: "Lance-toi", title: "Soirée des porteurs"))
        w.author = "claire"
        try w.run(.undo(author: "claire"))  // the milestone reached
        try w.run(.undo(author: "claire"))  // "Visite…" itself: nobody keeps it now
        #expect(w.state.programmeMilestones[w.programme("Lance-toi !").id]?.map(\.title) == ["Soirée des porteurs"])
        w.author = "anne"
        try w.run(.reachMilestone(project: "Recyclerie", milestone: "soirée"))
        w.author = "bob"
        #expect(w.error(.undo(author: "anne")) == nil)  // the milestone reached
        try w.run(.reachMilestone(project: "Recyclerie", milestone: "soirée"))
        #expect(w.error(.undo(author: "anne")) == .undoBlocked(what: "Soirée des porteurs"))
    }

    @Test func needsOpenAndResolveOnePerKindAtATime() throws {
        let w = try Self.world()
        try w.run(.addNeed(project: "Épicerie", kind: .local, description: "50 m² en centre-bourg", date: day("2021-02-01")))
        #expect(w.error(.addNeed(project: "Épicerie", kind: .local)) == .needAlreadyOpen(project: "Épicerie", kind: .local))
        try w.run(.addNeed(project: "Épicerie", kind: .financement))
        #expect(w.error(.resolveNeed(project: "Épicerie", kind: .foncier)) == .noOpenNeed(project: "Épicerie", kind: .foncier))
        #expect(w.error(.resolveNeed(project: "Épicerie", kind: .local, date: day("2021-01-31")))
                == .dateBeforeRecorded(.needResolution, what: "Épicerie", date: day("2021-01-31"), recorded: day("2021-02-01")))
        try w.run(.resolveNeed(project: "Épicerie", kind: .local, note: "bail signé avec la mairie", date: day("2021-02-20")))
        let local = try #require(w.state.needs.values.first { $0.kind == .local })
        #expect((local.resolved, local.resolution, local.description) == (day("2021-02-20"), "bail signé avec la mairie", "50 m² en centre-bourg"))
        // A second need of the same kind once the first is resolved.
        try w.run(.addNeed(project: "Épicerie", kind: .local, description: "un entrepôt"))
        #expect(w.state.needs.values.filter { $0.kind == .local && $0.isOpen }.count == 1)
        try w.run(.undo(author: "claire"))
        try w.run(.undo(author: "claire"))
        #expect(w.state.needs[local.id]?.isOpen == true, "undoing the resolution opens it again")
        #expect(Catalog.describe(w.journal.last!, in: w.state, language: .en) == "“Épicerie”: need (premises) open again")
    }

    @Test func theLegalFormKeepsItsHistoryAndACorrectionFixesItsLastEntry() throws {
        let w = try Self.world()
        let project = w.project("Épicerie").id
        try w.run(.changeLegalForm(project: "Épicerie", form: "association", date: day("2021-01-15")))
        #expect(w.error(.changeLegalForm(project: "Épicerie", form: "association")) == .nothingChanged)
        #expect(w.error(.changeLegalForm(project: "Épicerie", form: " ")) == .emptyLegalForm)
        #expect(w.error(.changeLegalForm(project: "Épicerie", form: "SCIC", date: day("2021-01-10")))
                == .dateBeforeLastChange(.legalFormChange, what: "Épicerie", date: day("2021-01-10"), last: day("2021-01-15")))
        try w.run(.changeLegalForm(project: "Épicerie", form: "SCIC", date: day("2021-02-15")))
        #expect(w.state.projects[project]?.legalForm == "SCIC")
        #expect(w.state.legalFormHistory[project]?.map(\.to) == ["association", "SCIC"])
        #expect(w.state.legalFormHistory[project]?.map(\.from) == [nil, "association"])
        // A misspelling corrected: the form and the last entry of its history.
        try w.run(.editProject(project: "Épicerie", ProjectEdit(legalForm: "SCIC SA")))
        #expect(w.state.legalFormHistory[project]?.last?.to == "SCIC SA")
        try w.run(.undo(author: "claire"))
        #expect(w.state.legalFormHistory[project]?.last?.to == "SCIC")
        try w.run(.undo(author: "claire"))
        #expect(w.state.projects[project]?.legalForm == "association")
        #expect(w.state.legalFormHistory[project]?.map(\.to) == ["association"])
        // A concurrent correction and change of the one value are a conflict.
        let base = w.state, next = base.eventCount + 1
        let alice = try ConflictTests.decided(.changeLegalForm(project: "Épicerie", form: "SCOP"), on: base,
                                              author: "Alice", writer: "aaaa", clock: next)
        let bob = try ConflictTests.decided(.editProject(project: "Épicerie", ProjectEdit(legalForm: "Association loi 1901")),
                                            on: base, author: "Bob", writer: "bbbb", clock: next)
        let merged = ConflictTests.merged(w.journal, alice, bob)
        #expect(merged.conflicts.map(\.subject) == [ConflictSubject(kind: .projectField, entity: project, field: "legal_form")])
    }

    /// Erasing a person empties what the path and the follow-ups say about the projects
    /// that went with them, in the state and in the events the logs are rewritten to;
    /// the figures stay.
    @Test func anErasureEmptiesTheTextsAboutTheProjectsThatWentWithThePerson() throws {
        let w = try FollowUpTests.world()
        let project = w.project("Épicerie").id
        try w.run(.recordFollowUp(project: "Épicerie", wave: 6,
                                  FollowUpDraft(activity: .operationnelle, jobsCreated: 1, structure: "SCIC Chez Léa",
                                                note: "Léa a ouvert rue des Tilleuls")))
        try w.run(.addNeed(project: "Épicerie", kind: .local, description: "local près de chez Léa"))
        try w.run(.resolveNeed(project: "Épicerie", kind: .local, note: "prêté par son oncle"))
        try w.run(.addNeed(project: "Recyclerie", kind: .foncier, description: "terrain de Tom"))
        try w.run(.changeLegalForm(project: "Épicerie", form: "SCIC"))
        let before = Report.make(state: w.state, scope: .all, today: w.today)
        try w.run(.erase(holder: "Léa Martin", reason: "demande de l'intéressée"))

        let record = try #require(w.state.followUps[project]?.first)
        #expect(record.note == nil && record.structure == "" && record.jobsCreated == 1 && record.activity == .operationnelle)
        let lea = try #require(w.state.needs.values.first { $0.project == project })
        #expect(lea.description == nil && lea.resolution == nil && lea.resolved != nil)
        #expect(w.state.needs.values.first { $0.kind == .foncier }?.description == "terrain de Tom", "Tom's project is not hers")
        #expect(w.state.legalFormHistory[project]?.map(\.to) == [nil])
        // The logs: every event, as rewritten, holds none of it.
        let rewritten = w.journal.map { $0.event.erasing(w.state.erasures) }
        let texts = rewritten.map { String(describing: $0) }.joined()
        for text in ["Léa a ouvert", "SCIC Chez Léa", "local près de chez Léa", "prêté par son oncle", "\"SCIC\""] {
            #expect(!texts.contains(text), "\(text) is still written")
        }
        #expect(texts.contains("terrain de Tom"))
        // Figures stay.
        let after = Report.make(state: w.state, scope: .all, today: w.today)
        #expect(after.followUp == before.followUp && after.path == before.path && after.funding == before.funding)
        #expect(after.followUp.structuresCreated == 1)
    }
}

import Foundation
import Testing
@testable import ParcoursDomain

/// Rules that once lived in several places (the decider, the roll call, the reports, the
/// interface's update) and drifted apart: each now lives once, here in the domain.
@Suite struct SharedRuleTests {
    /// Who is expected at a session: the decider accepts a mark exactly when the roll
    /// call shows a cell and the reports count the holder.
    @Test func whoIsExpectedIsOneRule() throws {
        let w = try World.standard()
        try w.run(.addHolder(HolderDraft(name: "Ana Lopez")))  // not in the cohort
        // An individual meeting with no holder (as a template plans before anyone enrols).
        w.apply([.sessionScheduled(EntityPayload(action: "a", entity: Session(
            id: "free1", cohort: w.cohort("Promo 1").id,
            details: SessionDetails(title: "RDV libre", kind: .individuel, date: day("2021-01-20")),
            status: .planned, templateIndex: nil)))])
        try w.run(.addSession(cohort: "Promo 1", SessionDraft(title: "RDV Léa", date: day("2021-01-21"), kind: .individuel,
                                                              holder: "Léa Martin")))
        let sessions = ["Atelier 1", "RDV libre", "RDV Léa"].map(w.session)
        for session in sessions {
            for name in ["Léa Martin", "Tom Durand", "Ana Lopez"] {
                let holder = w.holder(name)
                let expected = w.state.isExpected(holder: holder.id, at: session)
                #expect(w.state.expectedHolders(session: session).contains(holder) == expected, "\(session.title), \(name)")
                let refused = w.error(.attend(session: session.id, holder: holder.id, mark: .present)) != nil
                #expect(refused == !expected, "\(session.title), \(name): the decider follows the same rule")
            }
        }
        // A meeting no holder was given: anyone taking part may be marked.
        #expect(w.state.isExpected(holder: w.holder("Tom Durand").id, at: w.session("RDV libre")))
        #expect(!w.state.isExpected(holder: w.holder("Tom Durand").id, at: w.session("RDV Léa")))
        #expect(!w.state.isExpected(holder: w.holder("Ana Lopez").id, at: w.session("Atelier 1")))
    }

    /// Marking again keeps what the new mark does not say: the remote flag and the remark.
    @Test func markingAgainKeepsRemoteAndRemark() throws {
        let w = try World.standard()
        let session = w.session("Atelier 1").id, lea = w.holder("Léa Martin").id
        try w.run(.attend(session: session, holder: lea, mark: .absent, remote: true, remark: "prévenue la veille"))
        try w.run(.attend(session: session, holder: lea, mark: .present))
        var value = try #require(w.state.mark(session: session, holder: lea))
        #expect(value.mark == .present && value.remote && value.remark == "prévenue la veille")
        try w.run(.attend(session: session, holder: lea, mark: .excuse, remote: false, remark: ""))
        value = try #require(w.state.mark(session: session, holder: lea))
        #expect(value.mark == .excuse && !value.remote && value.remark == nil, "given values replace; an empty remark clears")
        // A first mark is on site unless told.
        let tom = w.holder("Tom Durand").id
        try w.run(.attend(session: session, holder: tom, mark: .present))
        #expect(w.state.mark(session: session, holder: tom)?.remote == false)
    }

    /// A new holder and their enrolment are one action, naming the new holder even when
    /// another bears the same name; one undo takes both back.
    @Test func aNewHolderIsEnrolledInTheSameAction() throws {
        let w = try World.standard()
        try w.run(.addHolder(HolderDraft(name: "Léa Martin", projectTitle: "Tiers-lieu", cohort: "Promo 1")))
        let decision = try #require(w.lastDecision)
        #expect(Set(decision.events.map(\.action)).count == 1)
        let twins = w.state.holders.values.filter { $0.name == "Léa Martin" }
        #expect(twins.count == 2)
        let newcomer = try #require(twins.first { w.state.projects(holder: $0.id).map(\.title) == ["Tiers-lieu"] })
        let cohort = w.cohort("Promo 1").id
        #expect(w.state.participation(holder: newcomer.id, cohort: cohort)?.status == .inscrit)
        #expect(Catalog.text(decision.summary, .fr).contains("Promo 1"))
        try w.run(.undo(author: w.author))
        #expect(w.state.holders.values.filter { $0.name == "Léa Martin" }.count == 1)
        #expect(w.state.participation(holder: newcomer.id, cohort: cohort) == nil)
    }
}

import Foundation
@testable import ParcoursDomain
import Testing

/// Money (domain.md F24): a programme's or a cohort's cost, funders with amounts or
/// shares, the participant fee, contributions in kind.
@Suite("Funding")
struct FundingTests {
    @Test func theFirstFundingNeedsItsCostAndFundersAreOrganisations() throws {
        let w = try World.standard()
        #expect(w.error(.setFunding(target: "Promo 1", FundingDraft(fee: .some(12_000)))) == .fundingNeedsCost(target: "Promo 1"))
        let decision = try w.run(.setFunding(target: "Promo 1", FundingDraft(
            cost: 1_000_000, funders: [FunderDraft(name: "FSE", share: 6_000), FunderDraft(name: "Commune de Louvigné", amount: 400_000)],
            fee: .some(12_000), inKind: .some(150_000))))
        #expect(decision.summary == .fundingSet(target: "Promo 1", cost: 1_000_000, funders: 2))
        #expect(decision.warnings.isEmpty)
        let fse = try #require(w.state.organisations.values.first { $0.name == "FSE" })
        #expect(fse.kind == .funder)
        let funding = try #require(w.state.funding[w.cohort("Promo 1").id])
        #expect(funding.funders.map { funding.amount(of: $0) } == [600_000, 400_000])
        #expect((funding.fee, funding.inKind) == (12_000, 150_000))
        #expect(Catalog.describe(w.journal.last!, in: w.state, language: .fr)
                == "Financement de « Promo 1 » : coût 10 000 €, 2 financeurs, participation 120 €, en nature 1 500 €")
        #expect(Catalog.describe(w.journal.last!, in: w.state, language: .en)
                == "Funding of “Promo 1”: cost €10,000, 2 funders, fee €120, in kind €1,500")
    }

    @Test func optionsLeftOutKeepWhatWasRecorded() throws {
        let w = try World.standard()
        try w.run(.setFunding(target: "Lance-toi", FundingDraft(cost: 200_000, funders: [FunderDraft(name: "Région", amount: 50_000)],
                                                                fee: .some(5_000))))
        try w.run(.setFunding(target: "Lance-toi", FundingDraft(cost: 250_000)))
        var funding = try #require(w.state.funding[w.programme("Lance-toi !").id])
        #expect((funding.cost, funding.funders.count, funding.fee) == (250_000, 1, 5_000))
        try w.run(.setFunding(target: "Lance-toi", FundingDraft(funders: [], fee: .some(nil))))
        funding = try #require(w.state.funding[w.programme("Lance-toi !").id])
        #expect((funding.cost, funding.funders.count, funding.fee) == (250_000, 0, nil))
        #expect(w.error(.setFunding(target: "Lance-toi", FundingDraft(cost: 250_000))) == .nothingChanged)
        try w.run(.undo(author: "claire"))
        #expect(w.state.funding[w.programme("Lance-toi !").id]?.funders.count == 1)
        try w.run(.setFunding(target: "Lance-toi", FundingDraft(remove: true)))
        #expect(w.state.funding.isEmpty)
        #expect(w.error(.setFunding(target: "Lance-toi", FundingDraft(remove: true))) == .noFunding(target: "Lance-toi !"))
        try w.run(.undo(author: "claire"))
        #expect(w.state.funding[w.programme("Lance-toi !").id]?.cost == 250_000)
    }

    @Test func amountsSharesAndFundersAreChecked() throws {
        let w = try World.standard()
        #expect(w.error(.setFunding(target: "Promo 1", FundingDraft(cost: -1))) == .amountOutOfRange(cents: -1))
        #expect(w.error(.setFunding(target: "Promo 1", FundingDraft(cost: Money.largest + 1)))
                == .amountOutOfRange(cents: Money.largest + 1))
        #expect(w.error(.setFunding(target: "Promo 1", FundingDraft(cost: 100, funders: [FunderDraft(name: "FSE", share: 10_001)])))
                == .shareOutOfRange(basisPoints: 10_001))
        #expect(w.error(.setFunding(target: "Promo 1", FundingDraft(cost: 100, funders: [FunderDraft(name: "FSE", share: 0)])))
                == .shareOutOfRange(basisPoints: 0))
        #expect(w.error(.setFunding(target: "Promo 1", FundingDraft(cost: 100, funders: [FunderDraft(name: "FSE")])))
                == .funderNeedsAmount(name: "FSE"))
        #expect(w.error(.setFunding(target: "Promo 1", FundingDraft(cost: 100, funders: [
            FunderDraft(name: "FSE", amount: 10), FunderDraft(name: "fse", amount: 20)]))) == .funderGivenTwice(name: "FSE"))
        #expect(w.error(.setFunding(target: "Nulle part", FundingDraft(cost: 100))) == .notFound(.programmeOrCohort, reference: "Nulle part"))
        #expect(w.state.funding.isEmpty && !w.state.organisations.values.contains { $0.name == "FSE" }, "nothing was written")
        // More given than it costs: recorded, with a warning.
        let over = try w.run(.setFunding(target: "Promo 1", FundingDraft(cost: 100_000, funders: [
            FunderDraft(name: "FSE", share: 8_000), FunderDraft(name: "Commune", amount: 30_000)])))
        #expect(over.warnings == [.fundersExceedCost(target: "Promo 1", funded: 110_000, cost: 100_000)])
    }

    @Test func aProgrammeAndItsCohortOfTheSameNameAreAskedApart() throws {
        let w = try World.standard()
        try w.run(.addCohort(programme: "Lance-toi", name: "Lance-toi ! 2022", start: day("2022-01-10")))
        // The exact name wins over a name that merely starts with it.
        try w.run(.setFunding(target: "Lance-toi !", FundingDraft(cost: 100)))
        #expect(w.state.funding.keys.first == w.programme("Lance-toi !").id)
        guard case .ambiguous(.programmeOrCohort, _, let candidates)? = w.error(.setFunding(target: "Lance", FundingDraft(cost: 1))) else {
            Issue.record("“Lance” names both"); return
        }
        #expect(candidates.count == 2)
    }

    /// Undoing a funding whose action created a funder removes the funder too; two people
    /// setting one funding without seeing each other are a conflict.
    @Test func undoAndConflicts() throws {
        let w = try World.standard()
        try w.run(.setFunding(target: "Promo 1", FundingDraft(cost: 100, funders: [FunderDraft(name: "Fondation", amount: 100)])))
        try w.run(.undo(author: "claire"))
        #expect(w.state.funding.isEmpty && !w.state.organisations.values.contains { $0.name == "Fondation" })
        let base = w.state, next = base.eventCount + 1
        let alice = try ConflictTests.decided(.setFunding(target: "Promo 1", FundingDraft(cost: 100)), on: base,
                                              author: "Alice", writer: "aaaa", clock: next)
        let bob = try ConflictTests.decided(.setFunding(target: "Promo 1", FundingDraft(cost: 200)), on: base,
                                            author: "Bob", writer: "bbbb", clock: next)
        let merged = ConflictTests.merged(w.journal, alice, bob)
        #expect(merged.funding[w.cohort("Promo 1").id]?.cost == 200)
        #expect(merged.conflicts.map(\.subject) == [ConflictSubject(kind: .funding, entity: w.cohort("Promo 1").id)])
        // A funder of a recorded funding is not taken away by undoing its creation elsewhere.
        try w.run(.addOrganisation(name: "Région", kind: .funder))
        w.author = "anne"
        try w.run(.setFunding(target: "Promo 1", FundingDraft(cost: 100, funders: [FunderDraft(name: "Région", amount: 50)])))
        #expect(w.error(.undo(author: "claire")) == .undoBlocked(what: "Région"))
    }

    @Test func moneyReadsAsPeopleWriteIt() {
        #expect(Money.text(1_234_567, .fr) == "12 345,67 €" && Money.text(1_234_567, .en) == "€12,345.67")
        #expect(Money.text(100, .fr) == "1 €" && Money.text(5, .en) == "€0.05" && Money.text(-150_000, .fr) == "-1 500 €")
        #expect(Money.share(6_000, .fr) == "60 %" && Money.share(3_333, .en) == "33.33%")
    }
}

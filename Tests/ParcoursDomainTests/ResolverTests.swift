import Testing
@testable import ParcoursDomain

@Suite struct ResolverTests {
    func world() throws -> World {
        let w = World()
        try w.run(.addProgramme(name: "May’Idées"))
        try w.run(.addProgramme(name: "Lance-toi !"))
        try w.run(.addOrganisation(name: "Élan créateur", kind: .operator))
        try w.run(.addOrganisation(name: "Élan", kind: .operator))
        try w.run(.addHolder(HolderDraft(name: "Léa Martin", projectTitle: "Épicerie solidaire")))
        try w.run(.addHolder(HolderDraft(name: "Léo Martin")))
        try w.run(.addHolder(HolderDraft(name: "Chloé Œuvrard")))
        return w
    }

    @Test func accentsCaseAndApostrophesDoNotMatter() throws {
        let w = try world()
        let r = Resolver(w.state)
        #expect(try r.programme("may'idees").name == "May’Idées")
        #expect(try r.programme("MAY’IDÉES").name == "May’Idées")
        #expect(try r.holder("lea martin").name == "Léa Martin")
        #expect(try r.holder("chloe oeuvrard").name == "Chloé Œuvrard")
        #expect(try r.holder("  Léa   Martin ").name == "Léa Martin")
        #expect(NameKey.of("May'Idées") == NameKey.of("May’Idées"))
    }

    @Test func aHolderStandsForTheirOnlyProjectInStageAndStatusCommands() throws {
        let w = try world()
        try w.run(.setStage(project: "lea martin", stage: .etude))
        #expect(w.project("Épicerie solidaire").stage == .etude)
        // A holder without a project, and a holder with two, are refused with a reason.
        guard case .notFound(.project, _)? = w.error(.setStage(project: "Léo Martin", stage: .etude)) else {
            Issue.record("a holder without a project must be refused")
            return
        }
        try w.run(.addHolder(HolderDraft(name: "Chloé Œuvrard bis", projectTitle: "Recyclerie")))
        try w.run(.addHolderToProject(holder: "Léa Martin", project: "Recyclerie"))
        guard case .ambiguous(.project, _, let candidates)? = w.error(.setStatus(project: "Léa Martin", status: .enPause)) else {
            Issue.record("a holder with two projects must be ambiguous")
            return
        }
        #expect(Set(candidates.map(\.name)) == ["Épicerie solidaire", "Recyclerie"])
    }

    @Test func exactNameBeatsPrefixOfName() throws {
        let w = try world()
        #expect(try Resolver(w.state).organisation("elan").name == "Élan")
        #expect(try Resolver(w.state).organisation("elan cr").name == "Élan créateur")
    }

    @Test func idAndIdPrefix() throws {
        let w = try world()
        let léa = w.holder("Léa Martin")
        let r = Resolver(w.state)
        #expect(try r.holder(léa.id).id == léa.id)
        #expect(try r.holder(String(léa.id.prefix(4))).id == léa.id)
        #expect(throws: DomainError.self) { try r.holder(String(léa.id.prefix(3))) }
    }

    @Test func ambiguityListsTheCandidates() throws {
        let w = try world()
        do {
            _ = try Resolver(w.state).holder("martin")
            Issue.record("expected an ambiguity")
        } catch {
            guard case .ambiguous(.holder, "martin", let candidates) = error else { Issue.record("wrong error \(error)"); return }
            #expect(candidates.map(\.name) == ["Léa Martin", "Léo Martin"])
            #expect(candidates.map(\.id) == [w.holder("Léa Martin").id, w.holder("Léo Martin").id])
            let text = Catalog.text(error, .fr)
            #expect(text.contains("Léa Martin (\(w.holder("Léa Martin").id))") && text.contains("Léo Martin"))
        }
    }

    @Test func unknownIsAnError() throws {
        let w = try world()
        #expect(throws: DomainError.notFound(.cohort, reference: "Promo 9")) { try Resolver(w.state).cohort("Promo 9") }
        #expect(throws: DomainError.notFound(.holder, reference: "")) { try Resolver(w.state).holder("") }
    }

    @Test func holderOrProject() throws {
        let w = try world()
        let r = Resolver(w.state)
        #expect(try r.holderOrProject("épicerie") == .project(w.project("Épicerie solidaire").id))
        #expect(try r.holderOrProject("Léo") == .holder(w.holder("Léo Martin").id))
    }

    @Test func sessionsCanBeLookedUpWithinACohort() throws {
        let w = try World.standard()
        try w.run(.addCohort(programme: "Lance-toi", name: "Promo 2", start: day("2021-09-07"), fromTemplate: true))
        #expect(throws: DomainError.self) { try Resolver(w.state).session("Atelier 1") }
        let s = try Resolver(w.state).session("Atelier 1", cohort: w.cohort("Promo 2").id)
        #expect(s.date.iso == "2021-09-07")
    }
}

@Suite struct OrderingTests {
    @Test func holdersSortIgnoringAccentsAndCase() throws {
        let w = try World.standard()
        for name in ["Émile Roux", "zoé", "Denis"] {
            try w.run(.addHolder(HolderDraft(name: name)))
            try w.run(.enrol(holder: name, cohort: "Promo 1"))
        }
        #expect(w.state.holdersTakingPart(cohort: w.cohort("Promo 1").id).map(\.name)
                == ["Denis", "Émile Roux", "Léa Martin", "Tom Durand", "zoé"])
    }
}

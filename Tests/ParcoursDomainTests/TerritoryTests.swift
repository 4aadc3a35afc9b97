import Foundation
@testable import ParcoursDomain
import Testing

/// A few communes of the official geographic code, written by hand: enough for every rule
/// (homonyms in two départements, a former commune, postal codes shared).
let sampleGeography = Geography(
    edition: "COG test",
    communes: [
        GeoCommune(code: "07010", name: "Annonay", epci: "200072015", departement: "07", postalCodes: ["07100"]),
        GeoCommune(code: "07186", name: "Privas", epci: "200071413", departement: "07", postalCodes: ["07000"]),
        GeoCommune(code: "07236", name: "Saint-Félicien", epci: "200073096", departement: "07", postalCodes: ["07410"]),
        GeoCommune(code: "42218", name: "Saint-Étienne", epci: "244200770", departement: "42", postalCodes: ["42000", "42100"]),
        GeoCommune(code: "05139", name: "Sainte-Colombe", epci: nil, departement: "05", postalCodes: ["05700"]),
        GeoCommune(code: "69189", name: "Sainte-Colombe", epci: "200046977", departement: "69", postalCodes: ["69560"]),
        GeoCommune(code: "07129", name: "Lamastre", epci: "200073096", departement: "07", postalCodes: ["07270"]),
        GeoCommune(code: "42999", name: "Le Chambon-Feugerolles", epci: "244200770", departement: "42", postalCodes: ["42500"]),
    ],
    formerCommunes: [GeoFormerCommune(code: "07999", name: "Boulieu-Vieux", commune: "07010")],
    epcis: [
        GeoArea(level: .epci, code: "200072015", name: "Communauté d'agglomération Annonay Rhône Agglo", parent: "CA"),
        GeoArea(level: .epci, code: "200071413", name: "Communauté d'agglomération Privas Centre Ardèche", parent: "CA"),
        GeoArea(level: .epci, code: "200073096", name: "Communauté d'agglomération Arche Agglo", parent: "CA"),
        GeoArea(level: .epci, code: "244200770", name: "Saint-Etienne Métropole", parent: "ME"),
        GeoArea(level: .epci, code: "200046977", name: "Métropole de Lyon", parent: "ME"),
    ],
    departements: [
        GeoArea(level: .departement, code: "07", name: "Ardèche", parent: "84"),
        GeoArea(level: .departement, code: "42", name: "Loire", parent: "84"),
        GeoArea(level: .departement, code: "69", name: "Rhône", parent: "84"),
        GeoArea(level: .departement, code: "05", name: "Hautes-Alpes", parent: "93"),
    ],
    regions: [
        GeoArea(level: .region, code: "84", name: "Auvergne-Rhône-Alpes"),
        GeoArea(level: .region, code: "93", name: "Provence-Alpes-Côte d'Azur"),
    ])

@Suite("Territory: communes by their official code, areas, reports by territory, prescribers, operators")
struct TerritoryTests {
    func code(_ resolution: CommuneResolution) -> String? {
        if case .found(let commune) = resolution { return commune.code }
        return nil
    }

    @Test("A commune is found by its INSEE or postal code, or its name in any case and accents, narrowed by its département or postal code")
    func communeResolution() {
        let g = sampleGeography
        #expect(code(g.resolve("07010")) == "07010")
        #expect(code(g.resolve("07100")) == "07010")
        #expect(code(g.resolve("ANNONAY")) == "07010")
        #expect(code(g.resolve("st felicien")) == "07236")
        #expect(code(g.resolve("Saint-Etienne")) == "42218")
        #expect(code(g.resolve("Sainte-Colombe (69)")) == "69189")
        #expect(code(g.resolve("Sainte-Colombe 05700")) == "05139")
        #expect(code(g.resolve("Sainte-Colombe (Hautes-Alpes)")) == "05139")
        // A former commune's name leads to the commune it belongs to.
        #expect(code(g.resolve("Boulieu-Vieux")) == "07010")
        // A name the code files with its article is found with or without it.
        #expect(code(g.resolve("le chambon feugerolles")) == "42999")
        #expect(code(g.resolve("Chambon-Feugerolles")) == "42999")
        guard case .ambiguous(let both) = g.resolve("Sainte-Colombe") else { Issue.record("not ambiguous"); return }
        #expect(both.map(\.code) == ["05139", "69189"])
        guard case .unknown(let close) = g.resolve("Anonay") else { Issue.record("found"); return }
        #expect(close.map(\.code) == ["07010"])
        guard case .unknown(let none) = g.resolve("Zzzzzzz") else { Issue.record("found"); return }
        #expect(none.isEmpty)
        #expect(Geography.none.commune(code: nil, text: "Annonay") == nil)
    }

    @Test("A territory is a région, a département (by code or name), an EPCI (without its kind) or a commune; a typo suggests the closest first")
    func areaResolution() {
        let g = sampleGeography
        func key(_ r: AreaResolution) -> String? { if case .found(let a) = r { return a.key }; return nil }
        #expect(key(g.resolveArea("07")) == "departement:07")
        #expect(key(g.resolveArea("ardeche")) == "departement:07")
        #expect(key(g.resolveArea("Annonay Rhône Agglo")) == "epci:200072015")
        #expect(key(g.resolveArea("Auvergne-Rhône-Alpes")) == "region:84")
        #expect(key(g.resolveArea("Privas")) == "commune:07186")
        guard case .unknown(let close) = g.resolveArea("Loir") else { Issue.record("found"); return }
        #expect(close.first?.key == "departement:42")
    }

    @Test("A holder's commune is kept under its official name and code; a typo is refused with suggestions and writes nothing")
    func holderCommune() throws {
        let w = World()
        w.geography = sampleGeography
        try w.run(.addHolder(HolderDraft(name: "Léa Martin", commune: "annonay 07100", projectTitle: "Épicerie")))
        #expect(w.holder("Léa Martin").commune == "Annonay" && w.holder("Léa Martin").communeCode == "07010")
        #expect(w.project("Épicerie").communeCode == "07010")
        let events = w.journal.count
        #expect(w.error(.addHolder(HolderDraft(name: "Tom", commune: "Anonay"))) == .unknownCommune("Anonay", suggestions: ["Annonay (07)"]))
        #expect(w.error(.editHolder(holder: "Léa Martin", HolderEdit(commune: "Sainte-Colombe")))
                == .ambiguousCommune("Sainte-Colombe", candidates: ["Sainte-Colombe (05)", "Sainte-Colombe (69)"]))
        #expect(w.journal.count == events)
        try w.run(.editProject(project: "Épicerie", ProjectEdit(commune: "Privas")))
        #expect(w.project("Épicerie").commune == "Privas" && w.project("Épicerie").communeCode == "07186")
        // Without the geographic code the commune stays as typed, with no code.
        let bare = World()
        try bare.run(.addHolder(HolderDraft(name: "Tom", commune: "Anonay")))
        #expect(bare.holder("Tom").commune == "Anonay" && bare.holder("Tom").communeCode == nil)
    }

    /// "Ardèche ESS" runs Lance-toi ! (Promo 1) and Fabrique (Fab 1); "Loire Active" runs
    /// Cap (Cap 1). Promo 1: Léa (Annonay, project Épicerie, sent by France Travail), Tom
    /// (Privas, sent by the Mission locale), Zoé (free text "Saint-Etienne" from an older
    /// log: placed by name), Ana ("Atlantis": not placed), Paul (no commune). Fab 1: Inès
    /// (Annonay, sent by France Travail). Cap 1: Hugo (Saint-Étienne).
    func world() throws -> World {
        let w = World()
        w.geography = sampleGeography
        try w.run(.addProgramme(name: "Lance-toi !", operatorNames: ["Ardèche ESS"], type: "premiers pas", territory: ["07"]))
        try w.run(.addProgramme(name: "Fabrique", operatorNames: ["Ardèche ESS"], type: "fabrique"))
        try w.run(.addProgramme(name: "Cap", operatorNames: ["Loire Active"]))
        try w.run(.addCohort(programme: "Lance-toi", name: "Promo 1", start: day("2021-01-04")))
        try w.run(.addCohort(programme: "Fabrique", name: "Fab 1", start: day("2021-01-04")))
        try w.run(.addCohort(programme: "Cap", name: "Cap 1", start: day("2021-01-04")))
        try w.run(.addHolder(HolderDraft(name: "Léa Martin", commune: "Annonay", referredByName: "France Travail",
                                         projectTitle: "Épicerie", cohort: "Promo 1")))
        try w.run(.addHolder(HolderDraft(name: "Tom Durand", commune: "07186", referredByName: "Mission locale", cohort: "Promo 1")))
        try w.run(.addHolder(HolderDraft(name: "Paul Dumas", cohort: "Promo 1")))
        try w.run(.addHolder(HolderDraft(name: "Inès Morel", commune: "Annonay", referredByName: "France Travail", cohort: "Fab 1")))
        try w.run(.addHolder(HolderDraft(name: "Hugo Blanc", commune: "Saint-Étienne", cohort: "Cap 1")))
        // Logs written before the code shipped: communes as free text, without a code.
        w.geography = .none
        try w.run(.addHolder(HolderDraft(name: "Zoé Roux", commune: "Saint-Etienne", cohort: "Promo 1")))
        try w.run(.addHolder(HolderDraft(name: "Ana Petit", commune: "Atlantis", cohort: "Promo 1")))
        w.geography = sampleGeography
        try w.run(.addSession(cohort: "Promo 1", SessionDraft(title: "Atelier 1", date: day("2021-01-11"), duration: .hours(3))))
        try w.run(.attend(session: "Atelier 1", holder: "Léa Martin", mark: .present))
        try w.run(.attend(session: "Atelier 1", holder: "Tom Durand", mark: .absent))
        w.today = day("2021-02-01")
        return w
    }

    func groups(_ r: Report) -> [String] { r.territory.groups.map { "\($0.code) \($0.holders) \($0.projects)" } }

    @Test("The report groups holders and projects at the level asked; free text is placed by its name when it names one commune")
    func reportByTerritory() throws {
        let w = try world()
        func report(_ level: TerritoryLevel, _ scope: ReportScope = .all, geography: Geography = sampleGeography) -> Report {
            Report.make(state: w.state, scope: scope, today: w.today, by: level, geography: geography)
        }
        #expect(groups(report(.departement)) == ["07 3 1", "42 2 0"])
        #expect(report(.departement).territory.notResolved == .init(holders: 1, projects: 0))
        #expect(report(.departement).territory.notGiven == .init(holders: 1, projects: 0))
        #expect(groups(report(.region)) == ["84 5 1"])
        #expect(groups(report(.commune, .cohort(w.cohort("Promo 1").id))) == ["07010 1 1", "07186 1 0", "42218 1 0"])
        #expect(groups(report(.epci, .programme(w.programme("Lance-toi !").id))) == ["200072015 1 1", "200071413 1 0", "244200770 1 0"])
        // Without the geographic code nothing is placed, and the report says so.
        let bare = report(.departement, geography: .none)
        #expect(bare.territory.groups.isEmpty && bare.territory.edition == nil)
        #expect(bare.territory.notResolved == .init(holders: 6, projects: 1))
    }

    @Test("Prescribers' counts: holders taking part each one referred, and those nobody did")
    func referrals() throws {
        let w = try world()
        let r = Report.make(state: w.state, scope: .all, today: w.today)
        #expect(r.referrals.byPrescriber.map { "\($0.name) \($0.holders)" } == ["France Travail 2", "Mission locale 1"])
        #expect(r.referrals.notReferred == 4)
        let fabrique = Report.make(state: w.state, scope: .programme(w.programme("Fabrique").id), today: w.today)
        #expect(fabrique.referrals.byPrescriber.map(\.holders) == [1] && fabrique.referrals.notReferred == 0)
    }

    @Test("An operator's report covers its programmes only, one line each; a programme's or a cohort's report has no such lines")
    func operatorReport() throws {
        let w = try world()
        let operatorID = w.state.organisations.values.first { $0.name == "Ardèche ESS" }!.id
        let r = Report.make(state: w.state, scope: .operator(operatorID), today: w.today)
        #expect(r.scope.kind == "operator" && r.scope.name == "Ardèche ESS")
        #expect(r.holders == 6)
        #expect(r.programmes.map(\.name) == ["Fabrique", "Lance-toi !"])
        #expect(r.programmes.map(\.type) == ["fabrique", "premiers_pas"])
        #expect(r.programmes.map(\.holders) == [1, 5])
        #expect(r.programmes[1].sessionsHeld == 1 && r.programmes[1].hoursDelivered == 3 && r.programmes[1].attendanceRate == 0.5)
        #expect(r.programmes[0].attendanceRate == nil)
        #expect(Report.make(state: w.state, scope: .all, today: w.today).programmes.count == 3)
        #expect(Report.make(state: w.state, scope: .programme(w.programme("Cap").id), today: w.today).programmes.isEmpty)
    }

    @Test("A territory's change reads as its areas in the journal: named from the geographic code, else by level and code, never by key")
    func territoryChangeInTheJournal() throws {
        let w = try world()
        try w.run(.editProgramme(programme: "Cap", ProgrammeEdit(territory: ["Loire", "Saint-Etienne Métropole"])))
        let edit = try #require(w.journal.last)
        let named = Catalog.describe(edit, in: w.state, language: .fr, geography: { sampleGeography })
        #expect(named.hasSuffix("territoire (vide) → Loire (42), Saint-Etienne Métropole"))
        #expect(Catalog.describe(edit, in: w.state, language: .en)
            .hasSuffix("territory (empty) → département 42, intercommunality 244200770"))
        #expect(!Catalog.describe(edit, in: w.state, language: .fr).contains("departement:"))
        #expect(Catalog.changeLines(edit.event, in: w.state, language: .fr, geography: { sampleGeography })
            == ["territoire : (vide) → Loire (42), Saint-Etienne Métropole"])
    }

    @Test("A programme's type and territory come from their lists; a partner's role from its list")
    func programmeTypeTerritoryAndRoles() throws {
        let w = try world()
        let programme = w.programme("Lance-toi !")
        #expect(programme.type == .premiersPas && programme.territory == ["departement:07"])
        try w.run(.editProgramme(programme: "Cap", ProgrammeEdit(type: "CAE", territory: ["Loire", "Saint-Etienne Métropole", "42"])))
        #expect(w.programme("Cap").type == .caeTest && w.programme("Cap").territory == ["departement:42", "epci:244200770"])
        #expect(w.error(.editProgramme(programme: "Cap", ProgrammeEdit(type: "pépinière")))
                == .unknownProgrammeType("pépinière", types: ProgrammeType.allCases.map(\.rawValue)))
        guard case .unknownTerritory("Loir", let close)? = w.error(.addProgramme(name: "X", territory: ["Loir"])) else {
            Issue.record("a typo in a territory was accepted"); return
        }
        #expect(close.first == "Loire (42)")
        #expect(w.state.programmes.values.allSatisfy { $0.name != "X" })
        try w.run(.editProgramme(programme: "Cap", ProgrammeEdit(type: "", territory: [])))
        #expect(w.programme("Cap").type == nil && w.programme("Cap").territory == nil)
        try w.run(.addPartner(programme: "Cap", organisationName: "Région", role: "host venue"))
        #expect(w.programme("Cap").partners.map(\.role) == ["lieu_accueil"])
        #expect(w.error(.addPartner(programme: "Cap", organisationName: "Banque", role: "partner"))
                == .unknownPartnerRole("partner", roles: PartnerRole.allCases.map(\.rawValue)))
    }

    @Test("Contacts: dated, ended rather than removed, found by name; an end before the start is refused; erasure empties them")
    func contacts() throws {
        let w = try world()
        try w.run(.addContact(organisation: "Mission locale", ContactDraft(name: "Julie Roche", role: "conseillère",
                                                                           email: "julie@ml.example", from: day("2020-09-01"))))
        try w.run(.editContact(organisation: "Mission locale", contact: "julie roche", ContactEdit(to: .some(day("2021-01-31")))))
        let julie = w.state.contacts.values.first { $0.name == "Julie Roche" }!
        #expect(julie.to == day("2021-01-31") && !julie.isCurrent(on: w.today) && julie.isCurrent(on: day("2021-01-15")))
        #expect(w.error(.addContact(organisation: "Mission locale", ContactDraft(name: "Paul", from: day("2021-02-01"), to: day("2021-01-01"))))
                == .contactEndsBeforeStart(name: "Paul", from: day("2021-02-01"), to: day("2021-01-01")))
        #expect(w.error(.editContact(organisation: "Mission locale", contact: "Julie Roche", ContactEdit(from: .some(day("2021-03-01")))))
                == .contactEndsBeforeStart(name: "Julie Roche", from: day("2021-03-01"), to: day("2021-01-31")))
        #expect(w.error(.removeContact(organisation: "Mission locale", contact: "Nobody"))
                == .contactNotFound(organisation: "Mission locale", reference: "Nobody", contacts: ["Julie Roche"]))
        #expect(w.error(.eraseContact(organisation: "Mission locale", contact: "Julie Roche", reason: "demande de Julie"))
                == .reasonHoldsPersonalData)
        try w.run(.eraseContact(organisation: "Mission locale", contact: "Julie Roche", reason: "demande écrite"))
        let erased = w.state.contacts[julie.id]!
        #expect(erased.name.isEmpty && erased.email == nil && erased.role == nil && erased.to == day("2021-01-31"))
        #expect(w.journal.allSatisfy { !"\($0.event.erasing(w.state.erasures))".contains("julie@ml.example") })
    }
}

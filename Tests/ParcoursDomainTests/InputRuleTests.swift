import Foundation
import Testing
@testable import ParcoursDomain

/// A command carrying bad text, and the field the refusal must name.
struct TextCase: CustomTestStringConvertible, Sendable {
    let field: TextField
    let command: @Sendable (String) -> Command
    var testDescription: String { field.rawValue }

    /// Every command that stores a typed text, with the text in the field under test.
    static let all: [TextCase] = [
        TextCase(field: .holderName) { .addHolder(HolderDraft(name: $0)) },
        TextCase(field: .projectTitle) { .addHolder(HolderDraft(name: "Zoé", projectTitle: $0)) },
        TextCase(field: .commune) { .addHolder(HolderDraft(name: "Zoé", commune: $0)) },
        TextCase(field: .email) { .addHolder(HolderDraft(name: "Zoé", email: $0)) },
        TextCase(field: .phone) { .addHolder(HolderDraft(name: "Zoé", phone: $0)) },
        TextCase(field: .tag) { .addHolder(HolderDraft(name: "Zoé", tags: ["jeune", $0])) },
        TextCase(field: .sector) { .addHolder(HolderDraft(name: "Zoé", projectTitle: "Café", sectors: [$0])) },
        TextCase(field: .organisationName) { .addHolder(HolderDraft(name: "Zoé", referredByName: $0)) },
        TextCase(field: .programmeName) { .addProgramme(name: $0) },
        TextCase(field: .organisationName) { .addProgramme(name: "Sprint", operatorNames: [$0]) },
        TextCase(field: .targetPublic) { .addProgramme(name: "Sprint", targetPublic: $0) },
        TextCase(field: .organisationName) { .addOrganisation(name: $0, kind: .funder) },
        TextCase(field: .organisationName) { .addPartner(programme: "Lance-toi", organisationName: $0, role: "financeur") },
        TextCase(field: .role) { .addContact(organisation: "Ardèche ESS", ContactDraft(name: "Anne Rivière", role: $0)) },
        TextCase(field: .workshopTitle) { .addWorkshop(programme: "Lance-toi", title: $0) },
        TextCase(field: .organisationName) { .addWorkshop(programme: "Lance-toi", title: "Atelier 4", byOrganisationName: $0) },
        TextCase(field: .objectives) { .addWorkshop(programme: "Lance-toi", title: "Atelier 4", objectives: $0) },
        TextCase(field: .cohortName) { .addCohort(programme: "Lance-toi", name: $0, start: day("2021-03-01")) },
        TextCase(field: .staffName) { .addStaff(cohort: "Promo 1", name: $0, role: .referent) },
        TextCase(field: .sessionTitle) { .addSession(cohort: "Promo 1", SessionDraft(title: $0, date: day("2021-02-01"))) },
        TextCase(field: .venue) { .addSession(cohort: "Promo 1", SessionDraft(title: "Visite", date: day("2021-02-01"), venue: $0)) },
        TextCase(field: .organisationName) {
            .addSession(cohort: "Promo 1", SessionDraft(title: "Visite", date: day("2021-02-01"), byOrganisationName: $0))
        },
        TextCase(field: .sessionTitle) { .updateSession(session: "Atelier 2", SessionEdit(title: $0)) },
        TextCase(field: .venue) { .updateSession(session: "Atelier 2", SessionEdit(venue: .some($0))) },
        TextCase(field: .organisationName) { .updateSession(session: "Atelier 2", SessionEdit(byOrganisationName: $0)) },
        TextCase(field: .remark) { .attend(session: "Atelier 1", holder: "Léa", mark: .absent, remark: $0) },
        TextCase(field: .note) { .setStage(project: "Épicerie", stage: .etude, note: $0) },
        TextCase(field: .note) { .setStatus(project: "Épicerie", status: .enPause, note: $0) },
        TextCase(field: .organisationName) { .setStatus(project: "Épicerie", status: .oriente, destinationName: $0) },
        TextCase(field: .note) { .addNote(target: "Léa", text: $0) },
    ]
}

@Suite struct InputRuleTests {
    /// Refused, naming the field, and nothing changes.
    static func expectRefused(_ command: Command, _ expected: DomainError, in w: World) {
        let before = w.observable
        #expect(w.error(command) == expected)
        #expect(w.observable == before)
    }

    @Test(arguments: TextCase.all)
    func tooLongTextIsRefusedNamingTheField(_ c: TextCase) throws {
        let w = try World.standard()
        let limit = c.field.limit
        Self.expectRefused(c.command(String(repeating: "é", count: limit + 1)),
                           .textTooLong(c.field, length: limit + 1, limit: limit), in: w)
        Self.expectRefused(c.command(String(repeating: "a", count: 100_000)),
                           .textTooLong(c.field, length: 100_000, limit: limit), in: w)
        // Exactly at the limit is fine (spaces around it are trimmed first).
        try w.run(c.command("  " + String(repeating: "b", count: limit) + " "))
    }

    @Test(arguments: TextCase.all)
    func controlCharactersAreRefusedNamingTheFieldAndPosition(_ c: TextCase) throws {
        let w = try World.standard()
        Self.expectRefused(c.command("Bo\u{1B}[31mb"), .controlCharacter(c.field, code: 0x1B, position: 3), in: w)
        Self.expectRefused(c.command("a\u{7F}"), .controlCharacter(c.field, code: 0x7F, position: 2), in: w)
        Self.expectRefused(c.command("a\u{85}b"), .controlCharacter(c.field, code: 0x85, position: 2), in: w)
        Self.expectRefused(c.command("a\u{202E}b"), .controlCharacter(c.field, code: 0x202E, position: 2), in: w)
        Self.expectRefused(c.command("\u{2066}ab"), .controlCharacter(c.field, code: 0x2066, position: 1), in: w)
        Self.expectRefused(c.command("a\tb"), .controlCharacter(c.field, code: 0x09, position: 2), in: w)
        if !c.field.isMultiline {
            Self.expectRefused(c.command("Léa\nMartin"), .controlCharacter(c.field, code: 0x0A, position: 4), in: w)
        }
    }

    @Test func namesAreTrimmedAndEmptyNamesStillRefused() throws {
        let w = try World.standard()
        try w.run(.addHolder(HolderDraft(name: "  Zoé Blanc \n", commune: "  ", tags: [" ", " jeune "])))
        let zoé = w.holder("Zoé Blanc")
        #expect(zoé.commune == nil && zoé.tags == ["jeune"])
        #expect(w.error(.addHolder(HolderDraft(name: " \n "))) == .emptyName(.holder))
    }

    @Test func notesKeepTheirLineBreaksAsLF() throws {
        let w = try World.standard()
        try w.run(.addNote(target: "Léa", text: "\r\nRDV banque\r\npuis\rmairie\n\n"))
        #expect(w.state.notes(about: .holder(w.holder("Léa Martin").id)).map(\.text) == ["RDV banque\npuis\nmairie"])
        try w.run(.attend(session: "Atelier 1", holder: "Léa", mark: .absent, remark: "malade\r\nprévenu"))
        #expect(w.state.mark(session: w.session("Atelier 1").id, holder: w.holder("Léa Martin").id)?.remark == "malade\nprévenu")
    }

    @Test func theAuthorFollowsTheNameRules() throws {
        let w = try World.standard()
        w.author = "Camille\u{1B}]0;pwned\u{7}"
        Self.expectRefused(.addNote(target: "Léa", text: "ok"), .controlCharacter(.author, code: 0x1B, position: 8), in: w)
        w.author = String(repeating: "c", count: 201)
        Self.expectRefused(.addNote(target: "Léa", text: "ok"), .textTooLong(.author, length: 201, limit: 200), in: w)
    }

    @Test func aStageDateIsNeitherInTheFutureNorBeforeTheProject() throws {
        let w = try World.standard()   // today 2021-01-04, projects recorded that day
        Self.expectRefused(.setStage(project: "Épicerie", stage: .etude, date: day("2999-01-01")),
                           .dateInFuture(.stageChange, date: day("2999-01-01"), today: day("2021-01-04")), in: w)
        Self.expectRefused(.setStage(project: "Épicerie", stage: .etude, date: day("2021-01-05")),
                           .dateInFuture(.stageChange, date: day("2021-01-05"), today: day("2021-01-04")), in: w)
        Self.expectRefused(.setStage(project: "Épicerie", stage: .etude, date: day("2020-12-31")),
                           .stageDateBeforeProject(project: "Épicerie", date: day("2020-12-31"), created: day("2021-01-04")), in: w)
        try w.run(.setStage(project: "Épicerie", stage: .etude, date: day("2021-01-04")))
        w.today = day("2021-02-10")
        try w.run(.setStage(project: "Épicerie", stage: .test, date: day("2021-02-01")))
        Self.expectRefused(.setStage(project: "Épicerie", stage: .creation, date: day("2021-01-20")),
                           .stageDateBeforeLastChange(project: "Épicerie", date: day("2021-01-20"), last: day("2021-02-01")), in: w)
        try w.run(.setStage(project: "Épicerie", stage: .creation, date: day("2021-02-01")))
        #expect(w.project("Épicerie").stageHistory.map(\.date.iso) == ["2021-01-04", "2021-02-01", "2021-02-01"])
    }

    @Test func aSessionLastsMoreThanNothingAndAtMostADay() throws {
        let w = try World.standard()
        for minutes in [0, -99_798, 24 * 60 + 1, 1_000_000] {
            let span = TimeSpan(minutes: minutes)
            Self.expectRefused(.addSession(cohort: "Promo 1", SessionDraft(title: "Visite", date: day("2021-02-01"), duration: span)),
                               .invalidDuration(minutes: minutes), in: w)
            Self.expectRefused(.updateSession(session: "Atelier 2", SessionEdit(duration: span)), .invalidDuration(minutes: minutes), in: w)
            Self.expectRefused(.addWorkshop(programme: "Lance-toi", title: "Atelier 4", duration: span),
                               .invalidDuration(minutes: minutes), in: w)
        }
        try w.run(.addSession(cohort: "Promo 1", SessionDraft(title: "Hackathon", date: day("2021-02-01"), duration: .hours(24))))
        try w.run(.updateSession(session: "Atelier 2", SessionEdit(duration: TimeSpan(minutes: 1))))
    }

    @Test func theRulesAreTheSameForEveryCaller() throws {
        #expect(try InputRules.name(" Léa ", .holderName, empty: .holder) == "Léa")
        #expect(try InputRules.optional("  ", .commune) == nil)
        #expect(throws: DomainError.textTooLong(.commune, length: 201, limit: 200)) {
            try InputRules.optional(String(repeating: "x", count: 201), .commune)
        }
        #expect(throws: DomainError.dateInFuture(.entryDate, date: day("2021-01-05"), today: day("2021-01-04"))) {
            try InputRules.past(day("2021-01-05"), .entryDate, today: day("2021-01-04"))
        }
        try InputRules.past(day("2021-01-04"), .entryDate, today: day("2021-01-04"))
    }
}

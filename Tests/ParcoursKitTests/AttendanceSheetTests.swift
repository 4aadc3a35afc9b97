import Foundation
import ParcoursDomain
import ParcoursTestSupport
import Testing
@testable import ParcoursKit

/// The attendance sheet read back by another program: Python's html.parser
/// (Tests/Scripts/sheet_structure.py) finds one signature row per expected participant,
/// names as typed, and no script or external resource.
@Suite struct AttendanceSheetTests {
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Scripts/sheet_structure.py")

    /// What html.parser reads in the page.
    static func parsed(_ html: String) throws -> [String: Any] {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("sheet-\(UUID().uuidString).html")
        try Data(html.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path, file.path]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// A programme with a funder, a cohort with three people taking part, one candidate
    /// not retained, a full-day workshop and a 3-hour review.
    static func state() throws -> State {
        var state = State()
        var n = 0
        func run(_ command: Command) throws {
            n += 1
            let context = Context(now: Date(timeIntervalSince1970: 1_767_225_600), today: Day(iso: "2026-01-05")!, author: "Camille",
                                  action: "a\(n)", newID: { n += 1; return String(format: "id%05d", n) })
            for event in try decide(command, state: state, context: context).events {
                state.apply(RecordedEvent(meta: EventMeta(id: "e\(n)", author: "Camille", time: context.now, writer: "w",
                                                          clock: n, sequence: n), event: event))
            }
        }
        try run(.addProgramme(name: "May'Idées", operatorNames: ["APES 53"]))
        try run(.addOrganisation(name: "Fonds social européen", kind: .funder))
        try run(.addPartner(programme: "May'Idées", organisationName: "Fonds social européen", role: "financeur"))
        try run(.addPartner(programme: "May'Idées", organisationName: "Mairie de Laval", role: "salle"))
        try run(.addCohort(programme: "May'Idées", name: "Promo 1", start: Day(iso: "2026-01-05")!))
        try run(.addStaff(cohort: "Promo 1", name: "Gianina Perca", role: .coordinator))
        try run(.addSession(cohort: "Promo 1", SessionDraft(title: "Atelier 1 <journée>", date: Day(iso: "2026-01-08")!,
                                                          time: ClockTime(hour: 9, minute: 0), duration: .hours(7),
                                                          venue: "Laval & environs", byOrganisationName: "APES 53")))
        try run(.addSession(cohort: "Promo 1", SessionDraft(title: "Bilan", date: Day(iso: "2026-01-29")!, duration: .hours(3), kind: .bilan)))
        try run(.addJuryMember(session: "Bilan", name: "Anne Rivière", organisationName: "BGE Anjou Maine"))
        for (name, project) in [("Claire <b>Jottreau</b>", "Les Cornichons & Cie"), ("Inès \"Bah\"", "Parthèque"), ("Zoé L'Hôte", "")] {
            try run(.addHolder(HolderDraft(name: name, projectTitle: project.isEmpty ? nil : project, cohort: "Promo 1")))
        }
        try run(.addHolder(HolderDraft(name: "Marc Candidat", cohort: "Promo 1", participation: .nonRetenu)))
        return state
    }

    @Test func oneSignatureRowPerExpectedParticipantNamesAsTypedNothingExternal() throws {
        let state = try Self.state()
        let day = try #require(state.sessions.values.first { $0.title.hasPrefix("Atelier") })
        let html = AttendanceSheet.html(state: state, session: day, language: .fr)
        #expect(!html.contains("<b>"), "a name's markup is text, not markup")
        let sheet = try Self.parsed(html)
        let rows = try #require(sheet["participants"] as? [[String: Any]])
        #expect(rows.map { $0["name"] as? String } == ["Claire <b>Jottreau</b>", "Inès \"Bah\"", "Zoé L'Hôte"])
        #expect(rows.map { $0["number"] as? String } == ["1", "2", "3"])
        #expect(rows.first?["project"] as? String == "Les Cornichons & Cie")
        #expect(rows.allSatisfy { $0["signature_boxes"] as? Int == 2 && $0["empty_boxes"] as? Int == 2 }, "a full day: morning and afternoon")
        #expect(sheet["head"] as? [String] == ["N°", "Nom et prénom", "Projet", "Signature matin", "Signature après-midi"])
        let facts = try #require(sheet["facts"] as? [String: String])
        #expect(facts["Dispositif"] == "May'Idées" && facts["Promotion"] == "Promo 1")
        #expect(facts["Séance"] == "Atelier 1 <journée> (atelier)")
        #expect(facts["Date"] == "jeudi 8 janvier 2026" && facts["Horaires"] == "9 h 00 – 16 h 00 (7 h)")
        #expect(facts["Lieu"] == "Laval & environs")
        #expect(facts["Animation"] == "APES 53, Gianina Perca (coordinateur·rice)")
        #expect(facts["Financeurs"] == "Fonds social européen", "the funder, not the venue's lender")
        #expect(sheet["scripts"] as? Int == 0 && (sheet["external"] as? [String])?.isEmpty == true)
        #expect(sheet["page_a4"] as? Bool == true && sheet["rows_kept_whole"] as? Bool == true)
        #expect(sheet["head_repeated"] as? Bool == true && sheet["doctype"] as? Bool == true && sheet["lang"] as? String == "fr")
    }

    @Test func aHalfDayHasOneBoxAndTheReviewNamesItsJuryInEnglish() throws {
        let state = try Self.state()
        let review = try #require(state.sessions.values.first { $0.title == "Bilan" })
        let sheet = try Self.parsed(AttendanceSheet.html(state: state, session: review, language: .en))
        let rows = try #require(sheet["participants"] as? [[String: Any]])
        #expect(rows.count == 3 && rows.allSatisfy { $0["signature_boxes"] as? Int == 1 })
        #expect(sheet["head"] as? [String] == ["No.", "Name", "Project", "Signature"])
        let facts = try #require(sheet["facts"] as? [String: String])
        #expect(facts["Jury"] == "Anne Rivière (BGE Anjou Maine)" && facts["Times"] == "duration 3 h")
        #expect(sheet["lang"] as? String == "en")
    }

    @Test func htmlTextEscapesMarkupAndDropsControls() {
        #expect(HTMLText.escape("<a href='x'>&\"</a>") == "&lt;a href=&#39;x&#39;&gt;&amp;&quot;&lt;/a&gt;")
        #expect(HTMLText.escape("Zoé\u{202E}ab\u{1B}[31m") == "Zoé\u{FFFD}ab\u{FFFD}[31m")
    }
}

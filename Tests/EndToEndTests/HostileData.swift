import EventLog
import Foundation
import ParcoursCodec
import ParcoursDomain

/// A colleague's log whose text is hostile: escape sequences (window title, clipboard,
/// screen clear), C1 controls, DEL, bidi overrides, CRs, spreadsheet formulas and
/// Markdown/HTML. It is written with the log's own API into a separate directory and its
/// file copied into the data directory under test, as a sync would bring it: the text
/// reaches Parcours whatever the command line or an import accepts.
enum HostileData {
    static let title = "\u{1b}]0;pwned\u{7}"                       // OSC 0: window title
    static let clipboard = "\u{1b}]52;c;cHduZWQ=\u{7}"             // OSC 52: clipboard write
    static let clear = "\u{1b}[2J\u{1b}[H"                          // CSI: clear screen, home
    static let c1 = "\u{9b}31m"                                     // C1 CSI
    static let rtl = "\u{202e}"                                     // right-to-left override

    static let organisation = "Mairie <b>|</b> \(clear)"
    static let programme = "Prog \(title)"
    static let cohort = "=HYPERLINK(\"http://evil.example\",\"clic\") \(clipboard)"
    static let eve = "Eve\(title)\(rtl)ruof"
    static let eveCommune = "@SUM(1)"
    static let eveEmail = "+cmd|' /C calc'!A0"
    static let evePhone = "-2+3+cmd|' /C calc'!A0"
    static let tab = "\t=1+1 <script>alert(1)</script>"
    static let tabCommune = "\r=2+2"
    static let zoe = "Zoé *gras* _it_ `code` [lien](http://evil.example) | tube \\ ~barré~ # dièse"
    static let eveProject = "=cmd|' /C calc'!A0"
    static let tabProject = "Projet \(c1) rouge\u{7f}"
    static let zoeProject = "Épicerie « solidaire » 🍎 l’été"
    static let session = "Atelier \(clear)"
    static let venue = clipboard
    static let remark = "=1+1\r\nfausse ligne"
    static let stageNote = "\u{1b}[31mrouge"
    static let note = "ligne 1\r\nligne 2\(clear)\n=1+1"
    static let author = "Mallory\u{1b}]0;author\u{7}"

    /// Ids, so tests can name entities without typing hostile text.
    static let ids = (organisation: "0rg0000001", programme: "0prog00001", cohort: "0coh000001",
                      eve: "0eve000001", tab: "0tab000001", zoe: "0zoe000001",
                      eveProject: "0pje000001", tabProject: "0pjt000001", zoeProject: "0pjz000001",
                      session: "0ses000001", note: "0not000001")

    /// Every hostile string, for checks that each shows visibly somewhere.
    static let all = [organisation, programme, cohort, eve, eveCommune, eveEmail, evePhone, tab, tabCommune, zoe,
                      eveProject, tabProject, zoeProject, session, venue, remark, stageNote, note, author]

    /// Writes the colleague's log and copies it into `data/events/`.
    static func write(into data: URL) throws {
        let colleague = FileManager.default.temporaryDirectory
            .appendingPathComponent("parcours-colleague-\(UUID().uuidString.prefix(8))", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: colleague) }
        let log = try EventLog(directory: colleague)
        let time = Date(timeIntervalSince1970: 1_767_000_000)  // 2025-12-29
        let day = Day(iso: "2025-12-29")!
        let action = "0act000001"
        let i = ids
        let events: [DomainEvent] = [
            .organisationAdded(EntityPayload(action: action, entity: Organisation(id: i.organisation, name: organisation, kind: .prescriber))),
            .programmeCreated(EntityPayload(action: action, entity: Programme(id: i.programme, name: programme, operators: [i.organisation]))),
            .cohortCreated(EntityPayload(action: action, entity: Cohort(id: i.cohort, programme: i.programme, name: cohort, start: day))),
            .holderAdded(EntityPayload(action: action, entity: Holder(id: i.eve, name: eve, commune: eveCommune, email: eveEmail, phone: evePhone))),
            .holderAdded(EntityPayload(action: action, entity: Holder(id: i.tab, name: tab, commune: tabCommune))),
            .holderAdded(EntityPayload(action: action, entity: Holder(id: i.zoe, name: zoe, commune: "Annonay"))),
            .projectCreated(EntityPayload(action: action, entity: Project(id: i.eveProject, holders: [i.eve], title: eveProject, created: day))),
            .projectCreated(EntityPayload(action: action, entity: Project(id: i.tabProject, holders: [i.tab], title: tabProject, created: day))),
            .projectCreated(EntityPayload(action: action, entity: Project(id: i.zoeProject, holders: [i.zoe], title: zoeProject, created: day))),
            .participationChanged(.init(action: action, holder: i.eve, cohort: i.cohort, from: nil, to: .enCours, date: day)),
            .participationChanged(.init(action: action, holder: i.tab, cohort: i.cohort, from: nil, to: .enCours, date: day)),
            .participationChanged(.init(action: action, holder: i.zoe, cohort: i.cohort, from: nil, to: .enCours, date: day)),
            .sessionScheduled(EntityPayload(action: action, entity: Session(
                id: i.session, cohort: i.cohort, details: SessionDetails(title: session, date: day, venue: venue)))),
            .sessionHeld(.init(action: action, session: i.session, from: .planned, to: .held)),
            .attendanceMarked(.init(action: action, session: i.session, holder: i.eve,
                                    mark: MarkValue(mark: .present, remark: remark, author: author, time: time), previous: nil)),
            .attendanceMarked(.init(action: action, session: i.session, holder: i.tab,
                                    mark: MarkValue(mark: .absent, remark: "\u{7f}\(c1)", author: author, time: time), previous: nil)),
            .stageChanged(.init(action: action, project: i.eveProject, from: .idee, to: .etude, date: day, note: stageNote)),
            .statusChanged(.init(action: action, project: i.tabProject, from: .actif, to: .oriente, date: day,
                                 destination: i.organisation, note: stageNote)),
            .noteAdded(EntityPayload(action: action, entity: Note(id: i.note, target: .holder(i.eve), text: note,
                                                                  author: author, time: time, date: day))),
        ]
        let records = try events.map { event in
            let (type, payload) = try event.encoded()
            return PendingRecord(type: type, payload: payload)
        }
        _ = try log.append(author: author, time: time) { _ in records }
        let name = log.writerID + ".jsonl"
        let folder = data.appendingPathComponent("events", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: colleague.appendingPathComponent("events/" + name),
                                         to: folder.appendingPathComponent(name))
    }

    /// The scalars no output may carry raw (what `TerminalSafeText` replaces), given as
    /// a list so the tests do not share the code they check.
    static func unsafeScalars(in text: String, allowing allowed: Set<Unicode.Scalar> = ["\n"]) -> [String] {
        text.unicodeScalars.filter { scalar in
            guard !allowed.contains(scalar) else { return false }
            let v = scalar.value
            return v < 0x20 || (0x7F...0x9F).contains(v) || [0x061C, 0x200E, 0x200F, 0x2028, 0x2029].contains(v)
                || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
        }.map { String(format: "U+%04X", $0.value) }
    }
}

import ParcoursDomain

/// The attendance sheet (feuille d'émargement) that European and public funders ask for
/// as proof that a session took place with its participants: one standalone HTML page made
/// for printing on A4 — the programme, cohort, session, day, times, venue, facilitators and
/// funders, then one row per participant expected at the session with a box to sign (two,
/// morning and afternoon, for a full day). No script, no external resource: it prints the
/// same anywhere, offline. Pure: a function of the state and the session. Every text that
/// comes from a person is escaped (`HTMLText`).
public enum AttendanceSheet {
    /// A session longer than this is a full day: signed in the morning and the afternoon.
    public static let halfDay = TimeSpan.hours(4)

    /// The page for `session`, in `language`.
    public static func html(state: State, session: Session, language l: Language) -> String {
        let fr = l == .fr
        func t(_ french: String, _ english: String) -> String { fr ? french : english }
        let cohort = state.cohorts[session.cohort]
        let programme = cohort.flatMap { state.programmes[$0.programme] }
        let fullDay = session.duration > halfDay
        let participants = state.expectedHolders(session: session)

        var facts: [(String, String)] = []
        facts.append((t("Dispositif", "Programme"), programme?.name ?? "—"))
        facts.append((t("Promotion", "Cohort"), cohort?.name ?? "—"))
        facts.append((t("Séance", "Session"), session.title + " (" + Catalog.label(session.kind, l) + ")"))
        facts.append((t("Date", "Date"), longDay(session.date, l)))
        facts.append((t("Horaires", "Times"), times(session, l)))
        facts.append((t("Lieu", "Venue"), session.remote ? t("À distance", "Remote") + (session.venue.map { " — " + $0 } ?? "")
                                                          : session.venue ?? "—"))
        facts.append((t("Animation", "Facilitators"), facilitators(state, session, cohort, l)))
        let jury = state.juries[session.id]?.members ?? []
        if !jury.isEmpty {
            facts.append((t("Jury", "Jury"), jury.map { member in
                member.name + (member.organisation.flatMap { state.organisations[$0]?.name }.map { " (\($0))" } ?? "")
            }.joined(separator: ", ")))
        }
        let funders = self.funders(state, programme)
        facts.append((t("Financeurs", "Funders"), funders.isEmpty ? "—" : funders.joined(separator: ", ")))

        var html = """
        <!DOCTYPE html>
        <html lang="\(fr ? "fr" : "en")">
        <head>
        <meta charset="utf-8">
        <title>\(HTMLText.escape(t("Feuille d’émargement", "Attendance sheet") + " — " + session.title + " — " + session.date.iso))</title>
        <style>
        \(style(fullDay: fullDay))
        </style>
        </head>
        <body>
        <header>
        <h1>\(t("Feuille d’émargement", "Attendance sheet"))</h1>
        <table class="facts">

        """
        // Facts two by two, so the header stays short and the participants fit on a page.
        for pair in stride(from: 0, to: facts.count, by: 2) {
            html += "<tr>"
            for (label, value) in facts[pair..<min(pair + 2, facts.count)] {
                html += "<th scope=\"row\">\(HTMLText.escape(label))</th><td>\(HTMLText.escape(value))</td>"
            }
            html += "</tr>\n"
        }
        html += """
        </table>
        <p class="note">\(t("Chaque participant·e signe en personne dans sa case. Une case vide vaut absence.",
                               "Each participant signs their own box in person. An empty box means absent."))</p>
        </header>
        <table class="sheet">
        <thead>
        <tr><th class="number" scope="col">\(t("N°", "No."))</th><th class="name" scope="col">\(t("Nom et prénom", "Name"))</th><th class="project" scope="col">\(t("Projet", "Project"))</th>
        """
        if fullDay {
            html += "<th class=\"sign\" scope=\"col\">\(t("Signature matin", "Signature morning"))</th>"
            html += "<th class=\"sign\" scope=\"col\">\(t("Signature après-midi", "Signature afternoon"))</th>"
        } else {
            html += "<th class=\"sign\" scope=\"col\">\(t("Signature", "Signature"))</th>"
        }
        html += "</tr>\n</thead>\n<tbody>\n"
        for (index, holder) in participants.enumerated() {
            let projects = state.projects(holder: holder.id).map(\.title).joined(separator: ", ")
            html += "<tr class=\"participant\"><td class=\"number\">\(index + 1)</td>"
            html += "<td class=\"name\">\(HTMLText.escape(holder.name))</td><td class=\"project\">\(HTMLText.escape(projects))</td>"
            html += fullDay ? "<td class=\"sign\"></td><td class=\"sign\"></td>" : "<td class=\"sign\"></td>"
            html += "</tr>\n"
        }
        if participants.isEmpty {
            html += "<tr class=\"empty\"><td colspan=\"\(fullDay ? 5 : 4)\">"
                + t("Aucun·e participant·e attendu·e à cette séance.", "No participant expected at this session.") + "</td></tr>\n"
        }
        html += """
        </tbody>
        </table>
        <footer>
        <table class="closing">
        <tr><th scope="row">\(t("Participant·es attendu·es", "Participants expected"))</th><td>\(participants.count)</td>
        <th scope="row">\(t("Présent·es", "Present"))</th><td class="blank"></td></tr>
        <tr><th scope="row">\(t("Signature de l’animateur·rice", "Facilitator’s signature"))</th><td class="box" colspan="3"></td></tr>
        </table>

        """
        if !funders.isEmpty {
            html += "<p class=\"funders\">" + HTMLText.escape(t("Action soutenue par : ", "Supported by: ") + funders.joined(separator: ", "))
                + "</p>\n"
        }
        html += "</footer>\n</body>\n</html>\n"
        return html
    }

    /// The print styles: A4, rows never cut across pages, the table's header repeated on
    /// each page; 25 participants fit on one page with the header and the closing block.
    static func style(fullDay: Bool) -> String {
        """
        @page { size: A4; margin: 10mm 12mm 12mm 12mm; }
        * { box-sizing: border-box; }
        html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body { font-family: "DejaVu Sans", "Liberation Sans", Arial, Helvetica, sans-serif; font-size: 9.5pt; color: #000; margin: 0; }
        h1 { font-size: 15pt; margin: 0 0 2mm 0; }
        table { border-collapse: collapse; width: 100%; }
        .facts { margin-bottom: 1.5mm; }
        .facts th { text-align: left; font-weight: bold; white-space: nowrap; padding: 0.5mm 2mm 0.5mm 0; vertical-align: top; width: 22mm; }
        .facts td { padding: 0.5mm 4mm 0.5mm 0; vertical-align: top; width: 40%; }
        .note { font-size: 8pt; margin: 0 0 2mm 0; }
        .sheet thead { display: table-header-group; }
        .sheet tr { break-inside: avoid; page-break-inside: avoid; }
        .sheet th, .sheet td { border: 0.3mm solid #000; padding: 0.8mm 1.5mm; text-align: left; vertical-align: middle; }
        .sheet th { background: #e6e6e6; font-size: 9pt; }
        .sheet tbody td { height: 8.4mm; }
        .sheet .number { width: 9mm; text-align: right; }
        .sheet .name { width: \(fullDay ? "60mm" : "66mm"); }
        .sheet .project { font-size: 8.5pt; }
        .sheet .sign { width: \(fullDay ? "34mm" : "56mm"); }
        footer { break-inside: avoid; page-break-inside: avoid; margin-top: 3mm; }
        .closing th { text-align: left; font-weight: bold; padding: 1mm 2mm 1mm 0; width: 50mm; }
        .closing td { padding: 1mm 2mm; }
        .closing .blank { border-bottom: 0.3mm solid #000; width: 30mm; }
        .closing .box { border: 0.3mm solid #000; height: 12mm; }
        .funders { font-size: 8.5pt; margin: 2mm 0 0 0; }
        @media screen { body { max-width: 186mm; margin: 8mm auto; } }
        """
    }

    /// "mardi 12 janvier 2021" / "Tuesday 12 January 2021".
    static func longDay(_ day: Day, _ l: Language) -> String {
        let fr = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                  "novembre", "décembre"]
        let en = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                  "November", "December"]
        let weekday = Catalog.label(day.weekday, l)
        return l == .fr ? "\(weekday) \(day.day) \(fr[day.month - 1]) \(day.year)"
                        : "\(weekday) \(day.day) \(en[day.month - 1]) \(day.year)"
    }

    /// "9 h 00 – 12 h 00 (3 h)", or the duration alone when no time was given.
    static func times(_ session: Session, _ l: Language) -> String {
        func clock(_ minutes: Int) -> String {
            let h = (minutes / 60) % 24, m = minutes % 60
            return l == .fr ? "\(h) h \(m < 10 ? "0" : "")\(m)" : "\(h < 10 ? "0" : "")\(h):\(m < 10 ? "0" : "")\(m)"
        }
        let minutes = session.duration.minutes
        let length = minutes % 60 == 0 ? "\(minutes / 60) h" : "\(minutes / 60) h \(minutes % 60)"
        guard let time = session.time else { return (l == .fr ? "durée " : "duration ") + length }
        let start = time.hour * 60 + time.minute
        return "\(clock(start)) – \(clock(start + minutes)) (\(length))"
    }

    /// The session's facilitating organisations, then the cohort's staff who run it.
    static func facilitators(_ state: State, _ session: Session, _ cohort: Cohort?, _ l: Language) -> String {
        let organisations = session.facilitators.compactMap { state.organisations[$0]?.name }
        let staff = (cohort?.staff ?? []).filter { $0.role != .intervenant || organisations.isEmpty }
            .map { "\($0.name) (\(Catalog.label($0.role, l)))" }
        let all = organisations + staff
        return all.isEmpty ? "—" : all.joined(separator: ", ")
    }

    /// The programme's funders: partners that are funder organisations, or whose role says so.
    static func funders(_ state: State, _ programme: Programme?) -> [String] {
        var names: [String] = []
        for partner in programme?.partners ?? [] {
            guard let organisation = state.organisations[partner.organisation] else { continue }
            let role = NameKey.of(partner.role)
            if organisation.kind == .funder || role.contains("financ") || role.contains("fund"),
               !names.contains(organisation.name) {
                names.append(organisation.name)
            }
        }
        return names
    }
}

/// User text made safe inside an HTML page: the five characters HTML gives a meaning
/// to are written as entities, so a name holding `<` or `&` is shown as typed, never read
/// as markup; control characters and text-direction overrides (which a colleague's older
/// log may hold) become U+FFFD, so a printed sheet shows text in the order it is stored.
public enum HTMLText {
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\n": out += " "
            default:
                switch scalar.value {
                case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: out += "\u{FFFD}"
                default: out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}

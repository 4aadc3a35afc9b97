import ParcoursDomain
import TerminalKit

/// A holder's file: identity, their situation (sensitive data, with consent), projects
/// with their stage history, the project's path, follow-ups and evaluations
/// (`HolderPathLines`), attendance per cohort, the logbook and referrals; scrolled by lines.
enum HolderView {
    struct Line {
        var text: String
        var style: Style = .plain
    }

    static func lines(_ m: Model, _ holder: Holder, width: Int) -> [Line] {
        let l = m.language
        let s = m.state
        var out: [Line] = []
        func section(_ title: UIText) {
            if !out.isEmpty { out.append(Line(text: "")) }
            out.append(Line(text: title.text(l), style: Style(bold: true, underline: true)))
        }
        func field(_ label: UIText, _ value: String?) {
            guard let value, !value.isEmpty else { return }
            out.append(Line(text: "  " + DisplayWidth.pad(label.text(l), to: 14) + value))
        }
        section(.identity)
        field(.fieldName, holder.name)
        field(.kind, Catalog.label(holder.kind, l))
        field(.commune, holder.commune)
        field(.email, holder.email)
        field(.phone, holder.phone)
        field(.referredBy, holder.referredBy.flatMap { s.organisations[$0]?.name })
        field(.detailReferent, holder.referent.map { s.personName($0) })
        field(.tags, holder.tags.joined(separator: ", "))

        // Sensitive data, only with consent (`c`, `f`): each scope with its consent's day.
        section(.situationSection)
        if let data = s.sensitive[holder.id], !data.isEmpty {
            for scope in ConsentScope.allCases {
                let values: [String]
                switch scope {
                case .obstacles: values = data.obstacles.map { Catalog.label($0, l) }
                case .profile: values = data.profile.map { Catalog.label($0, l) }
                }
                var text = data.consents[scope].map { UIText.consentGivenOn(Texts.numericDay($0, l), l) } ?? UIText.noConsent.text(l)
                if !values.isEmpty { text += " — " + values.joined(separator: ", ") }
                let label = Catalog.consentScope(scope, l)
                out.append(Line(text: "  " + DisplayWidth.pad(label.prefix(1).uppercased() + label.dropFirst(), to: 22) + text,
                                style: data.consents[scope] == nil ? Palette.dim : .plain))
            }
        } else {
            out.append(Line(text: "  " + UIText.noConsentYet.text(l), style: Palette.dim))
        }

        let projects = s.projects(holder: holder.id)
        section(.project)
        if projects.isEmpty { out.append(Line(text: "  " + UIText.noProject.text(l), style: Palette.dim)) }
        for project in projects {
            let days = s.daysInCurrentStage(project: project.id, asOf: m.today) ?? 0
            out.append(Line(text: "  \(project.title) — \(Catalog.label(project.stage, l)) (\(UIText.days(days, l))) · \(Catalog.label(project.status, l))",
                            style: Palette.title))
            out.append(Line(text: "    \(UIText.created.text(l)) \(Texts.numericDay(project.created, l))", style: Palette.dim))
            // The idea it was adopted from, with the idea's own history (before any holder).
            if let idea = s.idea(ofProject: project.id) {
                out.append(Line(text: "    " + UIText.fromIdea(idea, programme: s.programmes[idea.programme]?.name ?? "", l), style: Palette.dim))
                for change in idea.history {
                    var text = "    \(Texts.numericDay(change.date, l))  \(Catalog.label(change.from, l)) → \(Catalog.label(change.to, l))  (\(change.author))"
                    if let reason = change.reason { text += " — " + reason }
                    out.append(Line(text: text))
                }
            }
            for change in project.stageHistory {
                var text = "    \(Texts.numericDay(change.date, l))  \(Catalog.label(change.from, l)) → \(Catalog.label(change.to, l))  (\(change.author))"
                if let note = change.note { text += " — " + note }
                out.append(Line(text: text))
            }
            for change in project.statusHistory {
                var text = "    \(Texts.numericDay(change.date, l))  \(Catalog.label(change.from, l)) → \(Catalog.label(change.to, l))  (\(change.author))"
                if let note = change.note { text += " — " + note }
                out.append(Line(text: text))
            }
            // Its path: legal form, milestones, needs.
            out += HolderPathLines.projectLines(m, project, width: width)
        }

        section(.attendanceRecord)
        let participations = s.participations(holder: holder.id)
        if participations.isEmpty { out.append(Line(text: "  " + UIText.noAttendance.text(l), style: Palette.dim)) }
        for p in participations {
            guard let cohort = s.cohorts[p.cohort] else { continue }
            let count = s.attendance(holder: holder.id, cohort: cohort.id)
            out.append(Line(text: "  \(cohort.name) · \(Catalog.label(p.status, l)) · \(UIText.percent(count.rate))  (P \(count.present) · A \(count.absent) · E \(count.excused))",
                            style: Palette.title))
            var marks = ""
            for session in s.sessions(cohort: cohort.id) where session.status != .cancelled {
                guard let value = s.mark(session: session.id, holder: holder.id) else { continue }
                marks += "\(Texts.shortDay(session.date, l)) \(Texts.mark(value))  "
            }
            for chunk in wrap(marks.isEmpty ? "—" : marks, width: max(10, width - 4)) {
                out.append(Line(text: "    " + chunk))
            }
        }

        // What followed the programme, and the evaluations (when there are some).
        out += HolderPathLines.afterLines(m, holder, projects, width: width)

        section(.notes)
        var notes = s.notes(about: .holder(holder.id))
        for project in projects { notes += s.notes(about: .project(project.id)) }
        notes.sort { ($0.time, $0.id) < ($1.time, $1.id) }
        if notes.isEmpty { out.append(Line(text: "  " + UIText.noNotes.text(l), style: Palette.dim)) }
        for note in notes {
            out.append(Line(text: "  \(Texts.numericDay(note.date, l)) · \(note.author)", style: Palette.dim))
            for chunk in wrap(note.text, width: max(10, width - 4)) { out.append(Line(text: "    " + chunk)) }
        }

        section(.referrals)
        var referrals: [String] = []
        if let by = holder.referredBy.flatMap({ s.organisations[$0]?.name }) { referrals.append("← \(by)") }
        for project in projects {
            for change in project.statusHistory {
                if let to = change.destination.flatMap({ s.organisations[$0]?.name }) {
                    referrals.append("→ \(to) (\(Texts.numericDay(change.date, l)), \(project.title))")
                }
            }
        }
        if referrals.isEmpty { out.append(Line(text: "  " + UIText.noReferral.text(l), style: Palette.dim)) }
        for r in referrals { out.append(Line(text: "  " + r)) }
        return out
    }

    static func draw(_ m: Model, _ hs: HolderScreen, into c: inout Canvas) -> String {
        let area = c.bounds
        guard let holder = m.state.holders[hs.holder] else { return "" }
        let all = lines(m, holder, width: area.width - 2)
        let scroll = max(0, min(hs.scroll, all.count - area.height))
        for (r, line) in all.dropFirst(scroll).prefix(area.height).enumerated() {
            c.put(line.text, row: r, col: 1, style: line.style, maxWidth: area.width - 2, overflow: .ellipsis)
        }
        let last = min(all.count, scroll + area.height)
        return "\(scroll + 1)–\(last)/\(all.count)"
    }
}

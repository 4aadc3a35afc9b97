import ParcoursDomain
import TerminalKit

/// The holder file's lines of what the project went through and what followed: its legal
/// form, milestones and needs under the project (`l`, `m`, `b`), the follow-ups after the
/// programme (`v`), the questionnaires answered (`r`) and what juries said.
enum HolderPathLines {
    typealias Line = HolderView.Line

    /// Under each project: its legal form, milestones and needs, one line each (one line in
    /// all while nothing is recorded), indented as its stage history.
    static func projectLines(_ m: Model, _ project: Project, width: Int) -> [Line] {
        let l = m.language, s = m.state
        var out: [Line] = []
        func field(_ label: String, _ value: String, style: Style = .plain) {
            for (k, chunk) in wrap(label + (l == .fr ? " : " : ": ") + value, width: max(10, width - 6)).enumerated() {
                out.append(Line(text: (k == 0 ? "    " : "      ") + chunk, style: style))
            }
        }
        let history = s.legalFormHistory[project.id]
        let reached = s.milestones[project.id] ?? [:]
        let needs = s.needs.values.filter { $0.project == project.id }
            .sorted { ($0.isOpen ? 0 : 1, $0.opened, $0.id) < ($1.isOpen ? 0 : 1, $1.opened, $1.id) }
        guard project.legalForm != nil || !reached.isEmpty || !needs.isEmpty else {
            out.append(Line(text: "    " + UIText.nothingOnThePath.text(l), style: Palette.dim))
            return out
        }
        // The legal form, with the day it was taken and what it was before.
        if let form = project.legalForm {
            var text = form
            if let last = history?.last {
                text += " (" + UIText.since(Texts.numericDay(last.date, l), l)
                if let before = last.from, !before.isEmpty { text += " ; " + UIText.before(before, l) }
                text += ")"
            }
            field(UIText.fieldLegalForm.text(l), text)
        }
        // Milestones reached, in the order of the path, then the programme's own.
        let names = StandardMilestone.allCases.compactMap { milestone in
            reached[milestone.rawValue].map { (Catalog.label(milestone, l), $0) }
        } + s.milestones(available: project.id).compactMap { milestone in reached[milestone.id].map { (milestone.title, $0) } }
        if !names.isEmpty {
            field(UIText.milestonesLabel.text(l), names.map { "✓ " + $0.0 + " " + Texts.numericDay($0.1, l) }.joined(separator: " · "))
        }
        // Needs: open ones, then the resolved, dimmed.
        let open = needs.filter(\.isOpen), resolved = needs.filter { !$0.isOpen }
        if !open.isEmpty {
            field(UIText.openNeedsLabel.text(l), open.map { need in
                Catalog.label(need.kind, l) + (need.description.map { " — " + $0 } ?? "")
                    + " (" + UIText.since(Texts.numericDay(need.opened, l), l) + ")"
            }.joined(separator: " · "), style: Palette.alert)
        }
        if !resolved.isEmpty {
            field(UIText.resolvedNeeds.text(l), resolved.map { need in
                Catalog.label(need.kind, l) + (need.resolution.map { " — " + $0 } ?? "")
                    + (need.resolved.map { " (" + Texts.numericDay($0, l) + ")" } ?? "")
            }.joined(separator: " · "), style: Palette.dim)
        }
        return out
    }

    /// The follow-ups after the programme and the evaluations, each a section of its own
    /// only when the holder has some (after their attendance).
    static func afterLines(_ m: Model, _ holder: Holder, _ projects: [Project], width: Int) -> [Line] {
        let l = m.language, s = m.state
        var out: [Line] = []
        func section(_ title: UIText) {
            out.append(Line(text: ""))
            out.append(Line(text: title.text(l), style: Style(bold: true, underline: true)))
        }
        /// "  Label          value", the value wrapped under itself.
        func field(_ label: String, _ value: String, style: Style = .plain) {
            let lead = "  " + DisplayWidth.pad(label, to: 14)
            for (k, chunk) in wrap(value, width: max(10, width - DisplayWidth.of(lead))).enumerated() {
                out.append(Line(text: (k == 0 ? lead : String(repeating: " ", count: DisplayWidth.of(lead))) + chunk, style: style))
            }
        }

        let cohorts = Set(s.participations(holder: holder.id).map(\.cohort))
        let schedule = s.followUpSchedule(today: m.today, cohorts: cohorts)
        var followUps: [(Project, [Int], [FollowUpItem], [FollowUp])] = []
        for project in projects {
            let items = schedule.filter { $0.project == project.id }
            let records = s.followUps[project.id] ?? []
            let waves = Set(items.map(\.wave)).union(records.map(\.wave)).sorted()
            if !waves.isEmpty { followUps.append((project, waves, items, records)) }
        }
        if !followUps.isEmpty {
            section(.followUpsSection)
            for (project, waves, items, records) in followUps {
                if projects.count > 1 { out.append(Line(text: "  " + project.title, style: Palette.title)) }
                for wave in waves {
                    let label = Catalog.wave(wave, l)
                    if let record = records.first(where: { $0.wave == wave }) {
                        var text = Texts.numericDay(record.date, l) + "  " + Catalog.finding(record, l)
                        if let note = record.note { text += " — " + note }
                        field(label, text)
                    } else if let item = items.first(where: { $0.wave == wave }) {
                        let standing = FollowUpsView.standing(item, today: m.today, l)
                        let due = UIText.dueOn(Texts.numericDay(item.dueDay, l), l)
                        switch item.standing {
                        case .due: field(label, due + " · " + standing + " (v)", style: Palette.alert)
                        case .upcoming: field(label, due + " · " + standing, style: Palette.dim)
                        default: field(label, UIText.knownWithoutCall(standing, l), style: Palette.dim)
                        }
                    }
                }
            }
        }

        let responses = s.responses(holder: holder.id)
        let evaluations = s.juryEvaluations(holder: holder.id)
        if !responses.isEmpty || !evaluations.isEmpty {
            section(.evaluationsSection)
            for (questionnaire, response) in responses {
                let answers = questionnaire.questions.compactMap { question in
                    response.answer(question.key).map { question.label + (l == .fr ? " : " : ": ") + answerText($0, l) }
                }
                field(Texts.numericDay(response.date, l), questionnaire.title + " — " + answers.joined(separator: " · "))
            }
            for (session, evaluation) in evaluations {
                var text = session.title + " — " + UIText.juryProject.text(l) + " " + Catalog.label(evaluation.project, l) + " · "
                    + UIText.juryProgress.text(l) + " " + Catalog.label(evaluation.progress, l) + " · "
                    + Catalog.label(evaluation.decision, l)
                if let destination = evaluation.destination.flatMap({ s.organisations[$0]?.name }) { text += " → " + destination }
                if let comment = evaluation.comment, !comment.isEmpty { text += " — " + comment }
                field(Texts.numericDay(session.date, l), text)
            }
        }
        return out
    }

    /// An answer as it reads: "9/10", "oui", the choice, the text.
    static func answerText(_ answer: Answer, _ l: Language) -> String {
        if let scale = answer.scale { return "\(scale)/10" }
        if let yes = answer.yes { return (yes ? UIText.yes : UIText.no).text(l) }
        return answer.choice ?? answer.text ?? ""
    }
}

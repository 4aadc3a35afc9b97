import Foundation
import ParcoursDomain

/// Everything Parcours holds about one person (RGPD art. 15, the right of access): who
/// they are, their projects, participations, attendance and notes, and every event of
/// the logs about them or their projects, in words and as written. Nothing about anyone
/// else: events are chosen by the person's id and their projects' ids.
public struct PersonRecord: Codable, Sendable {
    public var format = "parcours-person-record"
    /// When this copy was made, and by whom.
    public var madeAt: Date
    public var madeBy: String
    public var person: Details.HolderDetail
    /// Every event about the person or their projects, oldest first.
    public var history: [Journal.Entry]
    /// Their answers to questionnaires, each question with its label and the answer.
    public var answers: [Answered] = []
    /// What juries said of them at review sessions.
    public var juryEvaluations: [Evaluated] = []

    public struct Answered: Codable, Sendable {
        public var questionnaire: String
        public var date: Day
        /// "label: answer", in the questionnaire's order.
        public var answers: [String]
    }

    public struct Evaluated: Codable, Sendable {
        public var session: String
        public var date: Day
        public var project: String
        public var progress: String
        public var decision: String
        public var destination: String?
        public var comment: String?
    }

    public static func make(_ workspace: Workspace, holder: Holder, language: Language) throws -> PersonRecord {
        let state = workspace.state
        var scope: Set<EntityID> = [holder.id]
        scope.formUnion(state.projects(holder: holder.id).map(\.id))
        let events = try workspace.journal(concerning: scope)
        var record = PersonRecord(madeAt: workspace.now, madeBy: workspace.author, person: Details.holder(state, holder),
                                  history: events.map { Journal.entry($0, state, language) })
        let yes = language == .fr ? "oui" : "yes", no = language == .fr ? "non" : "no"
        record.answers = state.responses(holder: holder.id).map { questionnaire, response in
            Answered(questionnaire: questionnaire.title, date: response.date, answers: response.answers.map { answer in
                let label = questionnaire.questions.first { $0.key == answer.key }?.label ?? answer.key
                let value = answer.scale.map { "\($0)/10" } ?? answer.yes.map { $0 ? yes : no } ?? answer.choice ?? answer.text ?? ""
                return "\(label) : \(value)"
            })
        }
        record.juryEvaluations = state.juryEvaluations(holder: holder.id).map { session, evaluation in
            Evaluated(session: session.title, date: session.date, project: Catalog.label(evaluation.project, language),
                      progress: Catalog.label(evaluation.progress, language), decision: Catalog.label(evaluation.decision, language),
                      destination: evaluation.destination.map { state.organisations[$0]?.name ?? $0 }, comment: evaluation.comment)
        }
        return record
    }

    /// The same as a Markdown page the person can read.
    public func markdown(_ l: Language) -> String {
        let fr = l == .fr
        func e(_ text: String) -> String { MarkdownText.escape(text) }
        func stage(_ id: String) -> String { Stage(rawValue: id).map { Catalog.label($0, l) } ?? id }
        func status(_ id: String) -> String { ProjectStatus(rawValue: id).map { Catalog.label($0, l) } ?? id }
        func kind(_ id: String) -> String { HolderKind(rawValue: id).map { Catalog.label($0, l) } ?? id }
        func participation(_ id: String) -> String { ParticipationStatus(rawValue: id).map { Catalog.label($0, l) } ?? id }
        func mark(_ id: String) -> String { Mark(rawValue: id).map { Catalog.label($0, l) } ?? id }
        let date = ISO8601DateFormatter.string(from: madeAt, timeZone: .current, formatOptions: [.withFullDate])
        var lines = ["# " + (fr ? "Données de " : "Data held about ") + e(person.name), "",
                     fr ? "Copie faite le \(date) par \(e(madeBy)) (RGPD, article 15)." : "Copy made on \(date) by \(e(madeBy)) (GDPR, article 15).",
                     "", "## " + (fr ? "Identité" : "Identity"), ""]
        let fields: [(String, String?)] = [
            (fr ? "Nom" : "Name", person.name), (fr ? "Type" : "Kind", kind(person.holderKind)), ("Commune", person.commune),
            (fr ? "Courriel" : "E-mail", person.email), (fr ? "Téléphone" : "Phone", person.phone),
            (fr ? "Étiquettes" : "Tags", person.tags.isEmpty ? nil : person.tags.joined(separator: ", ")),
            (fr ? "Orienté·e par" : "Referred by", person.referredBy),
        ]
        for scope in ConsentScope.allCases {
            guard let day = person.consents[scope.rawValue] else { continue }
            let values = (scope == .obstacles ? person.obstacles : person.profile).map { Catalog.sensitiveLabel($0, scope, l) }
            lines.append("- \(Catalog.consentScope(scope, l)) (\(fr ? "consentement du" : "consent of") \(day)) : "
                         + (values.isEmpty ? (fr ? "aucun" : "none") : e(values.joined(separator: ", "))))
        }
        for (label, value) in fields { if let value { lines.append("- \(label) : \(e(value))".replacingOccurrences(of: " : ", with: fr ? " : " : ": ")) } }
        if !person.projects.isEmpty {
            lines += ["", "## " + (fr ? "Projets" : "Projects")]
            for project in person.projects {
                lines += ["", "### " + e(project.title), "",
                          "- \(fr ? "Étape" : "Stage") : \(e(stage(project.stage))) · \(fr ? "statut" : "status") : \(e(status(project.status)))"]
                for note in project.notes { lines.append("- \(note.date) \(e(note.author)) : \(e(note.text))") }
                if let idea = project.idea { lines += Self.ideaLines(idea, l) }
            }
        }
        if !person.participations.isEmpty {
            lines += ["", "## " + (fr ? "Participations" : "Participations"), ""]
            for p in person.participations { lines.append("- \(e(p.programme)) › \(e(p.cohort)) : \(e(participation(p.status)))") }
        }
        lines += Self.applicationLines(person.applications, l)
        if !person.attendance.isEmpty {
            lines += ["", "## " + (fr ? "Présences" : "Attendance"), ""]
            for m in person.attendance {
                lines.append("- \(m.date) \(e(m.session)) : \(e(mark(m.mark)))" + (m.remark.map { " — \(e($0))" } ?? ""))
            }
        }
        if !person.notes.isEmpty {
            lines += ["", "## " + (fr ? "Notes" : "Notes"), ""]
            for note in person.notes { lines.append("- \(note.date) \(e(note.author)) : \(e(note.text))") }
        }
        if !answers.isEmpty {
            lines += ["", "## " + (fr ? "Questionnaires" : "Questionnaires")]
            for answered in answers {
                lines += ["", "### " + e(answered.questionnaire) + " (\(answered.date))", ""]
                for answer in answered.answers { lines.append("- " + e(answer)) }
            }
        }
        if !juryEvaluations.isEmpty {
            lines += ["", "## " + (fr ? "Évaluations du jury" : "Jury evaluations"), ""]
            for j in juryEvaluations {
                lines.append("- \(j.date) \(e(j.session)) : " + (fr ? "projet \(e(j.project)), progression \(e(j.progress)), décision : \(e(j.decision))"
                                                                    : "project \(e(j.project)), progress \(e(j.progress)), decision: \(e(j.decision))")
                             + (j.destination.map { " (\(e($0)))" } ?? "") + (j.comment.map { " — \(e($0))" } ?? ""))
            }
        }
        lines += ["", "## " + (fr ? "Historique complet" : "Full history"), ""]
        let time = ISO8601DateFormatter()
        for entry in history { lines.append("- \(time.string(from: entry.time)) \(e(entry.author)) : \(e(entry.text))") }
        if !fr { lines = lines.map { $0.replacingOccurrences(of: " : ", with: ": ") } }
        return lines.joined(separator: "\n") + "\n"
    }
}

import Foundation
import ParcoursDomain

/// A funder report ready to show or hand over: the figures (`report`), the per-holder
/// rows, and the same content as Markdown (to paste into a bilan) or CSV. The interface
/// shows `rows` in a table and saves `markdown`/`csv` on an export key.
public struct ReportDocument: Hashable, Sendable {
    public var report: Report

    public init(report: Report) { self.report = report }

    /// Builds the report for a scope and filter as of `today`.
    public init(state: State, scope: ReportScope, filter: ReportFilter = ReportFilter(), today: Day) {
        report = Report.make(state: state, scope: scope, today: today, filter: filter)
    }

    /// The per-holder table: header then one row per holder, in the language given.
    public func rows(language l: Language) -> [[String]] {
        let fr = l == .fr
        let header = fr
            ? ["Porteur", "Commune", "Projet", "Séances présentes", "Séances comptées", "Assiduité", "Étape à l’entrée", "Étape actuelle", "Statut", "Participation"]
            : ["Holder", "Town", "Project", "Sessions attended", "Sessions counted", "Attendance", "Stage at entry", "Stage now", "Status", "Participation"]
        return [header] + report.perHolder.map { line in
            [line.name, line.commune ?? "", line.project, String(line.attended), String(line.counted),
             Self.percent(line.rate), stageLabel(line.stageAtEntry, l), stageLabel(line.stageNow, l),
             line.status.flatMap(ProjectStatus.init(rawValue:)).map { Catalog.label($0, l) } ?? "",
             ParticipationStatus(rawValue: line.participation).map { Catalog.label($0, l) } ?? ""]
        }
    }

    /// Key figures as (label, value) pairs, in the language given.
    public func figures(language l: Language) -> [(String, String)] {
        let fr = l == .fr, r = report
        var out: [(String, String)] = [
            (fr ? "Porteurs accompagnés" : "Holders taking part", String(r.holders)),
            (fr ? "Participations enregistrées" : "Participations recorded", String(r.candidates)),
            (fr ? "Séances réalisées" : "Sessions held", String(r.sessions.held)),
            (fr ? "Séances prévues" : "Sessions planned", String(r.sessions.planned)),
            (fr ? "Séances annulées" : "Sessions cancelled", String(r.sessions.cancelled)),
            (fr ? "Heures réalisées" : "Hours delivered", Self.hours(r.hoursDelivered, l)),
        ]
        for kind in SessionKind.allCases where (r.hoursByKind[kind.rawValue] ?? 0) > 0 {
            out.append(((fr ? "  dont " : "  of which ") + Catalog.label(kind, l), Self.hours(r.hoursByKind[kind.rawValue] ?? 0, l)))
        }
        out += [
            (fr ? "Assiduité" : "Attendance", Self.percent(r.attendance.rate)),
            (fr ? "Projets créés (étape Création ou au-delà)" : "Projects launched (Launch stage or beyond)", String(r.outcomes.created)),
            (fr ? "Projets orientés" : "Projects oriented", String(r.outcomes.oriented)),
            (fr ? "Projets abandonnés" : "Projects abandoned", String(r.outcomes.abandoned)),
            (fr ? "Projets réorientés" : "Projects reoriented", String(r.outcomes.reoriented)),
            (fr ? "Sorties en cours de parcours" : "Drop-outs", String(r.outcomes.droppedOut)),
            (fr ? "Transferts vers une autre promotion" : "Transferred to another cohort", String(r.outcomes.transferred)),
            (fr ? "Taux de création" : "Launch rate",
             Self.percent(r.launchRate.rate) + " (\(r.launchRate.launched)/\(r.launchRate.ended))"),
        ]
        return out
    }

    /// What a coordinator pastes into a bilan: a title, the key figures, the stage moves,
    /// the orientations and the per-holder table, as Markdown tables. Every piece of
    /// user text is escaped (`MarkdownText`): it cannot inject HTML or break a table.
    public func markdown(language l: Language) -> String {
        let fr = l == .fr
        var md: [String] = ["# " + title(l), ""]
        var scopeLine: [String] = []
        if let from = report.scope.from { scopeLine.append((fr ? "du " : "from ") + Catalog.day(from, l)) }
        if let to = report.scope.to { scopeLine.append((fr ? "au " : "to ") + Catalog.day(to, l)) }
        if let commune = report.scope.commune { scopeLine.append((fr ? "commune : " : "town: ") + MarkdownText.escape(commune)) }
        if !scopeLine.isEmpty { md += ["*" + scopeLine.joined(separator: ", ") + "*", ""] }
        md += ["## " + (fr ? "Chiffres clés" : "Key figures"), ""]
        md += table([[fr ? "Indicateur" : "Figure", fr ? "Valeur" : "Value"]] + figures(language: l).map { [$0.0, $0.1] })
        md += ["", "## " + (fr ? "Parcours des projets (étape à l’entrée → étape actuelle)" : "Project progress (stage at entry → stage now)"), ""]
        md += table([[fr ? "À l’entrée" : "At entry", fr ? "Aujourd’hui" : "Now", fr ? "Projets" : "Projects"]]
                     + report.stageMoves.map { [stageLabel($0.from, l), stageLabel($0.to, l), String($0.projects)] })
        if !report.outcomes.destinations.isEmpty {
            md += ["", "## " + (fr ? "Orientations" : "Orientations"), ""]
            md += table([[fr ? "Vers" : "To", fr ? "Projets" : "Projects"]]
                         + report.outcomes.destinations.sorted { $0.key < $1.key }.map { [$0.key, String($0.value)] })
        }
        md += ["", "## " + (fr ? "Porteurs" : "Holders"), ""]
        md += table(rows(language: l))
        return md.joined(separator: "\n") + "\n"
    }

    /// The Markdown title, the scope's name escaped.
    func title(_ l: Language) -> String {
        let fr = l == .fr, name = MarkdownText.escape(report.scope.name ?? report.scope.id ?? "")
        switch report.scope.kind {
        case "programme": return (fr ? "Bilan du dispositif « " : "Report: programme “") + name + (fr ? " »" : "”")
        case "cohort": return (fr ? "Bilan de la promotion « " : "Report: cohort “") + name + (fr ? " »" : "”")
        default: return fr ? "Bilan de l’ensemble des données" : "Report: all data"
        }
    }

    func stageLabel(_ id: String?, _ l: Language) -> String {
        id.flatMap(Stage.init(rawValue:)).map { Catalog.label($0, l) } ?? "—"
    }

    func table(_ rows: [[String]]) -> [String] {
        let cell = MarkdownText.escape
        guard let header = rows.first else { return [] }
        return ["| " + header.map(cell).joined(separator: " | ") + " |",
                "|" + header.map { _ in " --- " }.joined(separator: "|") + "|"]
            + rows.dropFirst().map { "| " + $0.map(cell).joined(separator: " | ") + " |" }
    }

    static func percent(_ rate: Double?) -> String {
        guard let rate else { return "—" }
        return "\(Int((rate * 100).rounded())) %"
    }

    static func hours(_ h: Double, _ l: Language) -> String {
        let rounded = (h * 10).rounded() / 10
        let text = rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
        return (l == .fr ? text.replacingOccurrences(of: ".", with: ",") : text) + " h"
    }
}

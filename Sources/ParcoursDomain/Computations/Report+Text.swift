import Foundation

extension Report {
    /// The same figures laid out for a person.
    public func text(language l: Language) -> String {
        let fr = l == .fr
        func percent(_ rate: Double?) -> String {
            guard let rate else { return "—" }
            return "\(Int((rate * 100).rounded())) %"
        }
        func hours(_ h: Double) -> String {
            let rounded = (h * 10).rounded() / 10
            let text = rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
            return (fr ? text.replacingOccurrences(of: ".", with: ",") : text) + " h"
        }
        var lines: [String] = []
        let title: String
        switch scope.kind {
        case "programme": title = (fr ? "Dispositif « " : "Programme “") + (scope.name ?? scope.id ?? "") + (fr ? " »" : "”")
        case "cohort": title = (fr ? "Promotion « " : "Cohort “") + (scope.name ?? scope.id ?? "") + (fr ? " »" : "”")
        default: title = fr ? "Toutes les données" : "All data"
        }
        lines.append(title)
        lines.append(String(repeating: "=", count: title.count))
        lines.append((fr ? "Porteurs accompagnés : " : "Holders taking part: ") + "\(holders)")
        lines.append((fr ? "Participations enregistrées : " : "Participations recorded: ") + "\(candidates)")
        lines.append((fr ? "Sorties en cours de parcours : " : "Drop-outs: ") + "\(outcomes.droppedOut)"
                     + (fr ? " ; transferts vers une autre promotion : " : "; transferred to another cohort: ")
                     + "\(outcomes.transferred)")
        lines.append((fr ? "Séances : " : "Sessions: ")
                     + "\(sessions.held) \(Catalog.label(SessionStatus.held, l)), "
                     + "\(sessions.planned) \(Catalog.label(SessionStatus.planned, l)), "
                     + "\(sessions.cancelled) \(Catalog.label(SessionStatus.cancelled, l))")
        lines.append((fr ? "Heures réalisées : " : "Hours delivered: ") + hours(hoursDelivered))
        lines.append((fr ? "Assiduité : " : "Attendance: ") + percent(attendance.rate)
                     + " (\(attendance.present) \(Catalog.label(Mark.present, l)), "
                     + "\(attendance.absent) \(Catalog.label(Mark.absent, l)), "
                     + "\(attendance.excused) \(Catalog.label(Mark.excuse, l)))")
        lines.append("")
        lines.append(fr ? "Stades des projets" : "Project stages")
        for stage in Stage.allCases {
            lines.append("  \(Catalog.label(stage, l))\(fr ? " : " : ": ")\(stages[stage.rawValue] ?? 0)")
        }
        lines.append(fr ? "Grandes étapes" : "Macro-stages")
        for stage in MacroStage.allCases {
            lines.append("  \(Catalog.label(stage, l))\(fr ? " : " : ": ")\(macroStages[stage.rawValue] ?? 0)")
        }
        lines.append(fr ? "Statuts" : "Statuses")
        for status in ProjectStatus.allCases {
            lines.append("  \(Catalog.label(status, l))\(fr ? " : " : ": ")\(statuses[status.rawValue] ?? 0)")
        }
        lines.append("")
        lines.append((fr ? "Projets sans activité : " : "Stalled projects: ") + "\(stalled.count)")
        for s in stalled {
            lines.append("  \(s.holder) — \(s.project) (\(s.days) \(fr ? "jours" : "days"))")
        }
        lines.append((fr ? "Séances passées sans présences : " : "Past sessions without attendance: ") + "\(pendingSessions.count)")
        for p in pendingSessions {
            lines.append("  \(Catalog.day(p.date, l)) — \(p.title) (\(p.cohort))")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

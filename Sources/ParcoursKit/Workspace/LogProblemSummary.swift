import EventLog
import ParcoursDomain

/// What reading the logs found, said in one line: the command line prints it once as
/// a warning, the interface keeps it in its status line. `parcours verify` lists every
/// problem with its file and line.
public enum LogProblemSummary {
    /// nil when there is nothing to say.
    public static func text(_ problems: [LogProblem], _ language: Language) -> String? {
        var counts: [LogProblem.Kind: Int] = [:]
        for problem in problems { counts[problem.kind, default: 0] += 1 }
        let parts = LogProblem.Kind.allCases.compactMap { kind -> String? in
            guard let count = counts[kind], count > 0 else { return nil }
            return "\(count) " + noun(kind, plural: count > 1, language)
        }
        guard !parts.isEmpty else { return nil }
        let listed = parts.joined(separator: ", ")
        return language == .fr
            ? "les journaux ont des problèmes : \(listed). « parcours verify » dit où ; aucun enregistrement valable n’est caché."
            : "the logs have problems: \(listed). `parcours verify` says where; no valid record is hidden."
    }

    private static func noun(_ kind: LogProblem.Kind, plural: Bool, _ language: Language) -> String {
        let (one, many): (String, String)
        switch (kind, language) {
        case (.damaged, .fr): (one, many) = ("ligne endommagée (ignorée)", "lignes endommagées (ignorées)")
        case (.damaged, .en): (one, many) = ("damaged line (skipped)", "damaged lines (skipped)")
        case (.torn, .fr): (one, many) = ("dernière ligne coupée", "dernières lignes coupées")
        case (.torn, .en): (one, many) = ("torn last line", "torn last lines")
        case (.setAside, .fr): (one, many) = ("ligne coupée mise de côté", "lignes coupées mises de côté")
        case (.setAside, .en): (one, many) = ("torn line set aside", "torn lines set aside")
        case (.unreadable, .fr): (one, many) = ("fichier illisible", "fichiers illisibles")
        case (.unreadable, .en): (one, many) = ("unreadable file", "unreadable files")
        case (.outOfPlace, .fr): (one, many) = ("anomalie d’ordre (tout est chargé)", "anomalies d’ordre (tout est chargé)")
        case (.outOfPlace, .en): (one, many) = ("order anomaly (everything loaded)", "order anomalies (everything loaded)")
        case (.duplicate, .fr): (one, many) = ("enregistrement en double (compté une fois)", "enregistrements en double (comptés une fois)")
        case (.duplicate, .en): (one, many) = ("duplicated record (counted once)", "duplicated records (counted once)")
        case (.implausible, .fr): (one, many) = ("enregistrement à l’horloge invraisemblable (mis de côté)", "enregistrements à l’horloge invraisemblable (mis de côté)")
        case (.implausible, .en): (one, many) = ("record with an implausible clock (set aside)", "records with an implausible clock (set aside)")
        case (.missing, .fr): (one, many) = ("journal privé d’enregistrements déjà confirmés", "journaux privés d’enregistrements déjà confirmés")
        case (.missing, .en): (one, many) = ("log missing records it had acknowledged", "logs missing records they had acknowledged")
        case (.conflictCopy, .fr): (one, many) = ("copie de conflit d’un outil de synchronisation (ignorée)", "copies de conflit d’un outil de synchronisation (ignorées)")
        case (.conflictCopy, .en): (one, many) = ("sync-tool conflict copy (ignored)", "sync-tool conflict copies (ignored)")
        }
        return plural ? many : one
    }
}

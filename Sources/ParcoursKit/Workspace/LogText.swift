import EventLog
import ParcoursDomain

/// What the event log reports, in the user's language: each problem `verify` lists, the
/// verify report, and the log's errors. The log itself (a generic layer) speaks English
/// in its descriptions; what a facilitator reads goes through here.
public enum LogText {
    /// One problem, with its file and line.
    public static func problem(_ p: LogProblem, _ l: Language) -> String {
        guard l == .fr else { return p.description }
        switch p {
        case .damagedLine(let file, let line, let reason):
            return "\(file):\(line) : ligne endommagée (\(damage(reason))), ignorée"
        case .tornTail(let file, let offset, let length):
            return "\(file) : dernière ligne coupée (\(length) octets à partir de l’octet \(offset), sans fin de ligne) : une écriture interrompue"
        case .tornTailSetAside(let file, let sideFile, let length):
            return "\(file) : dernière ligne coupée (\(length) octets) mise de côté dans \(sideFile) et retirée du journal"
        case .unreadableFile(let file, let reason):
            return "\(file) : illisible (\(reason == "not a regular file" ? "ce n’est pas un fichier ordinaire" : reason))"
        case .sequenceOutOfPlace(let file, let line, let sequence):
            return "\(file):\(line) : numéro \(sequence) là où \(line) était attendu (lignes perdues, insérées, échangées ou modifiées) ; l’enregistrement est chargé"
        case .clockOutOfOrder(let file, let line, let clock, let previous):
            return "\(file):\(line) : horloge \(clock) pas au-dessus de \(previous), une horloge plus haut dans le fichier (ligne déplacée ou modifiée) ; chargé juste après l’enregistrement qui le précède, comme les suivants sous \(previous)"
        case .duplicateRecord(let file, let line, let sequence):
            return "\(file):\(line) : l’enregistrement \(sequence) une seconde fois (ligne en double) ; mis de côté, compté une fois"
        case .sequenceReused(let file, let line, let sequence):
            return "\(file):\(line) : un autre enregistrement porte le numéro \(sequence) (une même installation sur deux machines ?) ; les deux sont chargés"
        case .implausibleCounter(let file, let line, let clock, let sequence):
            return "\(file):\(line) : horloge \(clock) ou numéro \(sequence) au-delà de \(EventLogFormat.maximumCounter), ce qu’aucun journal réel n’atteint (falsifié ou abîmé) ; mis de côté, non chargé"
        case .acknowledgedRecordsMissing(let file, let acknowledged, let found):
            return "\(file) : cette installation y a écrit \(acknowledged) enregistrement(s), le fichier n’a plus que \(found) ligne(s) : il a été coupé ou remplacé par une copie plus ancienne (restaurez-le depuis une sauvegarde ou la copie partagée)"
        case .conflictCopyIgnored(let file):
            return "\(file) : copie de conflit d’un outil de synchronisation, ignorée (chaque rédacteur n’écrit que dans son journal ; elle peut être supprimée)"
        }
    }

    /// Why a line is damaged, in French: the reader's reasons follow a few patterns;
    /// anything else (a scanner's detail) is kept as it is.
    static func damage(_ reason: String) -> String {
        let patterns: [(String, (Regex<AnyRegexOutput>.Match) -> String)] = [
            (#"^checksum mismatch: stored (\d+), (?:the record|payload) gives (\d+)$"#,
             { "somme de contrôle fausse : \($0[1].substring ?? "") enregistrée, \($0[2].substring ?? "") calculée" }),
            (#"^empty line$"#, { _ in "ligne vide" }),
            (#"^not valid JSON: (.*) at byte (\d+)$"#, { "pas du JSON valable (\($0[1].substring ?? "") à l’octet \($0[2].substring ?? ""))" }),
            (#"^missing field "(\w+)"$"#, { "champ « \($0[1].substring ?? "") » manquant" }),
            (#"^field "(\w+)" appears twice$"#, { "champ « \($0[1].substring ?? "") » deux fois" }),
            (#"^field "(\w+)" is not an integer$"#, { "le champ « \($0[1].substring ?? "") » n’est pas un nombre entier" }),
            (#"^field "(\w+)" is not a string$"#, { "le champ « \($0[1].substring ?? "") » n’est pas un texte" }),
            (#"^field "(\w+)" is not an ISO-8601 UTC time$"#, { "le champ « \($0[1].substring ?? "") » n’est pas une heure ISO 8601 UTC" }),
            (#"^writer "(.*)" does not match the file name "(.*)"$"#,
             { "le rédacteur « \($0[1].substring ?? "") » ne correspond pas au nom du fichier « \($0[2].substring ?? "") »" }),
            (#"^field "crc" is not the last field.*$"#, { _ in "le champ « crc » n’est pas le dernier (le format 2 contrôle tout ce qui le précède)" }),
        ]
        for (pattern, french) in patterns {
            if let regex = try? Regex(pattern), let match = reason.wholeMatch(of: regex) { return french(match) }
        }
        return reason
    }

    /// What `parcours verify` prints.
    public static func report(_ r: VerifyReport, _ l: Language) -> String {
        guard l == .fr else { return r.description }
        let formatOne = r.formatOneRecords > 0 ? " (dont \(r.formatOneRecords) au format 1, somme de contrôle sur le contenu seul)" : ""
        var lines = ["\(r.files.count) fichier(s) journal, \(r.records) enregistrement(s)\(formatOne) : "
                     + (r.isClean ? "intact" : "problèmes trouvés")]
        for file in r.files {
            let aside = file.setAside > 0 ? ", \(file.setAside) mis de côté" : ""
            lines.append("  \(file.file) : \(file.records) enregistrement(s), dernier numéro \(file.lastSequence)\(aside)")
        }
        for found in r.problems { lines.append("  " + problem(found, l)) }
        for side in r.setAside { lines.append("  mis de côté auparavant : \(side)") }
        for copy in r.conflictCopies { lines.append("  " + problem(.conflictCopyIgnored(file: copy), l)) }
        return lines.joined(separator: "\n")
    }
}

extension EventLogError: LocalizedMessage {
    public func text(_ l: Language) -> String {
        guard l == .fr else { return description }
        switch self {
        case .noDataDirectory(let path):
            return "Il n’y a pas de dossier de données à \(path)."
        case .cannotCreate(let path, let reason):
            return "Impossible de créer \(path) : \(reason)."
        case .cannotRead(let path, let reason):
            return "Impossible de lire \(path) : \(reason == "not a regular file" ? "ce n’est pas un fichier ordinaire" : reason)."
        case .readOnly(let directory):
            return "Le dossier de données \(directory) est ouvert en lecture seule : rien ne peut être enregistré."
        case .lockFailed(let path, let reason):
            return "Impossible de verrouiller \(path) pour écrire sans risque : \(reason)."
        case .writeFailed(let file, let reason):
            return "L’écriture dans \(file) a échoué : \(reason). Plus rien ne sera enregistré tant que le problème n’est pas réglé et le dossier rouvert."
        case .syncFailed(let file, let reason):
            return "L’enregistrement sur disque (fsync) de \(file) a échoué : \(reason). Plus rien ne sera enregistré tant que le problème n’est pas réglé et le dossier rouvert."
        case .setAsideFailed(let file, let reason):
            return "Impossible de mettre de côté la dernière ligne coupée de \(file) : \(reason). Rien n’a été enregistré."
        case .invalidRecord(let type, let reason):
            return "Impossible d’enregistrer un événement de type « \(type) » : \(reason)."
        case .appendsStopped(let cause):
            return "L’enregistrement est arrêté après un échec : \(cause.text(l))"
        case .countersExhausted(let file):
            return "Impossible d’ajouter à \(file) : son horloge ou son numéro dépasserait \(EventLogFormat.maximumCounter), le plus qu’un journal puisse porter. Rien n’a été enregistré."
        case .moved(let file, let offset):
            return "\(file) a changé pendant la session : l’enregistrement lu à l’octet \(offset) n’y est plus. Rouvrez le dossier de données."
        }
    }
}

extension WorkspaceError: LocalizedMessage {
    public func text(_ l: Language) -> String {
        guard l == .fr else { return description }
        switch self {
        case .readOnly:
            return "Ce dossier de données est ouvert en lecture seule : rien ne peut être modifié."
        case .missingDirectory(let path):
            return "Pas de dossier de données à \(path)."
        case .notEmpty(let path):
            return "Le dossier de données \(path) contient déjà des événements ; la démonstration ne se charge que dans un dossier vide (choisissez-en un autre avec --data)."
        case .internalInconsistency(let what):
            return "Erreur interne : \(what)."
        }
    }
}

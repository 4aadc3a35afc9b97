import Foundation
import ParcoursKit
import ParcoursDomain

/// Why sharing a data directory failed, in words a facilitator can act on.
public enum SyncError: Error, LocalizedError, LocalizedMessage, CustomStringConvertible, Equatable {
    case gitMissing
    case notConfigured(String)
    case readOnly
    case gitFailed(command: String, message: String)
    case pushRefused(String)
    case busy(String)
    /// What was already shared of this installation's own log is no longer in it, byte
    /// for byte, from `line` on (an edit, a restored older copy).
    case sharedLogChanged(file: String, line: Int)
    /// A line of this installation's own log that was not shared yet is damaged.
    case ownLogDamaged(file: String, line: Int, reason: String)

    public var description: String {
        switch self {
        case .gitMissing:
            return "Sharing uses git, which is not installed: install it (sudo apt-get install git) and try again."
        case .notConfigured(let path):
            return "The data directory \(path) is not shared yet: run `parcours sync init --remote URL` first."
        case .readOnly:
            return "This data directory is open read-only: sync writes to it, run it without --read-only."
        case .gitFailed(let command, let message):
            return "git \(command) failed: \(message.trimmingCharacters(in: .whitespacesAndNewlines)). Nothing was lost: your events stay in your log and the next sync tries again."
        case .pushRefused(let message):
            return "The remote refused the changes after several tries: \(message.trimmingCharacters(in: .whitespacesAndNewlines)). Your events are committed locally; sync again later."
        case .busy(let path):
            return "Another sync of \(path) is under way; wait for it to finish."
        case .sharedLogChanged(let file, let line):
            return "Nothing was sent: \(file) changed from line \(line) on, in a part that was already shared (edited, or replaced by an older copy). Sending it would hide records from everyone. Restore that file (from a backup, or with `git -C DATA checkout HEAD -- \(file)`), then `parcours verify` and sync again."
        case .ownLogDamaged(let file, let line, let reason):
            return "Nothing was sent: \(file) line \(line), not shared yet, is damaged (\(reason)). Run `parcours verify`; restore the line from a backup before syncing."
        }
    }

    /// The message in the user's language.
    public func text(_ language: Language) -> String {
        guard language == .fr else { return description }
        switch self {
        case .gitMissing:
            return "Le partage passe par git, qui n’est pas installé : installez-le (sudo apt-get install git) puis recommencez."
        case .notConfigured(let path):
            return "Le dossier de données \(path) n’est pas encore partagé : lancez d’abord « parcours sync init --remote URL »."
        case .readOnly:
            return "Ce dossier de données est ouvert en lecture seule : la synchronisation y écrit, lancez-la sans --read-only."
        case .gitFailed(let command, let message):
            return "git \(command) a échoué : \(message.trimmingCharacters(in: .whitespacesAndNewlines)). Rien n’est perdu : vos événements restent dans votre journal et la prochaine synchronisation réessaiera."
        case .pushRefused(let message):
            return "Le dépôt distant a refusé les changements après plusieurs essais : \(message.trimmingCharacters(in: .whitespacesAndNewlines)). Vos événements sont enregistrés localement ; synchronisez plus tard."
        case .busy(let path):
            return "Une autre synchronisation de \(path) est en cours ; attendez qu’elle se termine."
        case .sharedLogChanged(let file, let line):
            return "Rien n’a été envoyé : \(file) a changé à partir de la ligne \(line), dans une partie déjà partagée (modifiée, ou remplacée par une copie plus ancienne). L’envoyer cacherait des enregistrements à tous. Restaurez ce fichier (depuis une sauvegarde, ou par « git -C DOSSIER checkout HEAD -- \(file) »), puis « parcours verify » et synchronisez à nouveau."
        case .ownLogDamaged(let file, let line, let reason):
            return "Rien n’a été envoyé : \(file) ligne \(line), pas encore partagée, est endommagée (\(reason)). Lancez « parcours verify » ; restaurez la ligne depuis une sauvegarde avant de synchroniser."
        }
    }

    public var errorDescription: String? { description }
}

import Foundation
import ParcoursKit
import ParcoursDomain

/// What one sync did: sent, received, and everything a facilitator must know about.
public struct SyncReport: Sendable, Codable, Equatable {
    /// Events of this writer committed and sent.
    public var sent: Int = 0
    /// Events that arrived from other writers.
    public var received: Int = 0
    /// How many writers those events came from.
    public var writers: Int = 0
    /// Files git could not merge, resolved by keeping every line of both sides.
    public var unionMerged: [String] = []
    /// Files put aside (in `setaside/`) because they were not an extension of the shared version.
    public var setAside: [String] = []
    /// Folder-sync conflict copies found in `events/` (ignored by the reader).
    public var conflictCopies: [String] = []
    /// Conflicting changes involving what was sent or received (see `parcours conflicts`).
    public var newConflicts: Int = 0
    /// This sync replaced the shared history after an erasure.
    public var historyReplaced = false
    /// This sync adopted a shared history replaced after an erasure made elsewhere.
    public var historyAdopted = false

    public init() {}

    /// The report in plain words, one line per fact.
    public func lines(_ language: Language) -> [String] {
        let fr = language == .fr
        var lines: [String] = []
        if sent > 0 {
            lines.append(fr ? "\(Self.events(sent, fr)) envoyé\(sent > 1 ? "s" : "")." : "\(Self.events(sent, fr)) sent.")
        }
        if received > 0 {
            let writersText = fr ? "\(writers) rédacteur\(writers > 1 ? "s" : "")" : "\(writers) writer\(writers > 1 ? "s" : "")"
            lines.append(fr ? "\(Self.events(received, fr)) de \(writersText) reçu\(received > 1 ? "s" : "")."
                            : "\(Self.events(received, fr)) from \(writersText) received.")
        }
        if sent == 0 && received == 0 {
            lines.append(fr ? "Déjà à jour : rien à envoyer, rien de nouveau reçu." : "Up to date: nothing to send, nothing new received.")
        }
        for file in unionMerged {
            lines.append(fr ? "\(file) : git n’a pas pu fusionner ce fichier ; toutes les lignes des deux côtés ont été gardées."
                            : "\(file): git could not merge this file; every line of both sides was kept.")
        }
        for file in setAside {
            lines.append(fr ? "\(file) : cette copie locale ne prolongeait pas la version partagée ; elle est mise de côté dans setaside/."
                            : "\(file): this local copy did not extend the shared version; it was set aside in setaside/.")
        }
        for file in conflictCopies {
            lines.append(fr ? "\(file) : copie de conflit d’un outil de synchronisation, ignorée (elle peut être supprimée)."
                            : "\(file): a sync tool's conflict copy, ignored (it can be deleted).")
        }
        if historyReplaced {
            lines.append(fr ? "Après un effacement, l’historique partagé a été remplacé : ce qu’il contenait sur la personne n’y est plus. Sur le dépôt partagé, lancez « git gc --prune=now » pour en retirer les anciens objets ; chaque installation efface à sa prochaine synchronisation."
                            : "After an erasure, the shared history was replaced: what it held about the person is gone from it. On the shared repository, run `git gc --prune=now` to remove the old objects; every installation erases at its next sync.")
        }
        if historyAdopted {
            lines.append(fr ? "Un effacement fait ailleurs est appliqué ici : l’historique partagé remplacé a été repris, l’ancien oublié."
                            : "An erasure made elsewhere is applied here: the replaced shared history was taken up, the old one forgotten.")
        }
        if newConflicts > 0 {
            lines.append(fr ? "\(newConflicts) modification\(newConflicts > 1 ? "s" : "") en conflit : voir parcours conflicts."
                            : "\(newConflicts) conflicting change\(newConflicts > 1 ? "s" : ""): see parcours conflicts.")
        }
        return lines
    }

    /// "12 events" / "12 événements".
    static func events(_ count: Int, _ fr: Bool) -> String {
        fr ? "\(count) événement\(count > 1 ? "s" : "")" : "\(count) event\(count > 1 ? "s" : "")"
    }
}

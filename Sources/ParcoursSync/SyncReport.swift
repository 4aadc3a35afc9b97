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

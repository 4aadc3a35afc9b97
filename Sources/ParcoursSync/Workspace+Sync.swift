import Foundation
import ParcoursKit
import ParcoursDomain

extension Workspace {
    /// Whether this data directory is shared through git (`parcours sync init`).
    public var isShared: Bool { Sync.isConfigured(directory: directory) }
    /// The outcome of this installation's last sync, for the interface's status line.
    public var lastSync: SyncStatus? { SyncStatus.load(directory: directory) }
}

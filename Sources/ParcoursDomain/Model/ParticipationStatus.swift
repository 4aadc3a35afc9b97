/// Where a holder stands in one cohort.
///
/// Forward moves: candidat → retenu | non_retenu; retenu → inscrit; inscrit → en_cours | sorti;
/// en_cours → termine | sorti. To correct a slip, every move can be taken back one step
/// (e.g. termine → en_cours, non_retenu → candidat, sorti → en_cours or inscrit).
/// `transfere` is set only by a transfer to another cohort (never by hand): the holder
/// carries on elsewhere, which is not a drop-out.
public enum ParticipationStatus: String, CaseIterable, Sendable, Codable {
    case candidat, retenu
    case nonRetenu = "non_retenu"
    case inscrit
    case enCours = "en_cours"
    case termine, sorti
    case transfere

    /// Holders who are (or were) in the room: counted in attendance and reports.
    public var isTakingPart: Bool {
        switch self {
        case .inscrit, .enCours, .termine, .sorti, .transfere: true
        case .candidat, .retenu, .nonRetenu: false
        }
    }

    /// Still under way in this cohort: what a transfer moves elsewhere.
    public var isCurrent: Bool {
        switch self {
        case .candidat, .retenu, .inscrit, .enCours: true
        case .nonRetenu, .termine, .sorti, .transfere: false
        }
    }

    /// Statuses reachable going forward.
    public var forward: Set<ParticipationStatus> {
        switch self {
        case .candidat: [.retenu, .nonRetenu]
        case .retenu: [.inscrit]
        case .inscrit: [.enCours, .sorti]
        case .enCours: [.termine, .sorti]
        case .nonRetenu, .termine, .sorti, .transfere: []
        }
    }

    /// Whether moving from this status to `other` is allowed (forward, or back one step).
    public func canMove(to other: ParticipationStatus) -> Bool {
        forward.contains(other) || other.forward.contains(self)
    }
}

/// Where an idea stands in a Fabrique's work (domain.md §2.2, F15): a need detected on the
/// territory, retained by the steering committee, under opportunity study, looking for a
/// holder, with a holder identified — or set aside ("étudiés puis écartés faute de
/// potentiel"). Ordered as the work goes; a move may go back (an idea set aside revives).
public enum IdeaStatus: String, CaseIterable, Sendable, Codable {
    case detectee
    case retenue
    case enEtude = "en_etude"
    case recherchePorteur = "recherche_porteur"
    case porteurIdentifie = "porteur_identifie"
    case ecartee

    /// The next status on the way to a holder (nil at the end, or set aside).
    public var next: IdeaStatus? {
        switch self {
        case .detectee: .retenue
        case .retenue: .enEtude
        case .enEtude: .recherchePorteur
        case .recherchePorteur: .porteurIdentifie
        case .porteurIdentifie, .ecartee: nil
        }
    }

    /// The status before this one on the way (nil at the start; an idea set aside goes
    /// back to under study).
    public var previous: IdeaStatus? {
        switch self {
        case .detectee: nil
        case .retenue: .detectee
        case .enEtude: .retenue
        case .recherchePorteur: .enEtude
        case .porteurIdentifie: .recherchePorteur
        case .ecartee: .enEtude
        }
    }

    /// Whether an idea at this status went through the opportunity study (or beyond).
    public var isStudied: Bool { [.enEtude, .recherchePorteur, .porteurIdentifie].contains(self) }
}

/// One move of an idea's status, with why.
public struct IdeaStatusChange: Hashable, Sendable, Codable {
    public var date: Day
    public var from: IdeaStatus
    public var to: IdeaStatus
    public var author: String
    public var reason: String?

    public init(date: Day, from: IdeaStatus, to: IdeaStatus, author: String, reason: String? = nil) {
        self.date = date
        self.from = from
        self.to = to
        self.author = author
        self.reason = reason
    }
}

/// Who took an idea up, and the project it became.
public struct IdeaAdoption: Hashable, Sendable, Codable {
    public var holder: EntityID
    public var project: EntityID
    public var date: Day

    public init(holder: EntityID, project: EntityID, date: Day) {
        self.holder = holder
        self.project = project
        self.date = date
    }
}

/// An idea before its holder (a Fabrique's *piste*, *défi*, *sujet*): about a territory's
/// need, not a person — so it is never a holder and never counts as one. Adopted, it
/// becomes a holder's project and keeps its own history here (detection, source, need,
/// status moves), which the project's file shows.
public struct Idea: Hashable, Sendable, Codable, Identifiable {
    public var id: EntityID
    /// The programme (the Fabrique) that works on it.
    public var programme: EntityID
    public var title: String
    /// Where the need came from: a local authority, a survey, an inhabitants' meeting…
    public var source: String?
    /// The need it answers, in words.
    public var need: String?
    public var commune: String?
    public var status: IdeaStatus
    /// The day it was detected.
    public var detected: Day
    public var history: [IdeaStatusChange]
    public var adoption: IdeaAdoption?

    public init(id: EntityID, programme: EntityID, title: String, source: String? = nil, need: String? = nil,
                commune: String? = nil, status: IdeaStatus = .detectee, detected: Day,
                history: [IdeaStatusChange] = [], adoption: IdeaAdoption? = nil) {
        self.id = id
        self.programme = programme
        self.title = title
        self.source = source
        self.need = need
        self.commune = commune
        self.status = status
        self.detected = detected
        self.history = history
        self.adoption = adoption
    }

    /// The day the current status was reached.
    public var statusSince: Day { history.last?.date ?? detected }

    /// Its status at the end of `day` (its history replayed up to then).
    public func status(asOf day: Day) -> IdeaStatus {
        history.last { $0.date <= day }?.to ?? .detectee
    }

    /// Whether it went through the opportunity study by the end of `day`.
    public func wasStudied(by day: Day?) -> Bool {
        history.contains { change in change.to.isStudied && (day.map { change.date <= $0 } ?? true) }
    }

    /// This idea with its texts emptied (it went with an erased person's project); its
    /// statuses and their dates stay (they are what reports count).
    public var erased: Idea {
        var idea = self
        idea.title = ""
        idea.source = nil
        idea.need = nil
        idea.commune = nil
        idea.history = history.map { var change = $0; change.reason = nil; return change }
        return idea
    }
}

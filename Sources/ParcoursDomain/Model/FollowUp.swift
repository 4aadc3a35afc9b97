/// What a holder says of their project's activity when re-contacted after the
/// programme (domain.md F21, §4.3): the four answers a follow-up records.
public enum FollowUpActivity: String, CaseIterable, Sendable, Codable {
    /// The activity runs (the structure trades, the place is open).
    case operationnelle
    /// Still being built: not yet operating, not given up.
    case enDeveloppement = "en_developpement"
    /// The activity stopped (or never started and was given up).
    case cessee
    /// Nobody answered: nothing is known, so it is counted apart, never as active or ceased.
    case injoignable

    /// Operating or still being developed: what survival counts as "still active".
    public var isActive: Bool { self == .operationnelle || self == .enDeveloppement }
}

/// A follow-up wave: months after the end of a holder's participation ("6m", "1y", "3y").
public enum FollowUpWave {
    /// The longest wave, a hundred years (as the retention period).
    public static let longest = 1200

    /// The wave as the log and the JSON name it: "1y" for whole years, else "18m".
    public static func id(_ months: Int) -> String {
        months % 12 == 0 ? "\(months / 12)y" : "\(months)m"
    }
}

/// One follow-up of a project at one wave: what was found, when, by whom.
public struct FollowUp: Hashable, Sendable, Codable {
    /// Months after the end of the participation (the wave).
    public var wave: Int
    public var activity: FollowUpActivity
    /// Jobs the activity created (people employed thanks to it), as said then.
    public var jobsCreated: Int?
    /// Jobs it kept (already there, still there), as said then.
    public var jobsKept: Int?
    /// The legal structure the project registered, by name ("SCIC Les Collines").
    public var structure: String?
    /// The day the holder was reached (or tried).
    public var date: Day
    public var note: String?
    public var author: String

    public init(wave: Int, activity: FollowUpActivity, jobsCreated: Int? = nil, jobsKept: Int? = nil,
                structure: String? = nil, date: Day, note: String? = nil, author: String) {
        self.wave = wave
        self.activity = activity
        self.jobsCreated = jobsCreated
        self.jobsKept = jobsKept
        self.structure = structure
        self.date = date
        self.note = note
        self.author = author
    }

    /// Without the free text about the person's project (an erasure). A structure's name
    /// becomes empty, not absent: that a structure was registered is a figure, and
    /// figures stay.
    public var erased: FollowUp {
        var record = self
        record.structure = structure == nil ? nil : ""
        record.note = nil
        return record
    }

    /// The same finding, whoever wrote it and whatever the note (what a re-record must change).
    func sameFinding(as other: FollowUp) -> Bool {
        var mine = self
        mine.author = other.author
        return mine == other
    }
}

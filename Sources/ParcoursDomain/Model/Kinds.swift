// Small closed vocabularies. Raw values are the ASCII ids written in logs;
// labels come from `Catalog`.

/// What a session is.
public enum SessionKind: String, CaseIterable, Sendable, Codable {
    case atelier, individuel, bilan, visite, reunion
}

/// Whether a session is still to come, took place, or was called off.
public enum SessionStatus: String, CaseIterable, Sendable, Codable {
    case planned, held, cancelled
}

/// An attendance mark. Excused is left out of rates.
public enum Mark: String, CaseIterable, Sendable, Codable {
    case present, absent, excuse
}

/// How a holder attended.
public enum AttendanceMode: String, CaseIterable, Sendable, Codable {
    case inPerson = "in_person"
    case remote
}

/// The part an organisation plays.
public enum OrganisationKind: String, CaseIterable, Sendable, Codable {
    case `operator`, partner, funder, prescriber, venue, other
}

/// Who carries a project: a person, a citizen collective or an existing structure.
public enum HolderKind: String, CaseIterable, Sendable, Codable {
    case person, collective, structure
}

/// A staff member's role in a cohort.
public enum StaffRole: String, CaseIterable, Sendable, Codable {
    case coordinator, referent, facilitator, intervenant
}

/// A cohort's life: planned → recruiting → running → closed.
public enum CohortStatus: String, CaseIterable, Sendable, Codable {
    case planned, recruiting, running, closed
}

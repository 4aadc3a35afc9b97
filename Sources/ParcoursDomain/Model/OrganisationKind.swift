/// The part an organisation plays.
public enum OrganisationKind: String, CaseIterable, Sendable, Codable {
    case `operator`, partner, funder, prescriber, venue, other
}

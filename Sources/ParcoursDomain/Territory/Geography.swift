import Foundation

/// A commune of the official geographic code (INSEE's COG): its code, its official name,
/// the intercommunality (EPCI) it belongs to, its département and its postal codes.
public struct GeoCommune: Hashable, Sendable {
    /// The INSEE code, five characters ("07010", "2A004").
    public var code: String
    public var name: String
    /// The SIREN of its EPCI à fiscalité propre (nil for the few island communes without one).
    public var epci: String?
    public var departement: String
    public var postalCodes: [String]

    public init(code: String, name: String, epci: String?, departement: String, postalCodes: [String]) {
        self.code = code
        self.name = name
        self.epci = epci
        self.departement = departement
        self.postalCodes = postalCodes
    }
}

/// A former commune (commune déléguée or associée) or a municipal arrondissement: a name
/// people still give, read as the commune it now belongs to.
public struct GeoFormerCommune: Hashable, Sendable {
    public var code: String
    public var name: String
    /// The code of the commune it belongs to.
    public var commune: String

    public init(code: String, name: String, commune: String) {
        self.code = code
        self.name = name
        self.commune = commune
    }
}

/// An intercommunality, a département or a région: a code and a name, and what it
/// belongs to (a département's région).
public struct GeoArea: Hashable, Sendable {
    public var level: TerritoryLevel
    public var code: String
    public var name: String
    /// A département's région code; an EPCI's nature (CC, CA, CU, ME).
    public var parent: String?

    public init(level: TerritoryLevel, code: String, name: String, parent: String? = nil) {
        self.level = level
        self.code = code
        self.name = name
        self.parent = parent
    }
}

/// The levels of the territory a report groups by (domain.md F30).
public enum TerritoryLevel: String, CaseIterable, Sendable, Codable {
    case commune, epci, departement, region
}

/// The official geographic code as data the domain is given (the workspace loads it from
/// the files shipped with Parcours; the domain reads no file): communes with their EPCI,
/// département and région, and the names and codes that lead to them. Immutable once
/// built, shared by reference; `Geography.none` knows nothing (communes then stay free
/// text, as in logs written before the list shipped).
public final class Geography: Sendable, Hashable {
    /// Where the tables come from, e.g. "COG 2025".
    public let edition: String
    public let communes: [String: GeoCommune]
    public let formerCommunes: [String: GeoFormerCommune]
    public let epcis: [String: GeoArea]
    public let departements: [String: GeoArea]
    public let regions: [String: GeoArea]
    /// Commune codes by the key of a current name.
    let byName: [String: [String]]
    /// Commune codes by the key of a former commune's or an arrondissement's name, or of a
    /// name without its article.
    let byFormerName: [String: [String]]
    let byPostalCode: [String: [String]]
    /// Every name key (current and former) with its length, for suggestions.
    let nameKeys: [(key: [UInt8], name: String)]

    public init(edition: String, communes: [GeoCommune], formerCommunes: [GeoFormerCommune] = [],
                epcis: [GeoArea] = [], departements: [GeoArea] = [], regions: [GeoArea] = []) {
        self.edition = edition
        self.communes = Dictionary(communes.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        self.formerCommunes = Dictionary(formerCommunes.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        self.epcis = Dictionary(epcis.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        self.departements = Dictionary(departements.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        self.regions = Dictionary(regions.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        var byName: [String: [String]] = [:], byFormerName: [String: [String]] = [:], byPostalCode: [String: [String]] = [:]
        var keys: [(key: [UInt8], name: String)] = []
        for commune in communes {
            let key = CommuneKey.of(commune.name)
            if byName[key] == nil { keys.append((Array(key.utf8), commune.name)) }
            byName[key, default: []].append(commune.code)
            for postal in commune.postalCodes { byPostalCode[postal, default: []].append(commune.code) }
        }
        // "Havre" for "Le Havre": the name without its article, as the COG files it and
        // people often type it, when no commune bears it whole.
        for commune in communes {
            let key = CommuneKey.of(commune.name)
            guard let article = ["le ", "la ", "les ", "l ", "aux ", "las ", "los "].first(where: key.hasPrefix) else { continue }
            let bare = String(key.dropFirst(article.count))
            if !(byFormerName[bare] ?? []).contains(commune.code) { byFormerName[bare, default: []].append(commune.code) }
        }
        for former in formerCommunes where self.communes[former.commune] != nil {
            let key = CommuneKey.of(former.name)
            if byName[key] == nil, byFormerName[key] == nil { keys.append((Array(key.utf8), former.name)) }
            if !(byFormerName[key] ?? []).contains(former.commune) { byFormerName[key, default: []].append(former.commune) }
        }
        self.byName = byName
        self.byFormerName = byFormerName
        self.byPostalCode = byPostalCode
        self.nameKeys = keys
    }

    /// Knows nothing: every commune is free text.
    public static let none = Geography(edition: "", communes: [])

    public var isEmpty: Bool { communes.isEmpty }

    public static func == (a: Geography, b: Geography) -> Bool { a === b }
    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }

    // MARK: What a commune belongs to

    public func epci(of commune: GeoCommune) -> GeoArea? { commune.epci.flatMap { epcis[$0] } }
    public func departement(of commune: GeoCommune) -> GeoArea? { departements[commune.departement] }
    public func region(of commune: GeoCommune) -> GeoArea? {
        departement(of: commune)?.parent.flatMap { regions[$0] }
    }

    /// The area of `level` a commune lies in (the commune itself at `.commune`).
    public func area(_ level: TerritoryLevel, of commune: GeoCommune) -> GeoArea? {
        switch level {
        case .commune: GeoArea(level: .commune, code: commune.code, name: commune.name, parent: commune.departement)
        case .epci: epci(of: commune)
        case .departement: departement(of: commune)
        case .region: region(of: commune)
        }
    }

    /// "Saint-Félicien (07)": the name with its département, as homonyms are told apart.
    public func label(_ commune: GeoCommune) -> String { "\(commune.name) (\(commune.departement))" }

    /// The commune a holder's or project's recorded commune stands for: its code when it
    /// has one, else the text when it names one commune only (logs written before codes
    /// were kept). Nil when neither says.
    public func commune(code: String?, text: String?) -> GeoCommune? {
        if let code, let known = communes[code] { return known }
        guard let text, !text.isEmpty, !isEmpty else { return nil }
        if case .found(let commune) = resolve(text, suggest: false) { return commune }
        return nil
    }
}

/// What a typed territory names: a région, a département, an intercommunality or a commune.
public enum AreaResolution: Hashable, Sendable {
    case found(GeoArea)
    case ambiguous([GeoArea])
    case unknown(suggestions: [GeoArea])
}

extension GeoArea {
    /// How an area is written in a log: "departement:07", "epci:200072015", "region:84",
    /// "commune:07010".
    public var key: String { "\(level.rawValue):\(code)" }
}

extension Geography {
    /// The area a stored key names ("departement:07"), nil when this edition lacks it.
    public func area(key: String) -> GeoArea? {
        guard let colon = key.firstIndex(of: ":"), let level = TerritoryLevel(rawValue: String(key[..<colon])) else { return nil }
        let code = String(key[key.index(after: colon)...])
        switch level {
        case .commune: return communes[code].map { GeoArea(level: .commune, code: $0.code, name: $0.name, parent: $0.departement) }
        case .epci: return epcis[code]
        case .departement: return departements[code]
        case .region: return regions[code]
        }
    }

    /// Resolves a typed territory at `level`, or at any level when nil: a code (a
    /// département's "07", an EPCI's SIREN, a commune's INSEE code; a région by name or
    /// "region 84") or a name, in any case and accents. An EPCI may be named without
    /// its kind ("Annonay Rhône Agglo"). At any level, the larger area wins a tie of
    /// names (a département over its namesake commune: "Paris", "Mayenne").
    public func resolveArea(_ typed: String, level: TerritoryLevel? = nil) -> AreaResolution {
        let text = typed.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { return .unknown(suggestions: []) }
        let levels: [TerritoryLevel] = level.map { [$0] } ?? [.region, .departement, .epci, .commune]
        let upper = text.uppercased()
        for level in levels {
            switch level {
            case .region:
                let code = upper.hasPrefix("REGION ") ? String(upper.dropFirst(7)) : upper
                if levels == [.region] || upper.hasPrefix("REGION "), let area = regions[code] { return .found(area) }
            case .departement:
                if Self.isDepartementCode(upper), let area = departements[upper] { return .found(area) }
            case .epci:
                if upper.count == 9, upper.allSatisfy(\.isNumber), let area = epcis[upper] { return .found(area) }
            case .commune:
                if Self.isCode(upper), let commune = communes[upper] {
                    return .found(GeoArea(level: .commune, code: commune.code, name: commune.name, parent: commune.departement))
                }
            }
        }
        let key = CommuneKey.of(text)
        for level in levels {
            let found: [GeoArea]
            switch level {
            case .region: found = regions.values.filter { CommuneKey.of($0.name) == key }
            case .departement: found = departements.values.filter { CommuneKey.of($0.name) == key }
            case .epci:
                let exact = epcis.values.filter { CommuneKey.of($0.name) == key }
                found = exact.isEmpty ? epcis.values.filter { Self.endsWithWords(CommuneKey.of($0.name), key) } : exact
            case .commune:
                switch resolve(text) {
                case .found(let c): found = [GeoArea(level: .commune, code: c.code, name: c.name, parent: c.departement)]
                case .ambiguous(let cs): found = cs.map { GeoArea(level: .commune, code: $0.code, name: $0.name, parent: $0.departement) }
                case .unknown: found = []
                }
            }
            if found.count == 1 { return .found(found[0]) }
            if found.count > 1 { return .ambiguous(found.sorted { $0.code < $1.code }) }
        }
        // Closest first whatever the level (a typo in a département's name before the
        // régions that merely contain the text), then larger areas, then by name.
        var close: [(score: Int, rank: Int, area: GeoArea)] = []
        for (rank, level) in levels.enumerated() {
            let pool: [GeoArea]
            switch level {
            case .region: pool = Array(regions.values)
            case .departement: pool = Array(departements.values)
            case .epci: pool = Array(epcis.values)
            case .commune:
                pool = self.suggestions(for: key, qualifier: nil).map { GeoArea(level: .commune, code: $0.code, name: $0.name, parent: $0.departement) }
            }
            let typed = Array(key.utf8)
            let allowed = max(1, min(3, typed.count / 4))
            for area in pool {
                let distance = Self.distance(typed, Array(CommuneKey.of(area.name).utf8), limit: allowed)
                if distance <= allowed {
                    close.append((distance, rank, area))
                } else if level == .commune || (typed.count >= 4 && CommuneKey.of(area.name).contains(key)) {
                    close.append((allowed + 1, rank, area))
                }
            }
        }
        close.sort { ($0.score, $0.rank, $0.area.name, $0.area.code) < ($1.score, $1.rank, $1.area.name, $1.area.code) }
        return .unknown(suggestions: close.prefix(5).map(\.area))
    }

    /// Whether `name`'s last words are `words` ("communaute d agglomeration annonay rhone
    /// agglo" ends with "annonay rhone agglo").
    static func endsWithWords(_ name: String, _ words: String) -> Bool {
        name == words || name.hasSuffix(" " + words)
    }

    /// The communes of an area (a commune: itself).
    public func communes(in area: GeoArea) -> [GeoCommune] {
        switch area.level {
        case .commune: communes[area.code].map { [$0] } ?? []
        case .epci: communes.values.filter { $0.epci == area.code }
        case .departement: communes.values.filter { $0.departement == area.code }
        case .region: communes.values.filter { departements[$0.departement]?.parent == area.code }
        }
    }

    /// Whether a commune lies in an area.
    public func contains(_ area: GeoArea, _ commune: GeoCommune) -> Bool {
        switch area.level {
        case .commune: commune.code == area.code
        case .epci: commune.epci == area.code
        case .departement: commune.departement == area.code
        case .region: departements[commune.departement]?.parent == area.code
        }
    }
}

// Communes by their official code, partner roles from the list, a programme's type and
// territory (domain.md F27, F30).

extension Decider {
    /// The commune a person typed, as the official geographic code names it: its official
    /// name and INSEE code. Refused when the code knows no such commune (the closest
    /// suggested) or several (the département tells them apart). Without the geographic
    /// code (`Geography.none`) the text is kept as typed, without a code. Nil for nothing.
    func commune(_ typed: String?) throws(DomainError) -> (name: String, code: String?)? {
        guard let text = try optional(typed, .commune) else { return nil }
        let geography = context.geography()
        guard !geography.isEmpty else { return (text, nil) }
        switch geography.resolve(text) {
        case .found(let commune): return (commune.name, commune.code)
        case .ambiguous(let communes): throw .ambiguousCommune(text, candidates: communes.prefix(12).map(geography.label))
        case .unknown(let suggestions): throw .unknownCommune(text, suggestions: suggestions.map(geography.label))
        }
    }

    /// A partner's role from the list, by its id or its French or English label.
    func partnerRole(_ typed: String) throws(DomainError) -> String {
        let text = try InputRules.text(typed, .role)
        guard let role = PartnerRole.parse(text) else {
            throw .unknownPartnerRole(text, roles: PartnerRole.allCases.map(\.rawValue))
        }
        return role.rawValue
    }

    /// The changes a programme edit makes to its type and territory.
    func programmeTerritoryChanges(_ edit: ProgrammeEdit) throws(DomainError) -> [(ProgrammeField, FieldValue?)] {
        var wanted: [(ProgrammeField, FieldValue?)] = []
        if let typed = edit.type {
            let text = try InputRules.text(typed, .role)
            if text.isEmpty {
                wanted.append((.type, nil))
            } else if let type = ProgrammeType.parse(text) {
                wanted.append((.type, .text(type.rawValue)))
            } else {
                throw .unknownProgrammeType(text, types: ProgrammeType.allCases.map(\.rawValue))
            }
        }
        if let areas = edit.territory {
            var keys: [String] = []
            for typed in areas {
                let text = try InputRules.text(typed, .commune)
                guard !text.isEmpty else { continue }
                let key = try area(text).key
                if !keys.contains(key) { keys.append(key) }
            }
            wanted.append((.territory, keys.isEmpty ? nil : .list(keys)))
        }
        return wanted
    }

    /// A territory as typed: a région, a département, an intercommunality or a commune.
    func area(_ text: String) throws(DomainError) -> GeoArea {
        let geography = context.geography()
        switch geography.resolveArea(text) {
        case .found(let area): return area
        case .ambiguous(let areas): throw .ambiguousTerritory(text, candidates: areas.prefix(12).map { Self.areaLabel($0) })
        case .unknown(let suggestions): throw .unknownTerritory(text, suggestions: suggestions.map { Self.areaLabel($0) })
        }
    }

    static func areaLabel(_ area: GeoArea) -> String {
        switch area.level {
        case .commune: "\(area.name) (\(area.parent ?? ""))"
        default: "\(area.name) (\(area.code))"
        }
    }
}

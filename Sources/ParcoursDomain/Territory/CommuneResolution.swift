/// What a typed commune names in the official geographic code.
public enum CommuneResolution: Hashable, Sendable {
    /// One commune.
    case found(GeoCommune)
    /// Several communes bear that name (or postal code): the département tells them apart.
    case ambiguous([GeoCommune])
    /// None: the closest names, best first (possibly none).
    case unknown(suggestions: [GeoCommune])
}

extension Geography {
    /// Resolves what a person typed: an INSEE code ("07010"), a postal code ("07100"), or a
    /// name with or without its département or postal code ("St Félicien", "Saint-Félicien
    /// (07)", "Annonay 07100", "07100 Annonay"). A former commune's name (a commune
    /// déléguée, an arrondissement) leads to the commune it belongs to, unless a current
    /// commune bears that name.
    public func resolve(_ typed: String, suggest: Bool = true) -> CommuneResolution {
        let text = typed.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { return .unknown(suggestions: []) }
        if Self.isCode(text) {
            if let commune = communes[text.uppercased()] { return .found(commune) }
            if let former = formerCommunes[text.uppercased()], let commune = communes[former.commune] { return .found(commune) }
            let postal = byPostalCode[text] ?? []
            return decided(postal.compactMap { communes[$0] }, suggestions: [])
        }
        let (name, qualifier) = Self.split(text)
        let key = CommuneKey.of(name)
        var codes = byName[key] ?? []
        if let qualifier { codes = codes.filter { admits(communes[$0], qualifier) } }
        if codes.isEmpty {
            codes = (byFormerName[key] ?? []).filter { qualifier == nil || admits(communes[$0], qualifier!) }
        }
        if !codes.isEmpty { return decided(codes.compactMap { communes[$0] }, suggestions: []) }
        return .unknown(suggestions: suggest ? suggestions(for: key, qualifier: qualifier) : [])
    }

    private func decided(_ found: [GeoCommune], suggestions: [GeoCommune]) -> CommuneResolution {
        let sorted = found.sorted { ($0.departement, $0.code) < ($1.departement, $1.code) }
        switch sorted.count {
        case 0: return .unknown(suggestions: suggestions)
        case 1: return .found(sorted[0])
        default: return .ambiguous(sorted)
        }
    }

    /// A five-character code: digits, or 2A / 2B for Corsica.
    static func isCode(_ text: String) -> Bool {
        let u = Array(text.uppercased().utf8)
        guard u.count == 5 else { return false }
        let digit = { (b: UInt8) in b >= 0x30 && b <= 0x39 }
        return digit(u[0]) && (digit(u[1]) || u[1] == UInt8(ascii: "A") || u[1] == UInt8(ascii: "B"))
            && u[2...].allSatisfy(digit)
    }

    /// A département code ("07", "2A", "974").
    static func isDepartementCode(_ text: String) -> Bool {
        let u = Array(text.uppercased().utf8)
        let digit = { (b: UInt8) in b >= 0x30 && b <= 0x39 }
        switch u.count {
        case 2: return digit(u[0]) && (digit(u[1]) || (u[0] == UInt8(ascii: "2") && (u[1] == UInt8(ascii: "A") || u[1] == UInt8(ascii: "B"))))
        case 3: return u.allSatisfy(digit) && u[0] == UInt8(ascii: "9") && u[1] == UInt8(ascii: "7")
        default: return false
        }
    }

    /// The name and what narrows it: "(07)", "(Ardèche)", " 07100", "07100 " before it.
    static func split(_ text: String) -> (name: String, qualifier: String?) {
        var name = Substring(text)
        if name.hasSuffix(")"), let open = name.lastIndex(of: "(") {
            let inside = name[name.index(after: open)..<name.index(before: name.endIndex)]
            return (String(name[..<open]).trimmingCharacters(in: .whitespaces), inside.trimmingCharacters(in: .whitespaces))
        }
        let words = name.split(separator: " ")
        if words.count > 1, let last = words.last, isCode(String(last)) || isDepartementCode(String(last)) {
            name = name[..<last.startIndex]
            return (String(name).trimmingCharacters(in: .whitespaces), String(last))
        }
        if words.count > 1, let first = words.first, isCode(String(first)) {
            return (String(name[first.endIndex...]).trimmingCharacters(in: .whitespaces), String(first))
        }
        return (text, nil)
    }

    /// Whether a commune fits a qualifier: its département (code or name) or a postal code.
    func admits(_ commune: GeoCommune?, _ qualifier: String) -> Bool {
        guard let commune else { return false }
        let q = qualifier.uppercased()
        if Self.isDepartementCode(q) { return commune.departement == q }
        if Self.isCode(q) { return commune.postalCodes.contains(q) }
        let key = CommuneKey.of(qualifier)
        return departements[commune.departement].map { CommuneKey.of($0.name) == key } ?? false
    }

    /// The communes whose name is closest to `key` (at most a few letters apart, or
    /// starting with it), best first: what a person meant by a typo.
    func suggestions(for key: String, qualifier: String?, limit: Int = 5) -> [GeoCommune] {
        let typed = Array(key.utf8)
        guard !typed.isEmpty else { return [] }
        let allowed = max(1, min(3, typed.count / 4))
        var scored: [(distance: Int, name: String, code: String)] = []
        for entry in nameKeys {
            var distance: Int?
            if typed.count >= 4, entry.key.count > typed.count, entry.key.starts(with: typed) {
                distance = allowed
            } else if abs(entry.key.count - typed.count) <= allowed {
                let d = Self.distance(typed, entry.key, limit: allowed)
                if d <= allowed { distance = d }
            }
            guard let distance else { continue }
            let entryKey = String(decoding: entry.key, as: UTF8.self)
            let codes = (byName[entryKey] ?? byFormerName[entryKey] ?? [])
                .filter { qualifier == nil || admits(communes[$0], qualifier!) }
            for code in codes { scored.append((distance, entry.name, code)) }
        }
        scored.sort { ($0.distance, $0.name, $0.code) < ($1.distance, $1.name, $1.code) }
        var seen = Set<String>()
        return scored.compactMap { seen.insert($0.code).inserted ? communes[$0.code] : nil }.prefix(limit).map { $0 }
    }

    /// Damerau–Levenshtein (optimal string alignment) distance, stopping early once every
    /// cell of a row exceeds `limit`.
    static func distance(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int {
        if a == b { return 0 }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var before = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var best = current[0]
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { value = min(value, before[j - 2] + 1) }
                current[j] = value
                best = min(best, value)
            }
            if best > limit { return best }
            (before, previous, current) = (previous, current, before)
        }
        return previous[b.count]
    }
}

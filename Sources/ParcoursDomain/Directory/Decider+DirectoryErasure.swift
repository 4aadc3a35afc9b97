extension Decider {
    /// Erases a person of the directory (RGPD art. 17, the same receipt as a holder's):
    /// refused when the reason quotes them.
    mutating func erase(person: Person, reason r: String) throws(DomainError) -> Message {
        guard state.erasures.holders[person.id] == nil else { throw .personErased(number: state.erasures.holders[person.id]!) }
        let reason = try InputRules.text(r, .note)
        if reason.isEmpty { throw .emptyName(.note) }
        let folded = NameKey.of(reason)
        var personal = [person.email, person.phone].compactMap { $0 }
        personal += person.name.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "'" || $0 == "’" })
            .map(String.init).filter { $0.count >= 3 }
        for value in personal where !value.isEmpty {
            let key = NameKey.of(value)
            if !key.isEmpty, " \(folded) ".contains(" \(key) ") || (key.count >= 6 && folded.contains(key)) {
                throw .reasonHoldsPersonalData
            }
        }
        events.append(.personErased(ErasurePayload(action: action, holder: person.id, reason: reason)))
        return .erased(number: state.erasures.holders.count + 1)
    }
}

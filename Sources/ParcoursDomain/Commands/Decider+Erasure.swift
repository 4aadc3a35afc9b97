import Foundation

extension Decider {
    /// Erases a person (RGPD art. 17). Refused when the reason quotes them: the receipt
    /// stays in the log forever and must hold no personal data.
    mutating func erase(holder h: String, reason r: String) throws(DomainError) -> Message {
        let holder = try resolver.holder(h)
        let reason = try InputRules.text(r, .note)
        if reason.isEmpty { throw .emptyName(.note) }
        let folded = NameKey.of(reason)
        var personal = [holder.email, holder.phone].compactMap { $0 }
        personal += holder.name.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "'" || $0 == "’" })
            .map(String.init).filter { $0.count >= 3 }
        personal += state.projects(holder: holder.id).map(\.title)
        for value in personal where !value.isEmpty {
            let key = NameKey.of(value)
            if !key.isEmpty, " \(folded) ".contains(" \(key) ") || (key.count >= 6 && folded.contains(key)) {
                throw .reasonHoldsPersonalData
            }
        }
        events.append(.personErased(ErasurePayload(action: action, holder: holder.id, reason: reason)))
        return .erased(number: state.erasures.holders.count + 1)
    }
}

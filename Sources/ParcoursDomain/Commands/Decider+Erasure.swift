import Foundation

extension Decider {
    /// Erases a person (RGPD art. 17). Refused when the reason quotes them: the receipt
    /// stays in the log forever and must hold no personal data.
    mutating func erase(holder h: String, reason r: String) throws(DomainError) -> Message {
        // A holder removed as entered by mistake still has data to erase: by id.
        let holder: Holder
        if let removed = state.removedHolders[h.trimmingCharacters(in: .whitespaces)], state.erasures.holders[removed.holder.id] == nil {
            holder = removed.holder
        } else {
            do {
                holder = try resolver.holder(h)
            } catch {
                // Not a holder: a person of the directory (a facilitator) has the same right.
                guard case .notFound = error, let person = try? resolver.person(h) else { throw error }
                return try erase(person: person, reason: r)
            }
        }
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

    mutating func setRetention(months: Int) throws(DomainError) -> Message {
        guard (1...1200).contains(months) else { throw .invalidRetention(months: months) }
        var settings = state.settings
        settings.retentionMonths = months
        events.append(.settingsChanged(SettingsPayload(action: action, settings: settings, previous: state.settings)))
        return .retentionSet(months: months)
    }

    mutating func applyRetention(months: Int?) throws(DomainError) -> Message {
        let period = months ?? state.retentionMonths
        guard (1...1200).contains(period) else { throw .invalidRetention(months: period) }
        let candidates = state.retentionCandidates(months: period, today: context.today)
        guard !candidates.isEmpty else { throw .nobodyPastRetention(months: period) }
        for candidate in candidates {
            events.append(.personErased(ErasurePayload(
                action: action, holder: candidate.holder.id,
                reason: "durée de conservation dépassée (\(period) mois) / retention period passed (\(period) months)")))
        }
        return .retentionApplied(count: candidates.count, months: period)
    }
}

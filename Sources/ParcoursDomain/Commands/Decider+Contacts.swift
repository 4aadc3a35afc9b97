// The people at organisations (domain.md F27): a contact holds a position from one day to
// another; they are personal data, corrected by an edit and erased for good on request.

extension Decider {
    mutating func addContact(organisation reference: String, _ draft: ContactDraft) throws(DomainError) -> Message {
        let organisation = try resolver.organisation(reference)
        let name = try self.name(draft.name, .staffName, .contact)
        let contact = Contact(id: context.newID(), organisation: organisation.id, name: name,
                              role: try optional(draft.role, .role), email: try optional(draft.email, .email),
                              phone: try optional(draft.phone, .phone), from: draft.from, to: draft.to)
        if let from = contact.from, let to = contact.to, to < from {
            throw .contactEndsBeforeStart(name: name, from: from, to: to)
        }
        events.append(.contactAdded(EntityPayload(action: action, entity: contact)))
        return .contactAdded(name: name, organisation: organisation.name)
    }

    mutating func editContact(organisation reference: String, contact c: String, _ edit: ContactEdit) throws(DomainError) -> Message {
        let (organisation, contact) = try self.contact(reference, c)
        var wanted: [(ContactField, FieldValue?)] = []
        if let name = edit.name { wanted.append((.name, .text(try self.name(name, .staffName, .contact)))) }
        if let role = edit.role { wanted.append((.role, .maybe(try optional(role, .role)))) }
        if let email = edit.email { wanted.append((.email, .maybe(try optional(email, .email)))) }
        if let phone = edit.phone { wanted.append((.phone, .maybe(try optional(phone, .phone)))) }
        if let from = edit.from { wanted.append((.from, from.map(FieldValue.day))) }
        if let to = edit.to { wanted.append((.to, to.map(FieldValue.day))) }
        let changed = try changes(contact, wanted, .contact, name: contact.name)
        let after = applying(changed, to: contact)
        if let from = after.from, let to = after.to, to < from { throw .contactEndsBeforeStart(name: after.name, from: from, to: to) }
        events.append(.contactEdited(EditPayload(action: action, id: contact.id, changes: changed)))
        return .edited(.contact, name: after.name + " (\(organisation.name))", fields: changed.map(\.field.rawValue))
    }

    mutating func removeContact(organisation reference: String, contact c: String) throws(DomainError) -> Message {
        let (organisation, contact) = try self.contact(reference, c)
        events.append(.contactRemoved(EntityPayload(action: action, entity: contact)))
        return .contactRemoved(name: contact.name, organisation: organisation.name)
    }

    /// Erases a contact for good. Refused when the reason quotes them (the receipt stays).
    mutating func eraseContact(organisation reference: String, contact c: String, reason r: String) throws(DomainError) -> Message {
        let (organisation, contact) = try self.contact(reference, c)
        let reason = try InputRules.text(r, .note)
        if reason.isEmpty { throw .emptyName(.note) }
        let folded = NameKey.of(reason)
        var personal = [contact.email, contact.phone].compactMap { $0 }
        personal += contact.name.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "'" || $0 == "’" })
            .map(String.init).filter { $0.count >= 3 }
        for value in personal where !value.isEmpty {
            let key = NameKey.of(value)
            if !key.isEmpty, " \(folded) ".contains(" \(key) ") || (key.count >= 6 && folded.contains(key)) {
                throw .reasonHoldsPersonalData
            }
        }
        events.append(.contactErased(ContactErasurePayload(action: action, contact: contact.id,
                                                           organisation: organisation.id, reason: reason)))
        return .contactErased(organisation: organisation.name)
    }

    /// The organisation and one of its contacts (not erased), by name or id.
    func contact(_ organisation: String, _ reference: String) throws(DomainError) -> (Organisation, Contact) {
        let organisation = try resolver.organisation(organisation)
        let contacts = state.contacts.values.filter { $0.organisation == organisation.id && !state.erasures.contacts.contains($0.id) }
        let text = reference.trimmingCharacters(in: .whitespacesAndNewlines)
        if let byID = contacts.first(where: { $0.id == text }) { return (organisation, byID) }
        let key = NameKey.of(text)
        let named = contacts.filter { NameKey.of($0.name) == key }
        if named.count == 1 { return (organisation, named[0]) }
        if named.count > 1 {
            throw .ambiguous(.contact, reference: text, candidates: named.map { Candidate(name: $0.name, id: $0.id) }.sorted { $0.id < $1.id })
        }
        let prefixed = text.count >= 4 ? contacts.filter { $0.id.hasPrefix(text) } : []
        if prefixed.count == 1 { return (organisation, prefixed[0]) }
        throw .contactNotFound(organisation: organisation.name, reference: text, contacts: contacts.map(\.name).sorted())
    }
}

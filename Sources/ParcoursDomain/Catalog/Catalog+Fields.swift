extension Catalog {
    /// An edit in words: "Porteur Léa Martin modifié : courriel (vide) → « lea@exemple.fr »".
    static func edited<F: EntityField>(_ kind: EntityKind, _ name: String, _ changes: [FieldChange<F>],
                                       _ names: Names, _ l: Language) -> String {
        let parts = changes.map { change in
            "\(fieldLabel(change.field.rawValue, of: kind, l)) \(fieldValue(change.from, change.field.rawValue, names, l))"
                + " → \(fieldValue(change.to, change.field.rawValue, names, l))"
        }.joined(separator: pick(l, " ; ", "; "))
        let what = capitalised(label(kind, l))
        return pick(l, "\(what) « \(name) » modifié : \(parts)", "\(what) “\(name)” changed: \(parts)")
    }

    /// The changes an edit made, one line per field ("courriel : (vide) → « lea@… »").
    public static func changeLines(_ event: DomainEvent, in state: State, language l: Language,
                                   geography: @escaping () -> Geography? = { nil }) -> [String] {
        let names = Names(state: state, geography: geography)
        func lines<F: EntityField>(_ kind: EntityKind, _ changes: [FieldChange<F>]) -> [String] {
            changes.map { change in
                fieldLabel(change.field.rawValue, of: kind, l) + pick(l, " : ", ": ")
                    + "\(fieldValue(change.from, change.field.rawValue, names, l)) → \(fieldValue(change.to, change.field.rawValue, names, l))"
            }
        }
        switch event {
        case .holderEdited(let p): return lines(.holder, p.changes)
        case .projectEdited(let p): return lines(.project, p.changes)
        case .programmeEdited(let p): return lines(.programme, p.changes)
        case .cohortEdited(let p): return lines(.cohort, p.changes)
        case .organisationEdited(let p): return lines(.organisation, p.changes)
        case .personEdited(let p): return lines(.person, p.changes)
        case .venueEdited(let p): return lines(.venue, p.changes)
        default: return [describe(event, in: state, language: l, geography: geography)]
        }
    }

    /// An edited field's name ("courriel", "e-mail"), from its name in the log.
    public static func fieldLabel(_ field: String, of kind: EntityKind, _ l: Language) -> String {
        switch (kind, field) {
        case (_, "name"): pick(l, "nom", "name")
        case (_, "kind"): pick(l, "type", "kind")
        case (_, "commune"): pick(l, "commune", "town")
        case (_, "email"): pick(l, "courriel", "e-mail")
        case (_, "phone"): pick(l, "téléphone", "phone")
        case (_, "tags"): pick(l, "étiquettes", "tags")
        case (_, "referred_by"): pick(l, "orienté par", "referred by")
        case (_, "title"): pick(l, "titre", "title")
        case (_, "description"): pick(l, "description", "description")
        case (_, "sectors"): pick(l, "secteurs", "sectors")
        case (_, "legal_form"): pick(l, "forme juridique", "legal form")
        case (_, "already_created"): pick(l, "déjà créé", "already created")
        case (_, "target_public"): pick(l, "public visé", "target public")
        case (_, "target_stages"): pick(l, "étapes visées", "target stages")
        case (_, "operators"): pick(l, "opérateurs", "operators")
        case (_, "start"): pick(l, "début", "start")
        case (_, "end"): pick(l, "fin", "end")
        case (_, "capacity"): pick(l, "capacité", "capacity")
        case (_, "commune_code"): pick(l, "code INSEE", "INSEE code")
        case (.programme, "type"): pick(l, "type de dispositif", "programme type")
        case (_, "territory"): pick(l, "territoire", "territory")
        case (_, "from"): pick(l, "date de début", "start date")
        case (_, "to"): pick(l, "date de fin", "end date")
        case (_, "referent"): pick(l, "référent·e", "referent")
        case (_, "organisation"): pick(l, "structure", "organisation")
        case (_, "role"): pick(l, "fonction", "role")
        case (_, "lender"): pick(l, "prêté par", "lent by")
        default: field
        }
    }

    /// An edited field's value in words: labels for ids, names for references.
    static func fieldValue(_ value: FieldValue?, _ field: String, _ names: Names, _ l: Language) -> String {
        guard let value else { return pick(l, "(vide)", "(empty)") }
        func quoted(_ text: String) -> String { pick(l, "« \(text) »", "“\(text)”") }
        switch (field, value) {
        case ("kind", .text(let id)) where VenueKind(rawValue: id) != nil: return label(VenueKind(rawValue: id)!, l)
        case ("kind", .text(let id)):
            if let kind = HolderKind(rawValue: id) { return label(kind, l) }
            return OrganisationKind(rawValue: id).map { label($0, l) } ?? id
        case ("referred_by", .text(let id)), ("organisation", .text(let id)), ("lender", .text(let id)):
            return quoted(names.organisation(id))
        case ("referent", .text(let id)): return quoted(names.person(id))
        case ("operators", .list(let ids)): return ids.map(names.organisation).map(quoted).joined(separator: ", ")
        case ("type", .text(let id)) where ProgrammeType(rawValue: id) != nil: return label(ProgrammeType(rawValue: id)!, l)
        case ("target_stages", .list(let ids)): return ids.map { Stage(rawValue: $0).map { label($0, l) } ?? $0 }.joined(separator: ", ")
        case ("territory", .list(let keys)): return territory(keys, names.geography(), l)
        case (_, .text(let text)): return quoted(text.count > 60 ? String(text.prefix(59)) + "…" : text)
        case (_, .list(let items)): return items.map(quoted).joined(separator: ", ")
        case (_, .day(let d)): return day(d, l)
        case (_, .number(let n)): return String(n)
        case (_, .flag(let flag)): return flag ? pick(l, "oui", "yes") : pick(l, "non", "no")
        }
    }

    static func capitalised(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }
}

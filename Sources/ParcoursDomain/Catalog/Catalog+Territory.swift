// Words for the territory and the network: communes and areas, partner roles, programme
// types, contacts at organisations.

extension Catalog {
    public static func label(_ role: PartnerRole, _ l: Language) -> String {
        switch role {
        case .financeur: pick(l, "financeur", "funder")
        case .operationnel: pick(l, "partenaire opérationnel", "operational partner")
        case .prescripteur: pick(l, "prescripteur", "referrer")
        case .intervenant: pick(l, "intervenant", "speaker")
        case .temoin: pick(l, "témoin", "witness")
        case .lieuAccueil: pick(l, "lieu d’accueil", "host venue")
        }
    }

    /// A partner's role as recorded: its label when it is one of the list, else the text
    /// as it was written (logs of versions before the list).
    public static func partnerRole(_ recorded: String, _ l: Language) -> String {
        PartnerRole(rawValue: recorded).map { label($0, l) } ?? recorded
    }

    public static func label(_ type: ProgrammeType, _ l: Language) -> String {
        switch type {
        case .sensibilisation: pick(l, "sensibilisation", "awareness-raising")
        case .accueilOrientation: pick(l, "accueil, information, orientation", "reception and orientation")
        case .ideation: pick(l, "idéation", "ideation")
        case .premiersPas: pick(l, "premiers pas", "first steps")
        case .preincubation: pick(l, "préincubation", "pre-incubation")
        case .incubation: pick(l, "incubation", "incubation")
        case .acceleration: pick(l, "accélération", "acceleration")
        case .caeTest: pick(l, "CAE, couveuse, espace test", "business cooperative or test space")
        case .fabrique: pick(l, "Fabrique à initiatives", "Fabrique à initiatives")
        case .formation: pick(l, "formation", "training")
        case .autre: pick(l, "autre", "other")
        }
    }

    public static func label(_ level: TerritoryLevel, _ l: Language) -> String {
        switch level {
        case .commune: pick(l, "commune", "town")
        case .epci: pick(l, "intercommunalité", "intercommunality")
        case .departement: pick(l, "département", "département")
        case .region: pick(l, "région", "région")
        }
    }

    /// A refused command about the territory or the network.
    static func territoryText(_ error: DomainError, _ l: Language) -> String {
        func quoted(_ items: [String]) -> String { items.map { pick(l, "« \($0) »", "“\($0)”") }.joined(separator: ", ") }
        switch error {
        case .unknownCommune(let typed, let suggestions):
            let hint = suggestions.isEmpty
                ? pick(l, " Vérifiez l’orthographe, ou donnez le code INSEE ou le code postal (parcours commune find).",
                       " Check the spelling, or give the INSEE code or the postal code (parcours commune find).")
                : pick(l, " Vouliez-vous dire : \(quoted(suggestions))\u{00A0}?", " Did you mean: \(quoted(suggestions))?")
            return pick(l, "Commune inconnue du code officiel géographique : « \(typed) ».",
                        "No commune of the official geographic code is called “\(typed)”.") + hint
        case .ambiguousCommune(let typed, let candidates):
            return pick(l, "Plusieurs communes s’appellent « \(typed) » : \(quoted(candidates)). Précisez le département, par exemple « \(candidates.first ?? typed) ».",
                        "Several communes are called “\(typed)”: \(quoted(candidates)). Add the département, e.g. “\(candidates.first ?? typed)”.")
        case .unknownTerritory(let typed, let suggestions):
            let hint = suggestions.isEmpty ? "" : pick(l, " Vouliez-vous dire : \(quoted(suggestions))\u{00A0}?", " Did you mean: \(quoted(suggestions))?")
            return pick(l, "Territoire inconnu : « \(typed) » n’est ni une région, ni un département, ni une intercommunalité, ni une commune.",
                        "Unknown territory: “\(typed)” is no région, département, intercommunality or commune.") + hint
        case .ambiguousTerritory(let typed, let candidates):
            return pick(l, "« \(typed) » désigne plusieurs territoires : \(quoted(candidates)). Donnez le code.",
                        "“\(typed)” names several territories: \(quoted(candidates)). Give the code.")
        case .unknownPartnerRole(let typed, let roles):
            return pick(l, "Rôle de partenaire inconnu : « \(typed) ». Rôles : \(roles.joined(separator: ", ")).",
                        "Unknown partner role: “\(typed)”. Roles: \(roles.joined(separator: ", ")).")
        case .unknownProgrammeType(let typed, let types):
            return pick(l, "Type de dispositif inconnu : « \(typed) ». Types : \(types.joined(separator: ", ")).",
                        "Unknown programme type: “\(typed)”. Types: \(types.joined(separator: ", ")).")
        case .contactNotFound(let organisation, let reference, let contacts):
            let list = contacts.isEmpty ? pick(l, "elle n’a aucun contact", "it has no contact") : pick(l, "ses contacts : ", "its contacts: ") + quoted(contacts)
            return pick(l, "Aucun contact de « \(organisation) » ne correspond à « \(reference) » (\(list)).",
                        "No contact of “\(organisation)” matches “\(reference)” (\(list)).")
        case .contactEndsBeforeStart(let name, let from, let to):
            return pick(l, "\(name) : la fin (\(to.iso)) est avant le début (\(from.iso)).",
                        "\(name): the end (\(to.iso)) is before the start (\(from.iso)).")
        default:
            return ""
        }
    }

    /// What a command about contacts did.
    static func territoryText(_ message: Message, _ l: Language) -> String {
        switch message {
        case .contactAdded(let name, let organisation):
            return pick(l, "\(name) ajouté·e aux contacts de « \(organisation) ».", "\(name) added to the contacts of “\(organisation)”.")
        case .contactRemoved(let name, let organisation):
            return pick(l, "\(name) retiré·e des contacts de « \(organisation) ».", "\(name) removed from the contacts of “\(organisation)”.")
        case .contactErased(let organisation):
            return pick(l, "Contact de « \(organisation) » effacé de tous les fichiers (nom, fonction, courriel, téléphone). Cela ne s’annule pas.",
                        "Contact of “\(organisation)” erased from every file (name, position, e-mail, phone). This cannot be undone.")
        default:
            return ""
        }
    }

    /// The journal's line for an event about contacts.
    static func describeTerritory(_ event: DomainEvent, _ names: Names, _ l: Language) -> String? {
        func contactName(_ c: Contact) -> String { c.name.isEmpty ? pick(l, "Contact effacé", "Erased contact") : c.name }
        switch event {
        case .contactAdded(let p):
            let role = p.entity.role.map { " (\($0))" } ?? ""
            return pick(l, "Contact \(contactName(p.entity))\(role) ajouté à « \(names.organisation(p.entity.organisation)) »",
                        "Contact \(contactName(p.entity))\(role) added to “\(names.organisation(p.entity.organisation))”")
        case .contactRemoved(let p):
            return pick(l, "Contact \(contactName(p.entity)) retiré de « \(names.organisation(p.entity.organisation)) »",
                        "Contact \(contactName(p.entity)) removed from “\(names.organisation(p.entity.organisation))”")
        case .contactEdited(let p):
            let contact = names.state.contacts[p.id]
            let name = contact.map(contactName) ?? p.id
            let organisation = contact.map { names.organisation($0.organisation) } ?? ""
            return edited(.contact, "\(name) (\(organisation))", p.changes, names, l)
        case .contactErased(let p):
            return pick(l, "Contact de « \(names.organisation(p.organisation)) » effacé (\(p.reason))",
                        "Contact of “\(names.organisation(p.organisation))” erased (\(p.reason))")
        default:
            return nil
        }
    }

    /// A programme's territory in words: "Ardèche (07), Annonay Rhône Agglo". An area
    /// the geographic code does not hold (or without it) is named by its level and code,
    /// "département 07", never by its key.
    public static func territory(_ keys: [String], _ geography: Geography?, _ l: Language = .fr) -> String {
        keys.map { key in
            if let area = geography?.area(key: key) {
                return area.level == .commune || area.level == .epci ? area.name : "\(area.name) (\(area.code))"
            }
            guard let colon = key.firstIndex(of: ":"), let level = TerritoryLevel(rawValue: String(key[..<colon])) else { return key }
            return label(level, l) + " " + key[key.index(after: colon)...]
        }.joined(separator: ", ")
    }
}

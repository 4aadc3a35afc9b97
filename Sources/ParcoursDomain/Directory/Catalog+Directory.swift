// The words of the people and venue directories, French and English.

extension Catalog {
    public static func label(_ value: VenueKind, _ l: Language) -> String {
        switch value {
        case .salle: pick(l, "salle", "meeting room")
        case .tiersLieu: pick(l, "tiers-lieu", "third place")
        case .locaux: pick(l, "locaux d'une structure", "an organisation's premises")
        case .site: pick(l, "site (exploitation, commerce)", "site (farm, shop)")
        case .enLigne: pick(l, "en ligne", "online")
        case .autre: pick(l, "autre", "other")
        }
    }

    static func describeDirectory(_ event: DomainEvent, _ names: Names, _ l: Language) -> String? {
        switch event {
        case .personAdded(let p):
            let from = p.entity.organisation.map { " (\(names.organisation($0)))" } ?? ""
            return pick(l, "\(p.entity.name)\(from) ajouté·e à l'annuaire", "\(p.entity.name)\(from) added to the directory")
        case .personRemoved(let p):
            return pick(l, "\(p.entity.name) retiré·e de l'annuaire", "\(p.entity.name) removed from the directory")
        case .personEdited(let p):
            return edited(.person, names.person(p.id), p.changes, names, l)
        case .venueAdded(let p):
            let town = p.entity.commune.map { " (\($0))" } ?? ""
            return pick(l, "Lieu « \(p.entity.name) »\(town) ajouté à l'annuaire", "Venue “\(p.entity.name)”\(town) added to the directory")
        case .venueRemoved(let p):
            return pick(l, "Lieu « \(p.entity.name) » retiré de l'annuaire", "Venue “\(p.entity.name)” removed from the directory")
        case .venueEdited(let p):
            return edited(.venue, names.venue(p.id), p.changes, names, l)
        case .sessionFacilitatorAdded(let p):
            let who = names.person(p.person), s = names.session(p.session)
            return pick(l, "\(who) anime « \(s) »", "\(who) facilitates “\(s)”")
        case .sessionFacilitatorRemoved(let p):
            let who = names.person(p.person), s = names.session(p.session)
            return pick(l, "\(who) n'anime plus « \(s) »", "\(who) no longer facilitates “\(s)”")
        default:
            return nil
        }
    }

    static func directoryText(_ message: Message, _ l: Language) -> String {
        switch message {
        case .personAdded(let name):
            return pick(l, "\(name) ajouté·e à l'annuaire.", "\(name) added to the directory.")
        case .personRemoved(let name):
            return pick(l, "\(name) retiré·e de l'annuaire.", "\(name) removed from the directory.")
        case .venueAdded(let name):
            return pick(l, "Lieu « \(name) » ajouté à l'annuaire.", "Venue “\(name)” added to the directory.")
        case .venueRemoved(let name):
            return pick(l, "Lieu « \(name) » retiré de l'annuaire.", "Venue “\(name)” removed from the directory.")
        case .facilitatorAdded(let person, let session):
            return pick(l, "\(person) anime « \(session) ».", "\(person) facilitates “\(session)”.")
        case .facilitatorRemoved(let person, let session):
            return pick(l, "\(person) n'anime plus « \(session) ».", "\(person) no longer facilitates “\(session)”.")
        case .addedToDirectory(let people, let venues):
            var parts: [String] = []
            if !people.isEmpty {
                parts.append(pick(l, "Ajouté·e\(people.count > 1 ? "s" : "") à l'annuaire : \(people.joined(separator: ", ")).",
                                  "Added to the directory: \(people.joined(separator: ", "))."))
            }
            if !venues.isEmpty {
                let list = venues.map { pick(l, "« \($0) »", "“\($0)”") }.joined(separator: ", ")
                parts.append(pick(l, "Lieu\(venues.count > 1 ? "x" : "") ajouté\(venues.count > 1 ? "s" : "") à l'annuaire : \(list).",
                                  "Venue\(venues.count > 1 ? "s" : "") added to the directory: \(list)."))
            }
            return parts.joined(separator: " ")
        default:
            return ""
        }
    }

    static func directoryText(_ error: DomainError, _ l: Language) -> String {
        switch error {
        case .alreadyFacilitating(let person, let session):
            return pick(l, "\(person) anime déjà « \(session) ».", "\(person) already facilitates “\(session)”.")
        case .notFacilitating(let person, let session):
            return pick(l, "\(person) n'anime pas « \(session) ».", "\(person) does not facilitate “\(session)”.")
        case .directoryEntryInUse(let kind, let name, let uses):
            return pick(l, "« \(name) » (\(label(kind, .fr))) est encore nommé·e à \(uses) endroit\(uses > 1 ? "s" : "") (séances, équipes, référents) : corrigez plutôt son nom.",
                        "“\(name)” (\(label(kind, .en))) is still named in \(uses) place\(uses > 1 ? "s" : "") (sessions, staff, referents): correct the name instead.")
        default:
            return ""
        }
    }

    static func directoryText(_ warning: DomainWarning, _ l: Language) -> String {
        switch warning {
        case .venueOverlap(let session, let other, let cohort, let venue, let date):
            return pick(l, "« \(session) » et « \(other) » (\(cohort)) ont lieu en même temps à « \(venue) » le \(day(date, .fr)).",
                        "“\(session)” and “\(other)” (\(cohort)) take place at the same time at “\(venue)” on \(day(date, .en)).")
        case .facilitatorOverlap(let session, let other, let cohort, let person, let date):
            return pick(l, "\(person) anime aussi « \(other) » (\(cohort)) en même temps que « \(session) » le \(day(date, .fr)).",
                        "\(person) also facilitates “\(other)” (\(cohort)) at the same time as “\(session)” on \(day(date, .en)).")
        default:
            return ""
        }
    }
}

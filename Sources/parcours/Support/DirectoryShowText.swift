import ParcoursDomain
import ParcoursKit

/// `show PERSON` and `show VENUE` in words.
struct DirectoryShowText {
    let language: Language
    let text: ShowText

    private func fr(_ french: String, _ english: String) -> String { language == .fr ? french : english }

    func person(_ d: DirectoryListing.PersonDetail) {
        let p = d.person
        print("\(p.name)  (\(p.id))")
        if let organisation = p.organisation { print("  \(fr("Structure :", "Organisation:")) \(organisation)") }
        if let role = p.role { print("  \(fr("Fonction :", "Role:")) \(role)") }
        if let email = p.email { print("  \(fr("Courriel :", "E-mail:")) \(email)") }
        if let phone = p.phone { print("  \(fr("Téléphone :", "Phone:")) \(phone)") }
        if !p.staff.isEmpty {
            let staff = p.staff.map { line -> String in
                var shown = line
                for role in StaffRole.allCases { shown = shown.replacingOccurrences(of: "(\(role.rawValue))", with: "(\(Catalog.label(role, language)))") }
                return shown
            }
            print("  \(fr("Équipes :", "Staff of:")) \(staff.joined(separator: ", "))")
        }
        if !d.holders.isEmpty { print("  \(fr("Référent·e de :", "Referent of:")) \(d.holders.joined(separator: ", "))") }
        if !d.sessions.isEmpty {
            print("  \(fr("Séances animées :", "Sessions facilitated:"))")
            for s in d.sessions { text.sessionLine(s, indent: "    ") }
        }
        text.changes(d.changes, indent: "  ")
    }

    func venue(_ d: DirectoryListing.VenueDetail) {
        let v = d.venue
        print("\(v.name)  (\(v.id))")
        if let commune = v.commune { print("  \(fr("Commune :", "Town:")) \(commune)") }
        if let kind = v.kind.flatMap(VenueKind.init(rawValue:)) { print("  \(fr("Type :", "Kind:")) \(Catalog.label(kind, language))") }
        if let lender = v.lender { print("  \(fr("Prêté par :", "Lent by:")) \(lender)") }
        if !d.sessions.isEmpty {
            print("  \(fr("Séances :", "Sessions:"))")
            for s in d.sessions { text.sessionLine(s, indent: "    ") }
        }
        text.changes(d.changes, indent: "  ")
    }
}

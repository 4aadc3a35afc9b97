import ParcoursDomain
import ParcoursKit

// May’Idées, Mayenne (domain.md §3 E3, guide 002:L1882–2006): six full-day workshops
// in the guide's order, each with its facilitating organisation, then a half-day
// review before a jury of the speakers. Holder names are invented.
extension Demo {
    static let mayIdeesName = "May’Idées"
    static let apes53 = "APES 53"
    static let bgeAnjouMaine = "BGE Anjou Maine"
    static let franceActivePDL = "France Active Pays de la Loire"
    static let caeCoodem = "CAE Coodem"

    static let mayIdees = DemoProgramme(
        name: mayIdeesName,
        created: day("2020-10-12"),
        operators: [apes53],
        partners: [
            DemoPartner(organisation: bgeAnjouMaine, role: "intervenant"),
            DemoPartner(organisation: franceActivePDL, role: "intervenant"),
            DemoPartner(organisation: caeCoodem, role: "intervenant"),
        ],
        targetStages: [.idee, .emergence, .etude],
        targetPublic: "personnes au stade de l’idée, projets principalement ruraux de l’ESS",
        workshops: [
            DemoWorkshop(title: "Entreprendre dans l’ESS : identifier le besoin social et la mission sociale",
                         objectives: "Apport théorique en matinée, mise en pratique l’après-midi.",
                         duration: .oneDay, by: apes53),
            DemoWorkshop(title: "Réaliser son étude de marché", duration: .oneDay, by: bgeAnjouMaine),
            DemoWorkshop(title: "Gestion et comptabilité de son projet", duration: .oneDay, by: caeCoodem),
            // Facilitated by APES 53 in this first, experimental session (by the URSCOP de
            // l'Ouest in the second one, 002:L1974).
            DemoWorkshop(title: "Choisir la forme juridique", duration: .oneDay, by: apes53),
            DemoWorkshop(title: "Pitcher un projet : synthétiser et présenter son travail", duration: .oneDay, by: apes53),
            DemoWorkshop(title: "Connaître les financements possibles pour son projet", duration: .oneDay,
                         by: franceActivePDL),
            DemoWorkshop(title: "Demi-journée de bilan devant le jury",
                         objectives: "Présenter son projet devant un jury composé des intervenants, qui évalue l’évolution du projet et de sa porteuse ; orientation vers les dispositifs du territoire.",
                         duration: .halfDay, by: apes53, kind: .bilan),
        ],
        after: mayIdeesAfter)

    /// The first group, mid-November 2020 to the end of January 2021: three women
    /// holders. Workshops were remote during the second lockdown, then in Laval.
    ///
    /// Outcomes (002:L1954): « Sur les trois personnes accompagnées, deux continuent leur
    /// parcours de développement, et l'épicerie Les Cornichons a déjà pu ouvrir ses
    /// portes. » The guide leaves open whether the épicerie is one of the two (domain.md
    /// Appendix B §2). The demo reads it as three distinct outcomes: the épicerie opened
    /// (stage creation), the two others continue elsewhere — one oriented to BGE Anjou
    /// Maine's incubation, one to a test in the CAE Coodem (002:L1930).
    static let mayIdeesPromotion = DemoCohort(
        key: "may2020",
        programme: mayIdeesName,
        name: "Première promotion",
        calendar: DemoCalendar(opened: day("2020-10-19"), start: day("2020-11-17"),
                               end: day("2021-01-26"), closed: day("2021-01-29")),
        capacity: 7,
        holders: [
            DemoHolder(key: "partheque", name: "Élise Guérin", commune: "Évron",
                       project: "Parthèque (location de matériel de fête)", sectors: ["réemploi"],
                       added: day("2020-10-26")),
            DemoHolder(key: "epicerie", name: "Pauline Lemaître", commune: "Laval",
                       project: "Épicerie Les Cornichons (produits biologiques, locaux et en vrac)",
                       sectors: ["alimentation", "commerce"], stage: .emergence, added: day("2020-10-28")),
            DemoHolder(key: "refugies", name: "Nadia Benhamou", commune: "Château-Gontier-sur-Mayenne",
                       project: "Association intermédiaire pour l’intégration des réfugiés",
                       sectors: ["insertion"], added: day("2020-11-03")),
        ],
        sessions: [
            DemoSession(key: "w1", slot: 0, date: day("2020-11-17"), time: at(9, 30), remote: true, attendance: .allPresent),
            DemoSession(key: "w2", slot: 1, date: day("2020-11-24"), time: at(9, 30), remote: true, attendance: .allPresent),
            DemoSession(key: "w3", slot: 2, date: day("2020-12-01"), time: at(9, 30), remote: true,
                        attendance: .taken(except: ["refugies": .excused("Rendez-vous en préfecture avec une famille accompagnée")])),
            DemoSession(key: "w4", slot: 3, date: day("2020-12-08"), time: at(9, 30), remote: true, attendance: .allPresent),
            DemoSession(key: "w5", slot: 4, date: day("2020-12-17"), time: at(9, 30), venue: "Laval", attendance: .allPresent),
            DemoSession(key: "w6", slot: 5, date: day("2021-01-12"), time: at(9, 30), venue: "Laval", attendance: .allPresent),
            DemoSession(key: "bilan", slot: 6, date: day("2021-01-26"), time: at(9), venue: "Laval", attendance: .allPresent),
        ],
        moves: [
            .stage(DemoMoment(day("2020-11-24"), 18), "partheque", .emergence, note: "Besoin confirmé auprès de trois associations de fêtes."),
            .stage(DemoMoment(day("2020-12-01"), 18), "epicerie", .etude, note: "Étude de marché : clientèle du centre de Laval, fournisseurs locaux identifiés."),
            .stage(DemoMoment(day("2020-12-08"), 18), "refugies", .emergence, note: "Forme associative retenue ; premiers partenaires sollicités."),
            .stage(DemoMoment(day("2021-01-12"), 18), "partheque", .etude, note: "Prévisionnel établi avec la CAE."),
            .note(DemoMoment(day("2021-01-26"), 13), "epicerie", onProject: true,
                  "Jury : projet mûr, bail signé à Laval, ouverture visée au printemps."),
            .status(DemoMoment(day("2021-01-26"), 14), "partheque", .oriente, destination: caeCoodem,
                    note: "Test de l’activité au sein de la CAE Coodem."),
            .status(DemoMoment(day("2021-01-26"), 14, 10), "refugies", .oriente, destination: bgeAnjouMaine,
                    note: "Poursuite dans le parcours d’incubation de BGE Anjou Maine."),
            // The guide says only that the épicerie « a déjà pu ouvrir ses portes »; the day
            // is the demo's.
            .stage(DemoMoment(day("2021-04-06"), 10), "epicerie", .creation, note: "L’épicerie Les Cornichons a ouvert ses portes à Laval."),
        ] + mayIdeesAfterMoves)
}

extension TimeSpan {
    /// A training day ("1 j").
    static let oneDay = TimeSpan(minutes: TimeSpan.minutesPerDay)
    /// Half a training day (« demi-journée »).
    static let halfDay = TimeSpan(minutes: TimeSpan.minutesPerDay / 2)
}

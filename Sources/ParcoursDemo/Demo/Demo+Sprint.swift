import ParcoursDomain
import ParcoursKit

// Programme Sprint, Haute Vallée de Chevreuse (domain.md §3 E2, guide 002:L1744–1880):
// eight weekly collective exchanges, individual time with a thematic referent, and a
// final presentation before the Park's elected officials. The guide gives no weekly
// themes and no session length (domain.md Appendix B §13): the demo titles the
// exchanges by week and gives them two hours. Holder names and projects are invented,
// except Archi Possible (002:L1824).
extension Demo {
    static let sprintName = "Sprint"
    static let makesense = "makesense"
    static let parcChevreuse = "Parc naturel régional de la Haute Vallée de Chevreuse"

    static let sprint = DemoProgramme(
        name: sprintName,
        created: day("2020-09-21"),
        operators: [makesense],
        partners: [DemoPartner(organisation: parcChevreuse, role: "operationnel")],
        targetStages: [.emergence, .etude, .test],
        targetPublic: "porteurs d’idée de l’ESS, en amont de la création, souhaitant s’implanter dans le Parc",
        workshops: (1...8).map { week in
            DemoWorkshop(title: "Échange collectif – semaine \(week)",
                         objectives: "Ressources de la semaine (envoyées par courriel) et échange entre participants.",
                         duration: .hours(2), by: makesense)
        } + [
            DemoWorkshop(title: "Présentation des projets devant les élus du Parc", duration: .hours(2),
                         by: parcChevreuse, kind: .bilan),
            DemoWorkshop(title: "Temps individuel avec le référent thématique", duration: .hours(1),
                         by: parcChevreuse, kind: .individuel),
        ],
        after: sprintAfter)

    /// The first promotion, January–March 2021: « parmi 35 porteurs d'idée, 10 ont été
    /// retenus » (002:L1806). The results speak of 9 « porteurs d'idée » (002:L1812)
    /// without saying why (domain.md Appendix B §1): the demo reads the gap as one
    /// holder who left during the programme, so 9 finish and 1 is `sorti`.
    static let sprintPromotion = DemoCohort(
        key: "sprint2021",
        programme: sprintName,
        name: "Première promotion",
        calendar: DemoCalendar(opened: day("2020-10-05"), selection: day("2020-12-14"),
                               enrolment: day("2020-12-18"), start: day("2021-01-12"),
                               end: day("2021-03-16"), closed: day("2021-03-31")),
        capacity: 12,
        holders: sprintRetained + sprintNotRetained,
        sessions: sprintSessions,
        moves: [
            .note(DemoMoment(day("2021-01-12"), 21), "archi", onProject: true,
                  "Collectif d’autoconstruction : stages, chantiers, rencontres collectives et suivi personnalisé."),
            .stage(DemoMoment(day("2021-01-26"), 20), "conserverie", .emergence, note: "Une seule cible retenue : les cantines du Parc."),
            .stage(DemoMoment(day("2021-02-02"), 20), "velo", .emergence),
            .note(DemoMoment(day("2021-02-09"), 21), "habitat", "Absent ce soir, sans nouvelles depuis l’échange précédent."),
            .note(DemoMoment(day("2021-02-12"), 18, 10), "habitat",
                  "Sortie du programme : souhaite reprendre le projet plus tard."),
            .stage(DemoMoment(day("2021-02-16"), 20), "ressourcerie", .etude, note: "Étude des gisements avec deux déchèteries."),
            .stage(DemoMoment(day("2021-02-16"), 20, 5), "ecopaturage", .etude),
            .stage(DemoMoment(day("2021-02-23"), 20), "ferme", .etude),
            .stage(DemoMoment(day("2021-02-23"), 20, 5), "traiteur", .test, note: "Premier buffet zéro déchet pour une mairie du Parc."),
            .stage(DemoMoment(day("2021-03-02"), 20), "archi", .test, note: "Premier chantier participatif d’autoréhabilitation avec trois familles."),
            .stage(DemoMoment(day("2021-03-02"), 20, 5), "conserverie", .etude),
            .stage(DemoMoment(day("2021-03-02"), 20, 10), "epicerie", .test, note: "Tournée test dans quatre villages."),
            .stage(DemoMoment(day("2021-03-09"), 20), "velo", .test, note: "Atelier mobile testé deux samedis au marché."),
            .stage(DemoMoment(day("2021-03-09"), 20, 5), "cafelib", .test, note: "Deux soirées-tests dans une salle communale."),
        ] + sprintAfterMoves)

    static let sprintRetained: [DemoHolder] = [
        DemoHolder(key: "archi", name: "Archi Possible", kind: .collective,
                   project: "Archi Possible – accompagner l’autoconstruction et l’autoréhabilitation",
                   sectors: ["habitat"], stage: .emergence, added: day("2020-10-20")),
        DemoHolder(key: "ressourcerie", name: "Hélène Marchand", commune: "Rambouillet",
                   project: "Ressourcerie de la vallée", sectors: ["réemploi"], stage: .emergence, added: day("2020-10-22")),
        DemoHolder(key: "conserverie", name: "Yann Le Goff", commune: "Dampierre-en-Yvelines",
                   project: "Conserverie de fruits des vergers du Parc", sectors: ["alimentation"], added: day("2020-10-27")),
        DemoHolder(key: "cafelib", name: "Inès Morel", commune: "Chevreuse",
                   project: "Café-librairie associatif", sectors: ["culture"], stage: .emergence, added: day("2020-10-29")),
        DemoHolder(key: "ferme", name: "Antoine Lefort", commune: "Senlisse",
                   project: "Ferme pédagogique et jardin partagé", sectors: ["agriculture", "éducation"],
                   stage: .emergence, added: day("2020-11-03")),
        DemoHolder(key: "velo", name: "Julie Besnard", commune: "Saint-Rémy-lès-Chevreuse",
                   project: "Atelier de réparation de vélos itinérant", sectors: ["mobilité"], added: day("2020-11-05")),
        DemoHolder(key: "traiteur", name: "Samir Haddad", commune: "Le Mesnil-Saint-Denis",
                   project: "Traiteur zéro déchet en circuit court", sectors: ["alimentation"], stage: .emergence,
                   added: day("2020-11-10")),
        DemoHolder(key: "habitat", name: "Marc Delaunay", commune: "Cernay-la-Ville",
                   project: "Habitat partagé intergénérationnel", sectors: ["habitat"], added: day("2020-11-12"),
                   track: .leaves(on: day("2021-02-12"))),
        DemoHolder(key: "epicerie", name: "Laure Vasseur", commune: "Bonnelles",
                   project: "Épicerie mobile de produits fermiers", sectors: ["alimentation", "commerce"],
                   stage: .emergence, added: day("2020-11-17")),
        DemoHolder(key: "ecopaturage", name: "Thibault Renard", commune: "Bullion",
                   project: "Éco-pâturage pour les communes", sectors: ["environnement"], stage: .emergence,
                   added: day("2020-11-19")),
    ]

    /// Twenty-five candidates the selection did not retain.
    static let sprintNotRetained: [DemoHolder] = sprintCandidates.enumerated().map { index, candidate in
        // Applications arrived over the seven weeks of the call (October–November 2020).
        DemoHolder(key: "candidat\(index + 1)", name: candidate.name, commune: candidate.commune,
                   project: candidate.project, added: day("2020-10-12").adding(days: (index * 47) / 25),
                   track: .notRetained)
    }

    static let sprintCandidates: [(name: String, commune: String, project: String)] = [
        ("Clara Dumont", "Magny-les-Hameaux", "Application de covoiturage rural"),
        ("Nicolas Perrin", "Lévis-Saint-Nom", "Boutique de créateurs locaux"),
        ("Émilie Caron", "Gif-sur-Yvette", "Cours de yoga en entreprise"),
        ("Benoît Gauthier", "Les Essarts-le-Roi", "Brasserie artisanale"),
        ("Sarah Lambert", "Clairefontaine-en-Yvelines", "Gîte équestre"),
        ("Romain Picard", "Auffargis", "Cours de cuisine à domicile"),
        ("Manon Girard", "Choisel", "Savonnerie artisanale"),
        ("Kevin Mercier", "Le Perray-en-Yvelines", "Location de vélos à assistance électrique"),
        ("Chloé Fontaine", "Gometz-la-Ville", "Espace de coworking rural"),
        ("Hugo Bertrand", "Saint-Lambert (78)", "Crèche parentale"),
        ("Léa Rousseau", "Milon-la-Chapelle", "Friperie solidaire"),
        ("Maxime Blanc", "Longvilliers (78)", "Recyclerie de jouets"),
        ("Anaïs Garnier", "Rochefort-en-Yvelines", "Conciergerie rurale"),
        ("Julien Chevalier", "Janvry (91)", "Boulangerie au levain"),
        ("Océane Roussel", "Les Molières", "Tiers-lieu culturel"),
        ("Pierre Faure", "Saint-Forget", "Rucher pédagogique"),
        ("Lucie Mathieu", "Boullay-les-Troux", "Ateliers numériques pour les aînés"),
        ("Quentin Robin", "Forges-les-Bains", "Maraîchage en permaculture"),
        ("Margaux Noël", "Chevreuse", "Pressoir mobile"),
        ("Damien Henry", "Rambouillet", "Mobilier en bois local"),
        ("Justine Masson", "Saint-Rémy-lès-Chevreuse", "Soutien scolaire itinérant"),
        ("Florian Brun", "Cernay-la-Ville", "Jardin d’insertion"),
        ("Elsa Colin", "Senlisse", "Fromagerie de chèvre"),
        ("Adrien Lucas", "Dampierre-en-Yvelines", "Livraison de paniers en triporteur"),
        ("Marion Schmitt", "Magny-les-Hameaux", "Compostage collectif de quartier"),
    ]

    static let sprintSessions: [DemoSession] = {
        let tuesdays = (0..<8).map { day("2021-01-12").adding(days: 7 * $0) }
        // makesense ran the first exchanges; the Park's two coordinators took over
        // (002:L1808).
        let exceptions: [[String: DemoMark]] = [
            [:],
            ["ferme": .excused("Mises bas au troupeau")],
            ["cafelib": .absent()],
            ["habitat": .excused("Déplacement professionnel")],
            ["habitat": .absent()],
            ["traiteur": .excused("Prestation le même soir")],
            ["velo": .absent()],
            [:],
        ]
        var sessions = tuesdays.indices.map { week in
            DemoSession(key: "s\(week + 1)", slot: week, date: tuesdays[week], time: Demo.at(18, 30), remote: true,
                        by: week < 4 ? nil : parcChevreuse, attendance: .taken(except: exceptions[week]))
        }
        sessions.append(DemoSession(key: "elus", slot: 8, date: day("2021-03-16"), time: Demo.at(18), remote: true,
                                    attendance: .allPresent))
        for (index, holder) in sprintRetained.enumerated() {
            sessions.append(DemoSession(key: "i.\(holder.key)", slot: 9, date: day("2021-01-25").adding(days: index / 2),
                                        time: Demo.at(index % 2 == 0 ? 10 : 14), remote: true, holder: holder.key,
                                        attendance: .allPresent))
        }
        return sessions
    }()
}

import ParcoursDomain
import ParcoursKit

// The Fabrique à initiatives of France Active Nouvelle-Aquitaine in the Creuse (domain.md
// §3 I6, guide 002:L928–1019): needs first, the holder found last. A creativity seminar
// with about forty partners brings out some thirty pistes; the steering committee retains
// the paper sector, the itinerancy of health professionals and a project incubator; the
// 2019 diagnosis sets the paper sector aside "faute de potentiel" while the incubator is
// taken up by three structures. New subjects keep coming: technical aids (Revatec,
// association created at the end of 2020), building waste (EC3, September 2021), a CAE
// for micro-entrepreneurs on the RSA (Élan), then childcare in Guéret and home-help
// services (the 2022 perspectives). No cohort and no workshop: the Fabrique works on
// ideas, and none of them is a holder.
//
// The guide does not list the thirty pistes: the three not retained here are taken from
// its list of what Fabriques built in rural territories (002:L377). The dates within each
// year, the name of the incubator's collective, the call for applications for the
// childcare experiment and its three applicants are invented.
extension Demo {
    static let fabriqueName = "Fabrique à initiatives de Creuse"
    static let franceActiveNA = "France Active Nouvelle-Aquitaine"
    static let seminar = "Séminaire de créativité (une quarantaine de partenaires)"

    static let fabrique = DemoProgramme(
        name: fabriqueName,
        created: day("2018-09-03"),
        operators: [franceActiveNA],
        partners: [
            DemoPartner(organisation: "Département de la Creuse", role: "financeur"),
            DemoPartner(organisation: "Région Nouvelle-Aquitaine", role: "financeur"),
            DemoPartner(organisation: "Communauté d’agglomération du Grand Guéret", role: "operationnel"),
            DemoPartner(organisation: "AG2R La Mondiale", role: "financeur"),
            DemoPartner(organisation: "Macif", role: "financeur"),
            DemoPartner(organisation: "ADEME", role: "financeur"),
        ],
        targetStages: [.etude, .test, .creation],
        targetPublic: "acteurs du territoire (collectivités, réseaux, structures de l’ESS) ; le porteur est identifié en fin de démarche",
        workshops: [],
        ideas: fabriqueIdeas,
        calls: [childcareCall])

    static let fabriqueIdeas: [DemoIdea] = [
        DemoIdea(title: "Structuration de la filière papier", detected: day("2018-11-22"), source: seminar,
                 moves: [DemoIdeaMove(day("2019-01-24"), .retenue, "sujet prioritaire du comité de pilotage"),
                         DemoIdeaMove(day("2019-03-04"), .enEtude, "diagnostic approfondi"),
                         DemoIdeaMove(day("2019-10-14"), .ecartee, "faute de potentiel")]),
        DemoIdea(title: "Itinérance des professionnels de santé", detected: day("2018-11-22"), source: seminar,
                 moves: [DemoIdeaMove(day("2019-01-24"), .retenue, "sujet prioritaire du comité de pilotage"),
                         DemoIdeaMove(day("2019-03-04"), .enEtude, "diagnostic approfondi")]),
        DemoIdea(title: "Incubateur de projets", detected: day("2018-11-22"), source: seminar,
                 moves: [DemoIdeaMove(day("2019-01-24"), .retenue, "sujet prioritaire du comité de pilotage"),
                         DemoIdeaMove(day("2019-03-04"), .enEtude, "diagnostic approfondi"),
                         DemoIdeaMove(day("2019-06-03"), .recherchePorteur)],
                 adoption: DemoAdoption(holder: "Collectif des trois structures de l’incubateur", kind: .collective,
                                        recorded: day("2019-09-09"), day: day("2019-09-16"),
                                        note: "appropriation du projet par trois structures")),
        DemoIdea(title: "Garage solidaire", detected: day("2018-11-22"), source: seminar),
        DemoIdea(title: "Maison des aidants", detected: day("2018-11-22"), source: seminar),
        DemoIdea(title: "Habitat intergénérationnel", detected: day("2018-11-22"), source: seminar),
        DemoIdea(title: "Remise en valeur des aides techniques", detected: day("2019-11-05"),
                 source: "Partenaires de la Fabrique (ressourceries, établissements médico-sociaux, aide à domicile)",
                 need: "Fauteuils roulants, lits médicalisés, barres de douche finissent à la déchetterie ou inutilisés ; "
                     + "le taux de couverture des besoins en aides techniques n’est que de 43 % en Creuse.",
                 moves: [DemoIdeaMove(day("2019-12-12"), .retenue),
                         DemoIdeaMove(day("2020-01-20"), .enEtude, "récupération, remise en état, location plutôt que vente"),
                         DemoIdeaMove(day("2020-06-15"), .recherchePorteur, "aucun opérateur identifié")],
                 adoption: DemoAdoption(holder: "Revatec", kind: .structure, recorded: day("2020-11-30"), day: day("2020-12-01"),
                                        note: "association créée fin 2020 par les partenaires, future SCIC")),
        DemoIdea(title: "Gestion des déchets du bâtiment", detected: day("2020-02-10"), source: "Fédérations du BTP de la Creuse",
                 need: "La réglementation des déchets change : faire évoluer le tri sur les chantiers.", commune: "Guéret",
                 moves: [DemoIdeaMove(day("2020-03-05"), .retenue),
                         DemoIdeaMove(day("2020-06-02"), .enEtude, "rencontre de tous les acteurs du déchet du bâtiment")],
                 adoption: DemoAdoption(holder: "Économie circulaire de la construction en Creuse (EC3)", kind: .structure,
                                        commune: "Guéret", recorded: day("2021-09-13"), day: day("2021-09-20"),
                                        note: "association départementale créée en septembre 2021")),
        DemoIdea(title: "Coopérative d’activité et d’emploi pour les micro-entrepreneurs", detected: day("2020-04-06"),
                 source: "Département de la Creuse",
                 need: "Environ 350 bénéficiaires du RSA ont créé leur micro-entreprise sans en tirer de revenu.",
                 moves: [DemoIdeaMove(day("2020-05-07"), .retenue),
                         DemoIdeaMove(day("2020-09-01"), .enEtude, "la CAE retenue parmi les solutions envisagées"),
                         DemoIdeaMove(day("2021-01-11"), .recherchePorteur, "pas encore de CAE sur le territoire")],
                 adoption: DemoAdoption(holder: "Association Élan (CAE en préfiguration)", kind: .structure,
                                        recorded: day("2021-06-10"), day: day("2021-06-14"),
                                        note: "association support temporaire de la CAE, future SCIC")),
        DemoIdea(title: "Solution de garde d’enfants", detected: day("2021-05-20"),
                 source: "Communauté d’agglomération du Grand Guéret",
                 need: "50 à 60 enfants sans mode de garde sur l’agglomération de Guéret.", commune: "Guéret",
                 moves: [DemoIdeaMove(day("2021-06-17"), .retenue),
                         DemoIdeaMove(day("2021-09-06"), .enEtude, "micro-crèche ou garde adossée à un établissement"),
                         DemoIdeaMove(day("2021-11-02"), .recherchePorteur, "appel à manifestation d’intérêt")]),
        DemoIdea(title: "Accompagnement des services d’aide à domicile", detected: day("2021-10-12"), source: "Comité de pilotage",
                 need: "Attractivité des métiers, recrutement, réponse aux appels à projets.",
                 moves: [DemoIdeaMove(day("2021-11-18"), .retenue, "un PTCE pourrait en être le support")]),
    ]

    /// The call for the childcare experiment's holder, with criteria in the words the
    /// guide gives for selecting collective projects (002:L511).
    static let childcareCall = DemoCall(
        title: "AMI – expérimentation d’un mode de garde",
        opens: day("2021-11-02"), closes: day("2021-12-10"),
        source: "Fabrique à initiatives et Communauté d’agglomération du Grand Guéret",
        criteria: ["Structure de l’ESS ou collectif en constitution", "Implantation sur l’agglomération du Grand Guéret",
                   "Complémentarité avec l’offre de garde existante"],
        applicants: [
            DemoApplicant(name: "Crèche associative Les Petits Pas", kind: .structure, commune: "Guéret",
                          applied: day("2021-11-22"), checked: day("2021-12-13"), met: [1, 2, 3]),
            DemoApplicant(name: "Maison d’assistantes maternelles Les Lucioles", kind: .structure, commune: "Sainte-Feyre",
                          applied: day("2021-11-29"), checked: day("2021-12-13"), met: [2, 3], unmet: [1]),
            DemoApplicant(name: "Collectif de parents de Saint-Vaury", kind: .collective, commune: "Saint-Vaury",
                          applied: day("2021-12-06"), checked: day("2021-12-13"), met: [1]),
        ])
}

import ParcoursDomain
import ParcoursKit

// Cycle « Lance-toi ! », Nord Ardèche (domain.md §3 E1, guide 002:L1574–1742).
// Titles and objectives of the four workshops are the guide's own words. Holder names
// are invented; the nine projects are the guide's list (002:L1666).
extension Demo {
    static let lanceToiName = "Lance-toi !"
    static let courantFort = "Courant Fort"

    static let lanceToi = DemoProgramme(
        name: lanceToiName,
        created: day("2020-09-01"),
        operators: ["Ronalpia", courantFort],
        partners: [],
        targetStages: [.idee, .emergence],
        targetPublic: "personnes au stade de l’idée",
        workshops: [
            DemoWorkshop(
                title: "Atelier 1 – La Charte sociale – Redonnez du souffle à votre mission sociale",
                objectives: "Formaliser son arbre à problème pour affiner la connaissance du besoin social ou environnemental ciblé ; comprendre l’utilité de la charte sociale et de sa formalisation pour structurer son projet.",
                duration: .hours(3), by: courantFort),
            DemoWorkshop(
                title: "Atelier 2 – Le modèle économique – Découvrez des modèles économiques hybrides innovants",
                objectives: "Comprendre ce qu’est un modèle économique et les spécificités liées à l’ESS ; initier la réflexion sur son modèle économique et les pistes de revenus pour son projet.",
                duration: .hours(3), by: courantFort),
            DemoWorkshop(
                title: "Atelier 3 – La gouvernance participative – Innovez avec des formes juridiques participatives",
                objectives: "Comprendre les tenants et aboutissants d’une gouvernance participative ; assimiler ces principes en vue de la structuration de son projet.",
                duration: .hours(3), by: courantFort),
            DemoWorkshop(
                title: "Atelier 4 – La mesure de l’impact social – Rendez visibles vos impacts sur votre territoire",
                objectives: "Comprendre les enjeux de la mesure d’impact social pour son projet ; initier la réflexion sur les premiers indicateurs clés à mettre en place au lancement de son activité.",
                duration: .hours(3), by: courantFort),
            DemoWorkshop(
                title: "Temps individuel – feuille de route",
                objectives: "Travailler la feuille de route du porteur de projet.",
                duration: .hours(1), kind: .individuel),
            // The guide gives no duration for the closing session (domain.md Appendix B §13):
            // two hours is the demo's assumption.
            DemoWorkshop(title: "Temps collectif de clôture", duration: .hours(2), kind: .bilan),
        ])

    // Prescribers: local authorities of Nord Ardèche and a place that receives
    // entrepreneurs (002:L1644–1650).
    static let annonayAgglo = "Annonay Rhône Agglo"
    static let archeAgglo = "Arche Agglo"
    static let paysDeLamastre = "Communauté de communes du Pays de Lamastre"
    static let valEyrieux = "Communauté de communes Val’Eyrieux"
    static let missionLocale = "Mission locale Nord Ardèche"

    /// The first promotion, October–December 2020: itinerant morning and evening
    /// workshops, then remote once the second lockdown began (« format distanciel »).
    static let lanceToi2020 = DemoCohort(
        key: "lt2020",
        programme: lanceToiName,
        name: "Promotion 2020",
        calendar: DemoCalendar(opened: day("2020-09-07"), start: day("2020-10-06"),
                               end: day("2020-12-03"), closed: day("2020-12-18")),
        capacity: 12,
        holders: [
            DemoHolder(key: "restaurant", name: "Mathilde Rouvière", commune: "Lamastre", referredBy: paysDeLamastre,
                       project: "Restaurant avec production locale", sectors: ["alimentation"], added: day("2020-09-15")),
            DemoHolder(key: "tierslieu", name: "Olivier Chanéac", commune: "Saint-Félicien", referredBy: archeAgglo,
                       project: "Tiers-lieu", sectors: ["tiers-lieu"], added: day("2020-09-17")),
            DemoHolder(key: "boutique", name: "Aurélie Fargier", commune: "Annonay", referredBy: annonayAgglo,
                       project: "Boutique de vêtements féminins de seconde main", sectors: ["réemploi"],
                       added: day("2020-09-18")),
            DemoHolder(key: "chanvre", name: "Bastien Courtial", commune: "Satillieu", referredBy: annonayAgglo,
                       project: "Développement d’une filière chanvre", sectors: ["agriculture"], added: day("2020-09-22")),
            DemoHolder(key: "maraichage", name: "Camille Sabatier", commune: "Vernoux-en-Vivarais", referredBy: archeAgglo,
                       project: "Ferme maraîchère biologique", sectors: ["agriculture"], stage: .emergence,
                       added: day("2020-09-23")),
            DemoHolder(key: "conserves", name: "Frédéric Bouvier", commune: "Tournon-sur-Rhône", referredBy: archeAgglo,
                       project: "Atelier de fabrication de conserves alimentaires (lactofermentation)",
                       sectors: ["alimentation"], added: day("2020-09-24")),
            DemoHolder(key: "burkina", name: "Awa Traoré", commune: "Annonay", referredBy: missionLocale,
                       project: "Chambres et table d’hôtes pour financer un village solidaire au Burkina Faso",
                       sectors: ["tourisme", "solidarité internationale"], added: day("2020-09-29")),
            DemoHolder(key: "velo", name: "Lucas Delorme", commune: "Tournon-sur-Rhône", referredBy: missionLocale,
                       project: "Livraison de courses à domicile à vélo", sectors: ["mobilité"], added: day("2020-09-30")),
            DemoHolder(key: "regie", name: "Sylvie Chomel", commune: "Saint-Agrève", referredBy: valEyrieux,
                       project: "Régie de territoire", sectors: ["insertion"], added: day("2020-10-01")),
        ],
        sessions: [
            DemoSession(key: "a1", slot: 0, date: day("2020-10-06"), time: at(9), venue: "Annonay",
                        attendance: .allPresent),
            DemoSession(key: "a2", slot: 1, date: day("2020-10-13"), time: at(18, 30), venue: "Lamastre",
                        attendance: .taken(except: ["maraichage": .excused("Marché de producteurs le même soir")])),
            DemoSession(key: "a3", slot: 2, date: day("2020-10-22"), time: at(9), venue: "Tournon-sur-Rhône",
                        attendance: .taken(except: ["chanvre": .absent()])),
            DemoSession(key: "a4", slot: 3, date: day("2020-11-05"), time: at(18, 30), remote: true,
                        attendance: .taken(except: ["chanvre": .absent("Pas de connexion, prévenu après coup")])),
            DemoSession(key: "i.restaurant", slot: 4, date: day("2020-11-16"), time: at(10), remote: true,
                        holder: "restaurant", attendance: .allPresent),
            DemoSession(key: "i.tierslieu", slot: 4, date: day("2020-11-16"), time: at(14), remote: true,
                        holder: "tierslieu", attendance: .allPresent),
            DemoSession(key: "i.boutique", slot: 4, date: day("2020-11-17"), time: at(10), remote: true,
                        holder: "boutique", attendance: .allPresent),
            DemoSession(key: "i.chanvre", slot: 4, date: day("2020-11-17"), time: at(14), remote: true,
                        holder: "chanvre", attendance: .allPresent),
            DemoSession(key: "i.maraichage", slot: 4, date: day("2020-11-18"), time: at(10), remote: true,
                        holder: "maraichage", attendance: .allPresent),
            DemoSession(key: "i.conserves", slot: 4, date: day("2020-11-18"), time: at(14), remote: true,
                        holder: "conserves", attendance: .allPresent),
            DemoSession(key: "i.burkina", slot: 4, date: day("2020-11-19"), time: at(10), remote: true,
                        holder: "burkina", attendance: .allPresent),
            DemoSession(key: "i.velo", slot: 4, date: day("2020-11-19"), time: at(14), remote: true,
                        holder: "velo", attendance: .allPresent),
            DemoSession(key: "i.regie", slot: 4, date: day("2020-11-20"), time: at(10), remote: true,
                        holder: "regie", attendance: .allPresent),
            DemoSession(key: "cloture", slot: 5, date: day("2020-12-03"), time: at(18, 30), remote: true,
                        attendance: .taken(except: ["velo": .excused("Tournée de livraisons")])),
        ],
        moves: [
            .note(DemoMoment(day("2020-10-06"), 12, 30), "conserves",
                  "Teste des recettes de légumes lactofermentés ; cherche un local de transformation aux normes."),
            .note(DemoMoment(day("2020-11-06"), 9), "chanvre",
                  "Absent aux ateliers 3 et 4 (travaux agricoles) : relancé par téléphone, reprend au temps individuel."),
            .stage(DemoMoment(day("2020-11-16"), 11), "restaurant", .emergence, note: "Feuille de route écrite ; premiers producteurs contactés."),
            .stage(DemoMoment(day("2020-11-16"), 15), "tierslieu", .emergence, note: "Charte sociale rédigée avec le collectif d’habitants."),
            .stage(DemoMoment(day("2020-11-18"), 11), "maraichage", .etude, note: "Recherche de foncier avec la commune ; étude de marché lancée."),
            .stage(DemoMoment(day("2020-11-18"), 15), "conserves", .emergence, note: "Feuille de route : local, gamme, premiers points de vente."),
            .stage(DemoMoment(day("2020-11-19"), 11), "burkina", .emergence, note: "Modèle économique esquissé : les nuitées financent le village."),
            .stage(DemoMoment(day("2020-11-19"), 15), "velo", .emergence, note: "Tournée test avec deux commerçants de Tournon."),
            .stage(DemoMoment(day("2020-11-20"), 11), "regie", .emergence, note: "Trois communes intéressées par une régie de territoire."),
            .note(DemoMoment(day("2020-12-03"), 21), "burkina",
                  "Souhaite un accompagnement plus long sur le modèle économique : orienter vers un incubateur."),
        ])
}

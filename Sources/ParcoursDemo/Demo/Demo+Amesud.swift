import ParcoursDomain
import ParcoursKit

// AMESUD, Montagne d'Ardèche (domain.md §3 E6, guide 002:L2277–2407): an awareness and
// training programme with no cohort — nobody is enrolled. Its three formats are open
// events counted by headcount:
//
// - "Trois soirées-débats ouvertes à tous" (002:L2382): « Au total, 44 personnes ont
//   participé aux rencontres inspirantes » (002:L2343). The guide gives the total only:
//   the split between the three evenings and by audience is the demo's, within what it
//   says of who came — "porteurs d'idée, élus locaux et habitants" (002:L2324), at La Source
//   "coworkers ruraux, porteurs de projet, élus locaux, le Maire de la commune et des
//   bénévoles associatifs" (002:L2349), by videoconference "des étudiants et des futurs
//   porteurs de projet" (002:L2362);
// - two ½-day "ateliers « bonus expertise »" for project holders (002:L2390): « 9 ont
//   bénéficié des ateliers » (002:L2343), split 5 and 4 here (the guide does not say
//   whether anyone came to both);
// - "La journée de formation des professionnels de la création d'activité — 2 jours"
//   (002:L2395) with Nouvelle Donne: one event of two days (14 h). The guide calls it both
//   "journée" and "2 jours", elsewhere "Deux ateliers formatifs" (domain.md Appendix B §6),
//   and gives no headcount: it stays without one, as reports then say.
//
// The guide dates the experimentation 2020–2021 without days: the days are the demo's.
extension Demo {
    static let amesudName = "Parcours multiacteur Montagne d’Ardèche"
    static let amesudOperator = "AMESUD"
    static let nouvelleDonne = "Nouvelle Donne"
    static let laSource = "La Source"

    static let amesud = DemoProgramme(
        name: amesudName,
        created: day("2020-09-14"),
        operators: [amesudOperator],
        partners: [
            DemoPartner(organisation: nouvelleDonne, role: "intervenant"),
            DemoPartner(organisation: laSource, role: "lieu_accueil"),
            DemoPartner(organisation: "Communauté de communes Montagne d’Ardèche", role: "operationnel"),
            DemoPartner(organisation: "Association de développement de la Montagne ardéchoise", role: "operationnel"),
            DemoPartner(organisation: "Ma Coop", role: "prescripteur"),
        ],
        targetStages: [.envie, .idee, .emergence],
        targetPublic: "porteurs d’idée, élus locaux et habitants ; porteurs de projet ; professionnels de l’appui à la création d’activité",
        workshops: [],
        events: [
            DemoEvent(key: "soiree-coop", title: "Projets coopératifs en milieu rural : rêve ou réalité ?", kind: .soiree,
                      date: day("2020-10-15"), time: at(19, 0), duration: .hours(2), venue: "Ma Coop la vie au vert",
                      planned: day("2020-09-21"),
                      audiences: [DemoAudience("habitants", 6), DemoAudience("porteurs", 4), DemoAudience("élus", 2)]),
            DemoEvent(key: "soiree-ruralites", title: "À la rencontre de nos ruralités : quel vecteur pour créer du lien social ?",
                      kind: .soiree, date: day("2021-02-11"), time: at(19, 0), duration: .hours(2), remote: true,
                      planned: day("2021-01-18"),
                      audiences: [DemoAudience("porteurs", 6), DemoAudience("habitants", 5), DemoAudience("étudiants", 4)],
                      total: 17),
            DemoEvent(key: "soiree-bourgs", title: "Revitalisation de centres bourgs avec l’ESS : ils l’ont fait / ils vont le faire !",
                      kind: .soiree, date: day("2021-04-15"), time: at(19, 0), duration: .hours(2),
                      venue: "La Source, Sainte-Eulalie", planned: day("2021-03-22"),
                      audiences: [DemoAudience("élus", 4), DemoAudience("porteurs", 3), DemoAudience("habitants", 3),
                                  DemoAudience("coworkers ruraux", 2), DemoAudience("bénévoles associatifs", 3)]),
            DemoEvent(key: "formation-pros", title: "Journée de formation des professionnels de la création d’activité",
                      kind: .formation, date: day("2021-03-25"), time: at(9, 0), duration: TimeSpan(minutes: 14 * 60),
                      venue: "Nouvelle Donne, Davézieux", planned: day("2021-02-15"), audiences: nil),
            DemoEvent(key: "bonus-accueil", title: "Bonus expertise : comment accueillir les nouveaux arrivants sur un territoire rural ?",
                      kind: .formation, date: day("2021-05-20"), time: at(9, 0), duration: .halfDay, venue: laSource,
                      planned: day("2021-04-26"), audiences: [DemoAudience("porteurs", 5)]),
            DemoEvent(key: "bonus-itinerance", title: "Bonus expertise : comment allier ancrage territorial et itinérance ?",
                      kind: .formation, date: day("2021-06-10"), time: at(9, 0), duration: .halfDay, venue: laSource,
                      planned: day("2021-05-17"), audiences: [DemoAudience("porteurs", 4)]),
        ])
}

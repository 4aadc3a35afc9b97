import ParcoursDomain
import ParcoursKit

// A cohort of Lance-toi ! running today, so the dashboard has something to say: held
// workshops, one past workshop whose attendance was not taken, sessions in the coming
// week, a stalled project and a holder who missed twice. Everything is invented and
// dated from `today`.
extension Demo {
    static func currentCohort(today: Day) -> DemoCohort {
        // The cycle started on the Tuesday of the week three weeks ago (20 to 26 days).
        let start = monday(of: today.adding(days: -21)).adding(days: 1)
        // The fourth workshop is next Tuesday (1 to 7 days from now), the closing two
        // weeks later; the pending individual meetings are on the next working days.
        let nextTuesday = monday(of: today).adding(days: 8).adding(days: today.weekday == .monday ? -7 : 0)
        let coming = workingDays(after: today, count: 3)
        func ago(_ days: Int) -> Day { today.adding(days: -days) }

        return DemoCohort(
            key: "lt-current",
            programme: lanceToiName,
            name: "Promotion \(today.year)",
            calendar: DemoCalendar(opened: ago(35), start: start, end: nextTuesday.adding(days: 14)),
            capacity: 10,
            staff: [DemoStaff(name: "Élodie Vidal", role: .coordinator),
                    DemoStaff(name: "Romain Chazal", role: .facilitator)],
            holders: [
                DemoHolder(key: "epicerie", name: "Léa Fourel", commune: "Lamastre", referredBy: paysDeLamastre,
                           project: "Épicerie itinérante dans la vallée du Doux", sectors: ["alimentation", "commerce"],
                           added: ago(33), track: .ongoing),
                DemoHolder(key: "recyclerie", name: "Karim Benali", commune: "Annonay", referredBy: annonayAgglo,
                           project: "Recyclerie de matériaux du bâtiment", sectors: ["réemploi"], stage: .emergence,
                           added: ago(31), track: .ongoing),
                DemoHolder(key: "cafe", name: "Sophie Chareyre", commune: "Saint-Félicien", referredBy: archeAgglo,
                           project: "Café associatif et point multiservice", sectors: ["commerce", "lien social"],
                           added: ago(30), track: .ongoing),
                DemoHolder(key: "velo", name: "Thomas Roche", commune: "Tournon-sur-Rhône", referredBy: archeAgglo,
                           project: "Atelier vélo solidaire", sectors: ["mobilité"], added: ago(29), track: .ongoing),
                DemoHolder(key: "repit", name: "Nadia Boyer", commune: "Satillieu", referredBy: missionLocale,
                           project: "Gîte de répit pour aidants familiaux", sectors: ["santé", "tourisme"],
                           added: ago(28), track: .ongoing),
                // Misses the first two workshops (two consecutive absences).
                DemoHolder(key: "creche", name: "Amandine Faure", commune: "Davézieux", referredBy: missionLocale,
                           project: "Micro-crèche aux horaires décalés", sectors: ["petite enfance"],
                           added: ago(27), track: .ongoing),
                // Met at an information meeting two months before the cycle and excused at
                // every workshop since: nothing has moved for two months (stalled).
                DemoHolder(key: "cantine", name: "Julien Mazet", commune: "Saint-Agrève", referredBy: valEyrieux,
                           project: "Cantine paysanne pour les écoles du plateau", sectors: ["alimentation", "agriculture"],
                           added: ago(70), enrolled: ago(30), track: .ongoing),
            ],
            sessions: [
                DemoSession(key: "a1", slot: 0, date: start, time: at(9), venue: "Annonay",
                            attendance: .taken(except: ["creche": .absent(),
                                                        "cantine": .excused("Récolte des châtaignes")])),
                DemoSession(key: "a2", slot: 1, date: start.adding(days: 7), time: at(18, 30), venue: "Lamastre",
                            attendance: .taken(except: ["creche": .absent("Injoignable"),
                                                        "cantine": .excused("Toujours pris par la récolte")])),
                DemoSession(key: "i.epicerie", slot: 4, date: start.adding(days: 8), time: at(10), venue: "Lamastre",
                            holder: "epicerie", attendance: .allPresent),
                DemoSession(key: "i.recyclerie", slot: 4, date: start.adding(days: 8), time: at(14), venue: "Annonay",
                            holder: "recyclerie", attendance: .allPresent),
                DemoSession(key: "i.velo", slot: 4, date: start.adding(days: 9), time: at(10), remote: true,
                            holder: "velo", attendance: .allPresent),
                // Held, but nobody took the attendance: it shows as pending.
                DemoSession(key: "a3", slot: 2, date: start.adding(days: 14), time: at(9), venue: "Tournon-sur-Rhône",
                            attendance: .notTaken),
                DemoSession(key: "a4", slot: 3, date: nextTuesday, time: at(18, 30), venue: "Saint-Félicien",
                            attendance: .notTaken),
                DemoSession(key: "i.cafe", slot: 4, date: coming[0], time: at(10), venue: "Saint-Félicien",
                            holder: "cafe", attendance: .notTaken),
                DemoSession(key: "i.repit", slot: 4, date: coming[1], time: at(14), remote: true,
                            holder: "repit", attendance: .notTaken),
                DemoSession(key: "i.cantine", slot: 4, date: coming[2], time: at(10), venue: "Saint-Agrève",
                            holder: "cantine", attendance: .notTaken),
                // After two absences in a row, her referent sees her first thing.
                DemoSession(key: "i.creche", slot: 4, date: coming[0], time: at(14), venue: "Davézieux",
                            holder: "creche", attendance: .notTaken),
                DemoSession(key: "cloture", slot: 5, date: nextTuesday.adding(days: 14), time: at(18, 30),
                            venue: "Annonay", attendance: .notTaken),
            ],
            moves: [
                .note(DemoMoment(ago(70), 10, 30), "cantine",
                      "Rencontré à la réunion d’information de Saint-Agrève ; projet porté avec deux agriculteurs du plateau."),
                .stage(DemoMoment(ago(60), 16), "cantine", .emergence, note: "Premiers contacts avec deux mairies du plateau."),
                .stage(DemoMoment(start.adding(days: 8), 11), "epicerie", .emergence,
                       note: "Feuille de route : tournée de quatre villages, véhicule d’occasion repéré."),
                .note(DemoMoment(start.adding(days: 8), 15), "recyclerie", onProject: true,
                      "Gisement repéré chez trois artisans du bâtiment ; local possible à Davézieux."),
                .stage(DemoMoment(start.adding(days: 9), 11), "velo", .emergence,
                       note: "Partenariat envisagé avec le lycée professionnel pour l’atelier."),
                .note(DemoMoment(ago(6), 17), "creche",
                      "Relancée par téléphone après deux absences : garde d’enfants difficile le mardi soir, on cherche une solution."),
            ])
    }

    /// The Monday of the week of `day` (weeks start on Monday in France).
    static func monday(of day: Day) -> Day {
        day.adding(days: -(Weekday.allCases.firstIndex(of: day.weekday) ?? 0))
    }

    /// The next `count` days after `day` that are Monday to Friday.
    static func workingDays(after day: Day, count: Int) -> [Day] {
        var result: [Day] = []
        var next = day
        while result.count < count {
            next = next.adding(days: 1)
            if next.weekday != .saturday, next.weekday != .sunday { result.append(next) }
        }
        return result
    }
}

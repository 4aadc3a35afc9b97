import ParcoursDomain
import TerminalKit
import Testing
@testable import ParcoursTUI

/// Every screen as canvas text, in French and English, at 80×24 and 120×40.
@Suite struct ScreenSnapshotTests {
    static let sizes = [(80, 24), (120, 40)]

    @Test func dashboardInFrenchAt80x24() throws {
        let world = try World.seeded()
        defer { world.cleanUp() }
        let expected = """
         Parcours · Tableau de bord                                     mar. 10/03/2026
        ┌ Dispositifs et promotions ───────────────────────────────────────────────────┐
        │ Cap Création                                                                 │
        │▸ Promo printemps         23/02 → 30/06  4 porteurs  séances 2/4  Assid. 67 % │
        │    Idée 1            Émergence 2                         Étude 1             │
        │    ⚠ 1 sans appel · Bruno Lefèvre : 2 absences de suite                      │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        └──────────────────────────────────────────────────────────────────────────────┘
        ┌ Cette semaine ───────────────────────────────────────────────────────────────┐
        │ jeu. 12/03 09:30  visite · Promo printemps · « Visite de la Miete »          │
        └──────────────────────────────────────────────────────────────────────────────┘

         Tableau de bord              ? aide · : commande · q quitter               1/1
        """
        #expect(world.program(.fr).text == expected)
    }

    @Test func dashboardInEnglishAt80x24() throws {
        let world = try World.seeded()
        defer { world.cleanUp() }
        let lines = world.program(.en).lines
        #expect(lines[0] == " Parcours · Dashboard                                            Tue 2026-03-10")
        #expect(lines[3] == "│▸ Promo printemps        02-23 → 06-30  4 holders  sessions 2/4  Attend. 67 % │")
        #expect(lines[5] == "│    ⚠ 1 no roll call · Bruno Lefèvre: 2 absences in a row                     │")
        #expect(lines[20] == "│ Thu 03-12 09:30  visit · Promo printemps · “Visite de la Miete”              │")
        #expect(lines[23] == " Dashboard                   ? help · : command · q quit                    1/1")
    }

    @Test func dashboardAt120x40ShowsFullDates() throws {
        let world = try World.seeded()
        defer { world.cleanUp() }
        let lines = world.program(.fr, width: 120, height: 40).lines
        #expect(lines.count == 40)
        #expect(lines[3].contains("23/02/2026 → 30/06/2026  4 porteurs  séances 2/4  Assid. 67 %"))
        #expect(world.program(.en, width: 120, height: 40).lines[3].contains("2026-02-23 → 2026-06-30  4 holders"))
    }

    @Test func rollCallInFrenchAt80x24() throws {
        let world = try World.seeded()
        defer { world.cleanUp() }
        let p = world.program(.fr)
        p.press(.enter, .tab, .tab)
        let expected = """
         Parcours · Promo printemps                                     mar. 10/03/2026
         Porteurs │ Séances │ Émargement │ Étapes │ Journal
                          23/02 02/03 09/03 12/03   P/A/E  Assid.
                                            vis.
        ▸ Amina Diallo      P    P~     ·     ·     2/0/0  100 %
          Bruno Lefèvre     A     A     ·     ·     0/2/0  0 %
          Chloé Martin      P     ·     ·     ·     1/0/0  100 %
          David Nguyen      P     ·     ·     ·     1/0/0  100 %
          Total            3/4   1/4   0/4   0/4










         lun. 09/03/2026 · prévue · atelier « Modèle économique »
         Amina Diallo : ·
         P présent · A absent · E excusé · ~ à distance · * remarque · · rien

         Cap Création › Promo printemps › Émargement  ? aide · : commande ·…  1/4 · 3/4
        """
        #expect(p.text == expected)
        // The cursor's cell is highlighted: row Amina, column 09/03.
        #expect(p.frame().canvas[4, 18 + 2 * 6 + 2].style == Palette.cursor)
    }

    @Test(arguments: [Language.fr, .en], [0, 1])
    func everyCohortViewAndTheHolderFile(_ language: Language, _ sizeIndex: Int) throws {
        let (width, height) = Self.sizes[sizeIndex]
        let world = try World.seeded()
        defer { world.cleanUp() }
        let fr = language == .fr
        let p = world.program(language, width: width, height: height)
        p.press(.enter)
        var lines = p.lines
        #expect(lines.count == height)
        #expect(lines[1].hasPrefix(fr ? " Porteurs │ Séances │ Émargement │ Étapes │ Journal" : " Participants │ Sessions │ Roll call │ Pipeline │ Journal"))
        #expect(lines[2].hasPrefix(fr ? "Porteur " : "Holder "))
        #expect(lines[4].hasPrefix("Bruno Lefèvre"))
        #expect(lines[4].contains(fr ? "Idée" : "Idea"))
        #expect(lines[4].contains("0 %"))
        #expect(lines[height - 1].hasPrefix(fr ? " Cap Création › Promo printemps › Porteurs" : " Cap Création › Promo printemps › Participants"))

        p.press(.tab)
        lines = p.lines
        #expect(lines[2].hasPrefix(fr ? "Date       Heure Durée  Type           Intitulé" : "Date       Time  Length Kind        Title"))
        #expect(lines[3].hasPrefix(fr ? "23/02/2026       3 h    atelier        Définir son projet"
                                      : "2026-02-23       3 h    workshop    Définir son projet"))
        #expect(lines[6].contains("09:30") && lines[6].contains("Visite de la Miete"))
        // The detail pane of the selected (first) session, at the bottom of the body.
        #expect(lines[height - 8].contains(fr ? "atelier — Définir son projet" : "workshop — Définir son projet"))
        #expect(lines.suffix(8).contains { $0.contains(fr ? "Présences  3 présents · 1 absent · 0 excusé"
                                              : "Attendance   3 present · 1 absent · 0 excused") })

        p.press(.tab, .tab)
        lines = p.lines
        // Untargeted empty stages fold into one line above the board.
        #expect(lines[2].hasPrefix(fr ? "Autres étapes : Envie d'entreprendre 0 · Création 0" : "Other stages: Wish to start 0 · Launch 0"))
        #expect(lines[2].hasSuffix(fr ? "(z : tout afficher)" : "(z: show all)"))
        #expect(lines[3].contains(fr ? "Émergence (2)" : "Emergence (2)"))
        #expect(lines[4].contains("Amina Diallo") && lines[4].contains("Bruno Lefèvre"))
        p.press(.character("z"))
        lines = p.lines
        #expect(lines[2].hasPrefix(fr ? "Envie d'" : "Wish to"))
        p.press(.character("z"))

        p.press(.tab)
        lines = p.lines
        #expect(lines[3].contains(fr ? "Amina Diallo marqué·e présent·e" : "Amina Diallo"))
        // 25 events, and the 3 first presences that started participations (issue 16).
        #expect(lines[height - 1].contains("1/28"))

        p.press(.backTab, .backTab, .backTab, .backTab, .enter)
        lines = p.lines
        #expect(lines[0].contains(fr ? "Fiche porteur — Amina Diallo" : "Holder file — Amina Diallo"))
        #expect(lines.contains { $0.contains("Épicerie solidaire — " + (fr ? "Émergence (0 j) · Actif" : "Emergence (0 d) · Active")) })
        #expect(lines.contains { $0.contains(fr ? "23/02 P 02/03 P~" : "02-23 P 03-02 P~") })
    }

    @Test(arguments: [Language.fr, .en])
    func welcomeOnAnEmptyDirectory(_ language: Language) throws {
        let world = try World()
        defer { world.cleanUp() }
        let text = world.program(language).text
        #expect(text.contains(language == .fr ? "Bienvenue dans Parcours" : "Welcome to Parcours"))
        #expect(text.contains(language == .fr ? "▸ Charger les programmes d'exemple" : "▸ Load the example programmes"))
        #expect(text.contains(language == .fr ? "Commencer : créer un premier dispositif" : "Start empty: create a first programme"))
    }

    @Test func belowTheMinimumSizeTheScreenSaysWhatIsNeeded() throws {
        let world = try World.seeded()
        defer { world.cleanUp() }
        let p = world.program(.fr, width: 60, height: 20)
        // The notice wraps between the size needed and the size now, each line centred.
        #expect(p.lines[9] == "       Terminal trop petit : il faut au moins 80×24,")
        #expect(p.lines[10] == "                     actuellement 60×20")
        p.send(.resize(Size(width: 80, height: 24)))
        #expect(p.text.contains("Dispositifs et promotions"))
    }

    @Test func helpIsGeneratedFromTheLiveKeymapInTwoColumnsWhenLong() throws {
        let world = try World.seeded()
        defer { world.cleanUp() }
        let p = world.program(.fr)
        p.press(.enter, .tab, .tab, .character("?"))
        let lines = p.lines
        // The roll call's keys do not fit one column at 80×24: two columns, nothing cut.
        #expect(lines[1].hasPrefix("┌ Aide — Échap ou ? pour fermer"))
        #expect(lines[11] == "│  T        Tous présents d'un coup      ?        Cette aide                   │")
        #expect(lines[16] == "│  r        À distance / sur place                écran)                       │")
        #expect(lines[8] == "│  PgSuiv   Page suivante                R        Rapport de la promotion      │")
        #expect(lines[10] == "│  → l      Colonne suivante            Partout                                │")
        #expect(lines.contains { $0.contains("Ctrl-R   Rétablir") })
        #expect(lines[2].contains("M        Mes porteurs / tous"))
        // The `:` verbs' last line is one scroll below.
        p.press(.character("j"))
        #expect(p.lines.contains { $0.contains("· undo · redo · sync · q") })
        p.press(.escape)
        #expect(!p.text.contains("Ctrl-R"))
        // At 120×40 the roll call's keys and the global ones side by side, nothing cut.
        let wide = world.program(.en, width: 120, height: 40)
        wide.press(.enter, .tab, .tab, .character("?"))
        #expect(wide.lines[11].hasPrefix("│  T         Everyone present at once") && wide.lines[11].contains("Everywhere"))
        #expect(wide.lines.contains { $0.contains("My holders / all") })
    }
}

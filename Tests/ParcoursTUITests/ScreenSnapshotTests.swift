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
        │    ⚠ 1 sans appel · Bruno Lefèvre absent 2+ fois                             │
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
        │ jeu. 12/03/2026 09:30  visite « Visite de la Miete » · Promo printemps       │
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
        #expect(lines[5] == "│    ⚠ 1 no roll call · Bruno Lefèvre absent 2+ times                          │")
        #expect(lines[20] == "│ Thu 2026-03-12 09:30  visit “Visite de la Miete” · Promo printemps           │")
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
                          23/02 02/03 09/03 12/03  Total
        ▸ Amina Diallo      P    P~     ·     ·    2/0/0  100 %
          Bruno Lefèvre     A     A     ·     ·    0/2/0  0 %
          Chloé Martin      P     ·     ·     ·    1/0/0  100 %
          David Nguyen      P     ·     ·     ·    1/0/0  100 %
          Total            3/4   1/4   0/4   0/4











         atelier « Modèle économique » lun. 09/03/2026 · prévue
         Amina Diallo : ·
         P présent · A absent · E excusé · ~ à distance · * remarque · · rien

         Cap Création › Promo printemps › Émargement  ? aide · : commande ·…  1/4 · 3/4
        """
        #expect(p.text == expected)
        // The cursor's cell is highlighted: row Amina, column 09/03.
        #expect(p.frame().canvas[3, 18 + 2 * 6 + 2].style == Palette.cursor)
    }

    @Test(arguments: [Lang.fr, .en], [0, 1])
    func everyCohortViewAndTheHolderFile(_ language: Lang, _ sizeIndex: Int) throws {
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
        #expect(lines[3].hasPrefix(fr ? "atelier    23/02/2026" : "workshop   2026-02-23"))
        #expect(lines[6].contains("09:30") && lines[6].contains("Visite de la Miete"))

        p.press(.tab, .tab)
        lines = p.lines
        #expect(lines[2].contains(fr ? "Émergence (2)" : "Emergence (2)"))
        #expect(lines[3].contains("Amina Diallo") && lines[3].contains("Bruno Lefèvre"))

        p.press(.tab)
        lines = p.lines
        #expect(lines[3].contains(fr ? "Amina Diallo marqué·e présent·e" : "Amina Diallo"))
        #expect(lines[height - 1].contains("1/25"))

        p.press(.backTab, .backTab, .backTab, .backTab, .enter)
        lines = p.lines
        #expect(lines[0].contains(fr ? "Fiche porteur — Amina Diallo" : "Holder file — Amina Diallo"))
        #expect(lines.contains { $0.contains("Épicerie solidaire — " + (fr ? "Émergence (0 j) · Actif" : "Emergence (0 d) · Active")) })
        #expect(lines.contains { $0.contains(fr ? "23/02 P 02/03 P~" : "02-23 P 03-02 P~") })
    }

    @Test(arguments: [Lang.fr, .en])
    func welcomeOnAnEmptyDirectory(_ language: Lang) throws {
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

    @Test func helpIsGeneratedFromTheLiveKeymap() throws {
        let world = try World.seeded()
        defer { world.cleanUp() }
        let p = world.program(.fr)
        p.press(.enter, .tab, .tab, .character("?"))
        let text = p.text
        #expect(text.contains("T               Tous présents (puis les exceptions)"))
        #expect(text.contains("Espace          Présent → absent → excusé"))
        // At 80×24 the global keys are further down: the help scrolls.
        #expect(!text.contains("Ctrl-R"))
        for _ in 0..<12 { p.press(.character("j")) }
        #expect(p.text.contains("Ctrl-R          Rétablir"))
        p.press(.escape)
        #expect(!p.text.contains("Ctrl-R"))
    }
}

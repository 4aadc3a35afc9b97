import ParcoursDomain
import Testing
@testable import ParcoursTUI

@Suite struct UITextTests {
    @Test(arguments: [Language.fr, .en])
    func everyStringExistsInBothLanguages(_ language: Language) {
        for key in UIText.allCases {
            #expect(!key.text(language).trimmingCharacters(in: .whitespaces).isEmpty, "\(key) is empty in \(language)")
        }
    }

    @Test func frenchAndEnglishDifferWhereTheyShould() {
        #expect(UIText.welcomeLoadDemo.text(.fr) != UIText.welcomeLoadDemo.text(.en))
        #expect(UIText.rollCall.text(.fr) == "Émargement")
    }

    @Test func noActionIsReachableOnlyThroughAnAwkwardAzertyKey() {
        let awkward = Set("0123456789[]{}|\\~")
        let screens: [Screen] = [.welcome(menu: 0), .dashboard(selection: 0), .holder(HolderScreen(holder: "x"))]
            + CohortView.allCases.map { .cohort(CohortScreen(cohort: "x", view: $0)) }
        for screen in screens {
            for binding in Keymap.bindings(for: screen) + Keymap.global {
                let easy = binding.keys.contains { key in
                    if case .character(let c) = key { return !awkward.contains(c) }
                    return true
                }
                #expect(easy, "\(binding.action) on \(screen)")
            }
        }
    }
}

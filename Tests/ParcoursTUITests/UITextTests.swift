import ParcoursDomain
import TerminalKit
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

    static let screens: [Screen] = [.welcome(menu: 0), .dashboard(selection: 0), .holder(HolderScreen(holder: "x")),
                                    .report(ReportScreen(scope: .cohort("x")))]
        + CohortView.allCases.map { .cohort(CohortScreen(cohort: "x", view: $0)) }
        + IdeasTab.allCases.map { .ideas(IdeasScreen(tab: $0)) }

    @Test func noActionIsReachableOnlyThroughAnAwkwardAzertyKey() {
        let awkward = Set("0123456789[]{}|\\~")
        for screen in Self.screens {
            for binding in Keymap.bindings(for: screen) + Keymap.global {
                let easy = binding.keys.contains { key in
                    if case .character(let c) = key { return !awkward.contains(c) }
                    return true
                }
                #expect(easy, "\(binding.action) on \(screen)")
            }
        }
    }

    /// A key means one thing on a screen: its own table and the global one never share a
    /// key (`E` edits, `X` erases… wherever they are bound).
    @Test func noKeyIsBoundTwiceOnAScreen() {
        for screen in Self.screens {
            var seen: [Key: Action] = [:]
            for binding in Keymap.bindings(for: screen) + Keymap.global {
                for key in binding.keys {
                    #expect(seen[key] == nil || seen[key] == binding.action, "\(key) on \(screen): \(String(describing: seen[key])) and \(binding.action)")
                    seen[key] = binding.action
                }
            }
        }
    }

    /// Where `E` edits: every screen with something to edit, and the key is the same.
    @Test func capitalEEditsWhereverSomethingIsSelected() {
        for screen in Self.screens {
            let action = Keymap.action(for: .character("E"), on: screen)
            switch screen {
            // Ideas have no edit command: a title is corrected by undoing its addition.
            case .welcome, .report, .ideas: #expect(action == nil, "\(screen)")
            case .cohort(let cs) where cs.view == .rollCall: #expect(action == nil)
            case .cohort(let cs) where cs.view == .sessions: #expect(action == .editSession)
            default: #expect(action == .edit, "\(screen)")
            }
        }
    }
}

import Foundation
import ParcoursDomain

extension Language {
    /// `PARCOURS_LANG` first, then the locale variables in POSIX precedence.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> Language {
        for key in ["PARCOURS_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[key], !value.isEmpty { return Language(localeIdentifier: value) }
        }
        return .en
    }
}

import ParcoursDomain
import TerminalKit

// TerminalKit and ParcoursDomain both name a `Language` and a `Command`: these aliases
// keep every file of the interface unambiguous.
typealias Lang = ParcoursDomain.Language
typealias DomainCommand = ParcoursDomain.Command

extension ParcoursDomain.Language {
    /// TerminalKit's language for its own labels (key names, size notice).
    var terminal: TerminalKit.Language { self == .fr ? .french : .english }
}

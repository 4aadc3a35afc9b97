import ParcoursDomain
import TerminalKit

extension Language {
    /// The language of TerminalKit's own labels (key names, the size notice).
    var labels: LabelLanguage { self == .fr ? .french : .english }
}

import ParcoursDomain
import TerminalKit

/// A form over the screen: keys edit the focused field; Enter validates in place and,
/// once valid, closes the form and asks for the commands it stands for; Esc cancels.
/// The keys that follow act on the screen at once, as they did when writing was done
/// before the next key; a refused write opens the form again with the reason
/// (`Outcomes`), what was typed kept.
enum FormReducer {
    static func reduce(_ key: Key, _ form: Form, _ m: inout Model) -> [Effect] {
        var form = form
        switch form.handle(key) {
        case .cancel:
            m.overlay = nil
            return []
        case .editing:
            m.overlay = .form(form)
            return []
        case .submit:
            form.error = nil
            guard form.validate(m.language) else {
                m.overlay = .form(form)
                return []
            }
            m.overlay = nil
            return [.perform(Forms.commands(form))]
        }
    }
}

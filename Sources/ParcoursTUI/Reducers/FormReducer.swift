import ParcoursDomain
import TerminalKit

/// A form over the screen: keys edit the focused field; Enter validates in place and,
/// once valid, asks for the commands the form stands for; Esc cancels. The form stays
/// open until its write answers (`Outcomes`): closed when done, the refusal shown in it.
enum FormReducer {
    static func reduce(_ key: Key, _ form: Form, _ m: inout Model) -> [Effect] {
        var form = form
        // Submitted, waiting for its write: only Esc (close it) acts; a second Enter
        // must not write twice.
        if form.submitting {
            if key == .escape { m.overlay = nil }
            return []
        }
        switch form.handle(key) {
        case .cancel:
            m.overlay = nil
            return []
        case .editing:
            m.overlay = .form(form)
            return []
        case .submit:
            form.error = nil
            let valid = form.validate(m.language)
            form.submitting = valid
            m.overlay = .form(form)
            return valid ? [.perform(Forms.commands(form))] : []
        }
    }
}

import ParcoursDomain
import TerminalKit

/// A form over the screen: keys edit the focused field; Enter validates in place and,
/// once valid, closes the form and asks for the commands it stands for — or, for a
/// removal, an erasure or a withdrawn consent, asks first (`Confirm`); Esc cancels.
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
            let commands = Forms.commands(form)
            if let confirm = confirmation(form, commands, m) {
                m.overlay = .confirm(confirm)
                return []
            }
            return [.perform(commands)]
        }
    }

    /// The question asked before a removal (taken back by `u`), an erasure or a withdrawn
    /// consent (neither can be); nil when the form's commands run at once.
    static func confirmation(_ form: Form, _ commands: [Command], _ m: Model) -> Confirm? {
        let l = m.language
        func name(_ id: EntityID) -> String { m.state.holders[id]?.name ?? id }
        switch form.purpose {
        case .removeHolder(let id):
            var lines = [UIText.removeQuestion(name(id), l)]
            if form[.fieldWithHistory]?.chosen == "yes" {
                let h = Forms.history(id, m.state)
                lines.append(UIText.historyGoesToo(UIText.historyCounts(h.marks, h.notes, h.participations, l), l))
            }
            lines.append(UIText.undoRestores.text(l))
            return Confirm(title: UIText.confirmRemoveTitle.text(l), lines: lines, confirmLabel: UIText.buttonRemove.text(l),
                           commands: commands, form: form)
        case .erase(let id):
            return Confirm(title: UIText.confirmEraseTitle.text(l),
                           lines: [UIText.eraseQuestion(name(id), l), UIText.eraseIsFinal.text(l),
                                   UIText.reasonKept(form[.fieldReason]?.value ?? "", l)],
                           confirmLabel: UIText.buttonErase.text(l), commands: commands, final: true, form: form)
        case .consent(let id) where form[.fieldConsent]?.chosen == "withdrawn":
            let scope = form[.fieldScope]?.chosen.flatMap(ConsentScope.init(rawValue:)) ?? .obstacles
            return Confirm(title: UIText.confirmWithdrawTitle.text(l),
                           lines: [UIText.withdrawQuestion(name(id), Catalog.consentScope(scope, l), l),
                                   UIText.withdrawErases.text(l)],
                           confirmLabel: UIText.buttonWithdraw.text(l), commands: commands, final: true, form: form)
        default:
            return nil
        }
    }
}

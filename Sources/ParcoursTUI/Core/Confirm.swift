import ParcoursDomain

/// What a final action did, said whole in a dialog rather than cut on the message line
/// (an erasure's message says what is left to do by hand): any of Enter, Esc, `q`, Space
/// closes it.
struct Notice: Hashable, Sendable {
    var title: String
    var text: String
}

/// A question asked before a removal, a merge, an erasure or a withdrawn consent: what
/// will happen in words, and the commands it stands for, performed only once confirmed
/// (`o` / `y`, or Enter on the confirming button). Esc, `n` or `q` cancel with nothing
/// written.
struct Confirm: Hashable, Sendable {
    var title: String
    /// What will happen, one paragraph per line (wrapped when drawn).
    var lines: [String]
    /// The confirming button's label ("Retirer", "Effacer définitivement").
    var confirmLabel: String
    var commands: [Command]
    /// It cannot be undone: the cancelling button is the one selected at first, so an
    /// Enter pressed once too often does nothing.
    var final = false
    /// The form it was asked from: a refusal opens that form again with the reason (the
    /// reason typed must change); without one, the question shows the refusal itself.
    var form: Form?
    /// Why the last confirmation was refused (a merge's clashes, listed by the domain).
    var error: String?
    /// 0 the cancelling button, 1 the confirming one.
    var selected: Int

    init(title: String, lines: [String], confirmLabel: String, commands: [Command], final: Bool = false,
         form: Form? = nil) {
        self.title = title
        self.lines = lines
        self.confirmLabel = confirmLabel
        self.commands = commands
        self.final = final
        self.form = form
        selected = final ? 0 : 1
    }
}

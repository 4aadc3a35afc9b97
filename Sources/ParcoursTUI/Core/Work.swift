import ParcoursDomain

/// A write handed to the worker and not finished yet. Writes are queued, never refused:
/// each one is decided on the state the previous ones left, in the order asked.
struct Work: Hashable, Sendable {
    enum Kind: Hashable, Sendable {
        case perform, loadDemo, sync, exportReport, exportSheet
    }

    var kind: Kind
    /// The form it was submitted from, as submitted: a refusal opens it again.
    var form: Form?
    /// The question it was confirmed from, when no form came before it (a merge): a
    /// refusal asks it again, with the reason.
    var confirm: Confirm?
    /// Done fraction, when the work reports its steps.
    var fraction: Double?
    /// Ticks seen while it ran: a quick perform is named only once it has taken one.
    var ticks = 0

    /// What the status line says while it runs ("Synchronisation en cours…"), nil while
    /// a perform is too quick to be worth naming.
    func label(_ l: Language) -> String? {
        let text: UIText
        switch kind {
        case .perform:
            guard ticks > 0 else { return nil }
            text = .workSaving
        case .loadDemo: text = .workLoadingDemo
        case .sync: text = .workSyncing
        case .exportReport: text = .workExporting
        case .exportSheet: text = .workWritingSheet
        }
        guard let fraction else { return text.text(l) }
        return text.text(l) + " " + UIText.percent(fraction)
    }
}

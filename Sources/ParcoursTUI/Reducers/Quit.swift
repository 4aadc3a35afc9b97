import ParcoursDomain

/// Leaving: at once when nothing is being written; otherwise once the writes under way
/// end (a mark or a sync is never cut short by `q`), and at once on a second Ctrl-C.
enum Quit {
    static func request(_ m: inout Model, force: Bool = false) -> [Effect] {
        if m.work.isEmpty || force { return [.quit] }
        m.quitting = true
        m.say(UIText.quitWhenDone.text(m.language))
        return []
    }

    /// After a write ended: quits if that was the last one the user was waiting for.
    static func ifWaiting(_ m: inout Model) -> [Effect] {
        m.quitting && m.work.isEmpty ? [.quit] : []
    }
}

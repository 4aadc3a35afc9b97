import ParcoursDomain
import TerminalKit

/// What effects led to, and the tick: the state they bring replaces the model's, the
/// work they end leaves the status line, and their words become the message.
enum Outcomes {
    static func reduce(_ msg: Msg, _ m: inout Model) -> [Effect] {
        switch msg {
        case .key, .resize:
            return []
        case .tick:
            return tick(&m)
        case .refreshed(let refresh):
            m.refreshing = false
            guard let refresh else { return [] }
            m.state = refresh.state
            leaveRemoved(&m)
            m.today = refresh.today
            m.syncStatus = refresh.syncStatus
            m.logWarning = refresh.logWarning
            if refresh.newEvents > 0 { m.say(UIText.refreshed(refresh.newEvents, m.language)) }
            return []
        case .refreshFailed(let text):
            m.refreshing = false
            m.say(text, error: true)
            return []
        case .journalRead(let lines):
            m.journal = lines
            return []
        case .followUpsMade(let rows):
            // Rows of an older state than those held, or of another day, are dropped.
            guard rows.today == m.today, rows.eventCount >= (m.followUps?.eventCount ?? 0) else { return [] }
            m.followUps = rows
            if case .followUps(var fs) = m.screen {
                FollowUpsReducer.follow(&fs, m)
                m.screen = .followUps(fs)
            }
            return []
        case .progress(let done, let total):
            if !m.work.isEmpty, total > 0 { m.work[0].fraction = Double(done) / Double(total) }
            return []
        case .performed(let text, let state, let overlaps):
            let work = finish(&m)
            let before = m.state
            m.state = state
            leaveRemoved(&m)
            if case .newOpenEvent = work?.form?.purpose { EventsReducer.selectNew(since: before, &m) }
            m.say(text)
            // What cannot be undone is said whole: it says what is left to do by hand.
            if let form = work?.form, m.overlay == nil, let title = finalTitle(form, m.language) {
                m.overlay = .notice(Notice(title: title, text: text))
            }
            // Where the attendance sheet went, whole, when the message line would cut the path.
            let path = text.components(separatedBy: " — ").first ?? text
            if work?.kind == .exportSheet, m.overlay == nil, DisplayWidth.of(path) > m.size.width - 2 {
                m.overlay = .notice(Notice(title: UIText.sheetTitle.text(m.language), text: text))
            }
            // A session at the same time as another in its venue or with its facilitator:
            // recorded, and said whole so it is read before the day (a line would cut it).
            if !overlaps.isEmpty, m.overlay == nil {
                var said = text
                for overlap in overlaps { said = said.replacingOccurrences(of: " " + overlap, with: "") }
                let lines = [said, ""] + overlaps.map { "⚠ " + $0 } + ["", UIText.overlapHint.text(m.language)]
                m.overlay = .notice(Notice(title: UIText.overlapTitle.text(m.language), text: lines.joined(separator: "\n")))
            }
            if case .welcome = m.screen, !state.programmes.isEmpty { m.stack = [.dashboard(selection: 0)] }
            return Quit.ifWaiting(&m)
        case .failed(let text, let state):
            let work = finish(&m)
            m.state = state
            // A form's write refused: the form again, with the reason and what was typed
            // (unless something else covers the screen by now).
            if var form = work?.form, m.overlay == nil {
                form.error = text
                m.overlay = .form(form)
            } else if var confirm = work?.confirm, m.overlay == nil {
                // A merge refused: the question again, with the clashes the domain lists.
                confirm.error = text
                m.overlay = .confirm(confirm)
            } else {
                m.say(text, error: true)
            }
            return Quit.ifWaiting(&m)
        case .synced(let text, let failed, let state, let status, let today):
            finish(&m)
            m.state = state
            m.today = today
            m.syncStatus = status
            m.say(text, error: failed)
            return Quit.ifWaiting(&m)
        }
    }

    /// Every 500 ms: read what other processes appended (unless a read is still on its
    /// way: a long sync must not pile reads up behind it), and turn the spinner.
    static func tick(_ m: inout Model) -> [Effect] {
        if !m.work.isEmpty {
            m.work[0].ticks += 1
            m.spinner += 1
        }
        guard !m.refreshing else { return [] }
        m.refreshing = true
        return [.refresh]
    }

    /// The title of the notice after an erasure or a withdrawn consent; nil for the rest.
    static func finalTitle(_ form: Form, _ l: Language) -> String? {
        switch form.purpose {
        case .erase: UIText.confirmEraseTitle.text(l)
        case .consent where form[.fieldConsent]?.chosen == "withdrawn": UIText.confirmWithdrawTitle.text(l)
        default: nil
        }
    }

    /// Leaves the files of holders no longer listed (removed, or merged into another) and
    /// the screens of cohorts gone (an undone creation): nothing would show there.
    static func leaveRemoved(_ m: inout Model) {
        let state = m.state
        let kept = m.stack.filter { screen in
            switch screen {
            case .holder(let hs): state.holders[hs.holder] != nil
            case .cohort(let cs): state.cohorts[cs.cohort] != nil
            default: true
            }
        }
        if kept.count != m.stack.count, !kept.isEmpty { m.stack = kept }
    }

    /// The oldest write ended (outcomes come back in the order the writes were asked).
    @discardableResult
    static func finish(_ m: inout Model) -> Work? {
        m.work.isEmpty ? nil : m.work.removeFirst()
    }
}

import ParcoursDomain

/// The roll call: a cursor over holders × sessions; `T` everyone present, then `p` /
/// `a` / `e` the exceptions, Space cycles, `r` remote, `c` a remark, `x` clears. What a
/// key does not say (remote, remark) the domain keeps.
enum RollCallReducer {
    static func reduce(_ action: Action, _ cs: inout CohortScreen, _ m: inout Model) -> [Effect] {
        let l = m.language
        let holders = Rows.rollHolders(m.state, cohort: cs.cohort, mine: m.myHolders)
        let sessions = Rows.rollSessions(m.state, cohort: cs.cohort)
        cs.rollColumn = max(0, min(cs.rollColumn, sessions.count - 1))
        let session = sessions.indices.contains(cs.rollColumn) ? sessions[cs.rollColumn] : nil
        let holder = holders.indices.contains(cs.rollRow.selection) ? holders[cs.rollRow.selection] : nil

        /// The cell under the cursor, if the holder is expected there; otherwise why not.
        func cell() -> (session: Session, holder: Holder)? {
            guard let session, let holder else { m.say(UIText.noSelection.text(l), error: true); return nil }
            guard m.state.isExpected(holder: holder.id, at: session) else {
                m.say(UIText.notTheirMeeting(Rows.holderName(session, m.state) ?? "", l), error: true)
                return nil
            }
            return (session, holder)
        }
        func mark(_ value: Mark) -> [Effect] {
            guard let (session, holder) = cell() else { return [] }
            return [.perform([.attend(session: session.id, holder: holder.id, mark: value)])]
        }

        switch action {
        case .left: cs.rollColumn = max(0, cs.rollColumn - 1)
        case .right: cs.rollColumn = max(0, min(sessions.count - 1, cs.rollColumn + 1))
        case .allPresent:
            guard let session else { m.say(UIText.noSelection.text(l), error: true); return [] }
            return [.perform([.markAllPresent(session: session.id)])]
        case .present: return mark(.present)
        case .absent: return mark(.absent)
        case .excused: return mark(.excuse)
        case .cycleMark:
            guard let (session, holder) = cell() else { return [] }
            return [.cycleMark(session: session.id, holder: holder.id)]
        case .toggleRemote:
            guard let (session, holder) = cell() else { return [] }
            return [.toggleRemote(session: session.id, holder: holder.id)]
        case .remark:
            guard let session, let holder else { m.say(UIText.noSelection.text(l), error: true); return [] }
            let current = m.state.mark(session: session.id, holder: holder.id)
            let value = current ?? MarkValue(mark: .present, author: m.author, time: .distantPast)
            m.overlay = .form(Forms.remark(session: session.id, holder: holder.id, value: value))
        case .clearMark:
            guard let session, let holder, m.state.mark(session: session.id, holder: holder.id) != nil else { return [] }
            return [.perform([.clearMark(session: session.id, holder: holder.id)])]
        case .open:
            guard let holder else { return [] }
            m.push(.holder(HolderScreen(holder: holder.id)))
        case .nextMatch, .previousMatch:
            cs.rollRow.selection = Selection.nextMatch(holders.map { [$0.name] }, from: cs.rollRow.selection,
                                                       forward: action == .nextMatch, filter: m.filter)
        default:
            Selection.move(&cs.rollRow, action, count: holders.count, rows: m.listRows - 4)
        }
        return []
    }

    /// The mark Space moves to: present → absent → excused → present (present when none).
    static func cycled(_ mark: Mark?) -> Mark {
        switch mark {
        case nil: .present
        case .present: .absent
        case .absent: .excuse
        case .excuse: .present
        }
    }
}

import ParcoursDomain
import TerminalKit

/// `view(model) -> frame`: draws the whole screen into a canvas, pure.
///
/// Layout: a header line, the screen's body, the status line (or the `/` and `:` prompt).
/// Help and forms are drawn over the body.
enum View {
    static let minimum = Size(width: 80, height: 24)

    static func frame(_ m: Model) -> Frame {
        var canvas = Canvas(size: m.size)
        guard m.size.fits(minimum) else {
            MinimumSizeNotice(required: minimum, actual: m.size, language: m.language.labels).draw(into: &canvas)
            return Frame(canvas: canvas)
        }
        let l = m.language
        let width = m.size.width
        // Header: the application, the screen's title, today's date.
        canvas.fill(Rect(row: 0, col: 0, width: width, height: 1), style: Palette.header)
        // "My holders" is said on every screen while it filters some of them.
        let mine = m.referent.map { UIText.myHoldersHeader(m.state.personName($0), mine: $0 == m.authorPerson, l) + "  " } ?? ""
        let today = mine + (m.readOnly ? "[" + UIText.readOnly.text(l) + "]  " : "") + Catalog.day(m.today, l)
        canvas.put(" Parcours · " + title(m), row: 0, col: 0, style: Palette.header, maxWidth: width - DisplayWidth.of(today) - 2,
                   overflow: .ellipsis)
        canvas.put(today, row: 0, col: width - DisplayWidth.of(today) - 1, style: Palette.header)

        let body = Rect(row: 1, col: 0, width: width, height: m.size.height - 3)
        var position = ""
        canvas.withRegion(body) { c in
            switch m.screen {
            case .welcome(let menu): WelcomeView.draw(m, menu: menu, into: &c)
            case .dashboard(let selection): position = DashboardView.draw(m, selection: selection, into: &c)
            case .cohort(let cs): position = CohortScreenView.draw(m, cs, into: &c)
            case .holder(let hs): position = HolderView.draw(m, hs, into: &c)
            case .report(let rs): position = ReportView.draw(m, rs, into: &c)
            case .events(let es): position = EventsView.draw(m, es, into: &c)
            case .followUps(let fs): position = FollowUpsView.draw(m, fs, into: &c)
            case .ideas(let s): position = IdeasView.draw(m, s, into: &c)
            case .calendar(let cal): position = CalendarView.draw(m, cal, into: &c)
            }
        }

        var cursor: Position?
        switch m.overlay {
        case .help(let scroll):
            canvas.withRegion(body) { c in HelpView.draw(m, scroll: scroll, into: &c) }
        case .form(let form):
            canvas.withRegion(body) { c in
                if let p = FormView.draw(form, l, into: &c) { cursor = Position(row: p.row + body.row, col: p.col + body.col) }
            }
        case .picker(let picker):
            canvas.withRegion(body) { c in
                if let p = PickerView.draw(picker, m, into: &c) { cursor = Position(row: p.row + body.row, col: p.col + body.col) }
            }
        case .confirm(let confirm):
            canvas.withRegion(body) { c in ConfirmView.draw(confirm, l, into: &c) }
        case .notice(let notice):
            canvas.withRegion(body) { c in ConfirmView.draw(notice, l, into: &c) }
        default: break
        }

        let last = m.size.height - 1
        // The last message on its own line, so a long one is read whole; what is running
        // at its right end, whole whatever the width ("⠙ Synchronisation en cours…").
        let messageStyle = m.messageIsError ? Palette.error : Style.plain
        let running = working(m)
        let runningWidth = running.map { DisplayWidth.of($0) + 2 } ?? 0
        canvas.put(m.message, row: last - 1, col: 1, style: messageStyle, maxWidth: width - 2 - runningWidth, overflow: .ellipsis)
        if let running {
            canvas.put(running, row: last - 1, col: width - 1 - DisplayWidth.of(running), style: Palette.title)
        }
        if case .prompt(let kind, let field) = m.overlay {
            let label = kind == .filter ? UIText.filterPrompt.text(l) : UIText.commandPrompt.text(l)
            canvas.fill(Rect(row: last, col: 0, width: width, height: 1))
            let start = canvas.put(label, row: last, col: 0, style: Palette.title)
            cursor = TextField.draw(field, into: &canvas, in: Rect(row: last, col: start, width: width - start, height: 1),
                                    style: .plain, placeholderStyle: Palette.dim)
        } else {
            if !m.filter.isEmpty { position = "\(UIText.filterActive.text(l)) \(Texts.quoted(m.filter, l))  " + position }
            let warning = m.logWarning == nil ? "" : UIText.logsNeedChecking.text(l) + " · "
            let hint = warning + (m.syncStatus.map { $0 + " · " } ?? "") + UIText.quitHint.text(l)
            StatusBar(breadcrumb: breadcrumb(m), message: hint, position: position)
                .draw(into: &canvas, row: last, col: 0, width: width)
        }
        return Frame(canvas: canvas, cursor: cursor)
    }

    static let spinner = Array("⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏")

    /// What the worker is busy with, with a spinner turning at each tick
    /// ("⠙ Synchronisation en cours…"); nil when nothing worth naming runs.
    static func working(_ m: Model) -> String? {
        guard let label = m.work.first?.label(m.language) else { return nil }
        return String(spinner[m.spinner % spinner.count]) + " " + label
    }

    static func title(_ m: Model) -> String {
        let l = m.language
        switch m.screen {
        case .welcome: return UIText.welcomeTitle.text(l)
        case .dashboard: return UIText.dashboard.text(l)
        case .cohort(let cs): return m.state.cohorts[cs.cohort]?.name ?? ""
        case .holder(let hs): return UIText.holderFile.text(l) + " — " + (m.state.holders[hs.holder]?.name ?? "")
        case .report(let rs): return UIText.reportTitle.text(l) + " — " + ReportView.scopeName(rs.scope, m.state)
        case .events: return UIText.openEvents.text(l)
        case .followUps(let fs):
            return UIText.followUpsTitle.text(l) + (fs.cohort.flatMap { m.state.cohorts[$0] }.map { " — " + $0.name } ?? "")
        case .ideas(let s):
            return UIText.ideasTitle.text(l) + (s.programme.flatMap { m.state.programmes[$0] }.map { " — " + $0.name } ?? "")
        case .calendar: return UIText.calendarTitle.text(l)
        }
    }

    /// programme › cohort › view (or › holder).
    static func breadcrumb(_ m: Model) -> [String] {
        let l = m.language
        var parts: [String] = []
        for screen in m.stack {
            switch screen {
            case .welcome: parts.append(UIText.appName.text(l))
            case .dashboard: parts.append(UIText.dashboard.text(l))
            case .cohort(let cs):
                if let cohort = m.state.cohorts[cs.cohort] {
                    parts = [m.state.programmes[cohort.programme]?.name ?? "", cohort.name]
                }
                if case .cohort = m.screen { parts.append(cs.view.title.text(l)) }
            case .holder(let hs): parts.append(m.state.holders[hs.holder]?.name ?? hs.holder)
            case .report: parts.append(UIText.reportTitle.text(l))
            case .events: parts.append(UIText.openEvents.text(l))
            case .followUps: parts.append(UIText.followUpsShort.text(l))
            case .ideas(let s): parts.append((s.tab == .ideas ? UIText.ideasShort : UIText.callsTab).text(l))
            case .calendar: parts.append(UIText.calendarTitle.text(l))
            }
        }
        return parts
    }
}

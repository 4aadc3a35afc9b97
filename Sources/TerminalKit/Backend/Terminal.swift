import CNcursesw
import Foundation

/// The ncurses backend: the only code that talks to the terminal.
///
/// It copies canvases to the screen (only the cells that changed), reads keys, and
/// restores the terminal on `stop()`, on deinit and on fatal signals. Use it from the
/// main thread only, one at a time.
public final class Terminal {
    /// Terminal size in columns and rows, updated on resize.
    public private(set) var size: Size
    /// False when the terminal has no colours or `NO_COLOR` is set: styles then use
    /// bold, dim, reverse and underline only.
    public let usesColor: Bool

    private var screen: OpaquePointer?
    private var stopped = false
    private var last: Canvas?
    private var cursorVisible: Int32 = -1
    private var pairs: [Int: Int16] = [:]
    private var pending: [Key] = []
    private var quickErrors = 0

    /// Enters curses mode on the process' own terminal (stdin/stdout).
    /// Sets the process' locale (ncursesw needs a UTF-8 one), which is not safe while other
    /// threads run: open the terminal before starting them.
    /// - Throws: `TerminalError.unusableTerminal` when TERM is unset or unknown (no exit()).
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) throws(TerminalError) {
        setlocale(LC_ALL, "")
        if let codeset = nl_langinfo(nl_item(CODESET)), String(cString: codeset) != "UTF-8" {
            // Without a UTF-8 locale every accent would silently disappear.
            setlocale(LC_ALL, "C.UTF-8")
        }
        let term = environment["TERM"].flatMap { $0.isEmpty ? nil : $0 }
        guard let term, let screen = newterm(term, cn_stdout(), cn_stdin()) else {
            throw .unusableTerminal(term: term)
        }
        self.screen = screen
        set_term(screen)
        cn_install_restore_handlers()
        raw()
        noecho()
        nonl()
        keypad(cn_stdscr(), true)
        set_escdelay(25)
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        if !noColor && has_colors() {
            start_color()
            use_default_colors()
            usesColor = true
        } else {
            usesColor = false
        }
        size = Size(width: Int(cn_cols()), height: Int(cn_lines()))
        setCursor(visible: false)
    }

    deinit { stop() }

    /// Leaves curses mode and restores the terminal. Safe to call more than once.
    public func stop() {
        guard !stopped else { return }
        stopped = true
        cn_remove_restore_handlers()
        endwin()
        if let screen { delscreen(screen) }
        screen = nil
    }

    /// Forgets what is on screen, so the next `draw` repaints everything.
    public func invalidate() { last = nil }

    /// Shows `canvas`, redrawing only the cells that changed since the last call, and
    /// places the terminal cursor at `cursor` (hidden when nil).
    public func draw(_ canvas: Canvas, cursor: Position? = nil) {
        guard !stopped else { return }
        if last == nil || last?.size != canvas.size { erase() }
        let rows = Int(cn_lines()), cols = Int(cn_cols())
        for run in CanvasDiff.changes(from: last, to: canvas) where run.row < rows {
            for (i, cell) in run.cells.enumerated() where !cell.isContinuation {
                let col = run.col + i
                guard col < cols else { break }
                put(cell, row: run.row, col: col)
            }
        }
        last = canvas
        if let cursor, cursor.row < rows, cursor.col < cols, cursor.row >= 0, cursor.col >= 0 {
            setCursor(visible: true)
            move(Int32(cursor.row), Int32(cursor.col))
        } else {
            setCursor(visible: false)
        }
        refresh()
    }

    /// Waits up to `timeoutMilliseconds` (negative: forever) for a key.
    /// Returns nil on timeout or an interrupted read.
    /// - Throws: `TerminalError.inputClosed` when the input has ended, so loops never spin.
    public func readKey(timeoutMilliseconds: Int) throws(TerminalError) -> Key? {
        if !pending.isEmpty { return pending.removeFirst() }
        guard let key = try readOne(timeoutMilliseconds: timeoutMilliseconds) else { return nil }
        if key == .resize {
            size = Size(width: Int(cn_cols()), height: Int(cn_lines()))
            last = nil
        }
        guard key == .escape else { return key }
        // Esc followed at once by a character is Alt-character.
        let next = try readOne(timeoutMilliseconds: 0)
        let keys = KeyDecoder.combineEscape(with: next)
        pending.append(contentsOf: keys.dropFirst())
        return keys[0]
    }

    // MARK: - Private

    private func readOne(timeoutMilliseconds: Int) throws(TerminalError) -> Key? {
        guard !stopped else { throw .inputClosed }
        timeout(Int32(clamping: timeoutMilliseconds))
        var value: wint_t = 0
        let started = ContinuousClock.now
        errno = 0
        let status = get_wch(&value)
        if status == OK { quickErrors = 0; return KeyDecoder.decode(.character(UInt32(value))) }
        if status == KEY_CODE_YES { quickErrors = 0; return KeyDecoder.decode(.keyCode(Int32(value))) }
        if errno == EINTR { return nil }
        // ERR is also what a timeout returns; an end of input returns at once, again and again.
        if cn_stdin_hung_up() != 0 { throw .inputClosed }
        if timeoutMilliseconds < 0 { throw .inputClosed }
        let elapsed = ContinuousClock.now - started
        if timeoutMilliseconds > 0 && elapsed < .milliseconds(timeoutMilliseconds) / 2 {
            quickErrors += 1
            if quickErrors >= 20 { throw .inputClosed }
        } else {
            quickErrors = 0
        }
        return nil
    }

    private func setCursor(visible: Bool) {
        let wanted: Int32 = visible ? 1 : 0
        guard wanted != cursorVisible else { return }
        curs_set(wanted)
        cursorVisible = wanted
    }

    private func put(_ cell: Cell, row: Int, col: Int) {
        var chars = cell.text.unicodeScalars.prefix(Int(cn_ccharw_max())).map { wchar_t(bitPattern: $0.value) }
        if chars.isEmpty { chars = [wchar_t(32)] }
        chars.append(0)
        let (attributes, pair) = look(cell.style)
        var c = cchar_t()
        setcchar(&c, chars, attributes, pair, nil)
        // At the bottom-right corner mvadd_wch returns ERR but draws: nothing to do.
        _ = mvadd_wch(Int32(row), Int32(col), &c)
    }

    /// Curses attributes and colour pair for a style (monochrome keeps attributes only,
    /// and shows a coloured background as reverse video so segments stay visible).
    private func look(_ style: Style) -> (attr_t, Int16) {
        var attributes = cn_a_normal()
        if style.bold { attributes |= cn_a_bold() }
        if style.dim { attributes |= cn_a_dim() }
        if style.underline { attributes |= cn_a_underline() }
        var reverse = style.reverse
        guard usesColor else {
            if style.background != .default { reverse = !reverse }
            if reverse { attributes |= cn_a_reverse() }
            return (attributes, 0)
        }
        if reverse { attributes |= cn_a_reverse() }
        return (attributes, pair(style.foreground, style.background))
    }

    private func pair(_ foreground: Color, _ background: Color) -> Int16 {
        let fg = available(foreground), bg = available(background)
        if fg == -1 && bg == -1 { return 0 }
        let key = (fg + 1) * 1000 + (bg + 1)
        if let known = pairs[key] { return known }
        let next = pairs.count + 1
        guard next < Int(cn_color_pairs()), next <= Int(Int16.max) else { return 0 }
        init_pair(Int16(next), Int16(fg), Int16(bg))
        pairs[key] = Int16(next)
        return Int16(next)
    }

    /// A colour the terminal has: bright colours fall back to their base on 8-colour terminals.
    private func available(_ color: Color) -> Int {
        let index = color.cursesIndex
        let colors = Int(cn_colors())
        if index < colors { return index }
        if index >= 8 && index < 16 { return index - 8 }
        return -1
    }
}

import TerminalKit

/// The first screen on an empty data directory: load the examples or start empty.
enum WelcomeView {
    static func draw(_ m: Model, menu: Int, into c: inout Canvas) {
        let l = m.language
        let area = c.bounds
        let width = min(64, area.width - 4)
        let intro = wrap(UIText.welcomeIntro.text(l), width: width - 4)
        let height = intro.count + 9
        let rect = Rect(row: max(0, (area.height - height) / 2), col: (area.width - width) / 2, width: width, height: height)
        let inner = Panel.draw(into: &c, in: rect, title: UIText.welcomeTitle.text(l))
        for (i, line) in intro.enumerated() {
            c.put(line, row: inner.row + 1 + i, col: inner.col + 1, maxWidth: inner.width - 2)
        }
        let items = [
            Menu.Item(UIText.welcomeLoadDemo.text(l), hint: "d"),
            Menu.Item(UIText.welcomeStartEmpty.text(l), hint: "c"),
            Menu.Item(UIText.welcomeQuit.text(l), hint: "q"),
        ]
        Menu(items: items, selected: menu)
            .draw(into: &c, in: Rect(row: inner.row + intro.count + 2, col: inner.col + 1, width: inner.width - 2, height: 3))
        c.put(UIText.quitHint.text(l), row: inner.bottom - 1, col: inner.col + 1, style: Palette.dim, maxWidth: inner.width - 2)
    }
}

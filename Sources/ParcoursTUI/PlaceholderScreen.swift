import Foundation
import TerminalKit

/// A minimal screen shown until the real interface exists: the title, the data
/// directory and how many events it holds. q (or Esc, or Ctrl-C) quits; the terminal is
/// restored on every exit path, SIGTERM included (TerminalKit's backend handles it).
/// - Parameter hint: a language hint ("fr"…); PARCOURS_LANG, then LC_ALL/LANG, are used when nil.
public func runPlaceholderScreen(title: String, dataDirectory: String, eventCount: Int, language hint: String?) throws {
    let env = ProcessInfo.processInfo.environment
    let language = Language(hint: hint ?? env["PARCOURS_LANG"] ?? env["LC_ALL"] ?? env["LANG"])
    let app = TerminalApp<Void, Never>(minimumSize: Size(width: 40, height: 8), language: language)
    _ = try app.run((), update: { _, event in
        guard case .key(let key) = event else { return nil }
        switch key {
        case .character("q"), .escape, .ctrl("c"): return .quit
        default: return nil
        }
    }, view: { _, size in
        Frame(canvas: placeholderCanvas(title: title, dataDirectory: dataDirectory, eventCount: eventCount,
                                        language: language, size: size))
    })
}

/// The placeholder screen as a canvas (pure, for tests).
public func placeholderCanvas(title: String, dataDirectory: String, eventCount: Int,
                              language: Language, size: Size) -> Canvas {
    var canvas = Canvas(size: size)
    let inner = Panel.draw(into: &canvas, in: Rect(size: size), title: title)
    let fr = language == .french
    let lines = [
        (fr ? "Dossier de données : " : "Data directory: ") + dataDirectory,
        fr ? "\(eventCount) événement\(eventCount > 1 ? "s" : "")" : "\(eventCount) event\(eventCount == 1 ? "" : "s")",
    ]
    for (i, line) in lines.enumerated() {
        canvas.put(line, row: inner.row + 1 + i, col: inner.col + 1, maxWidth: inner.width - 2, overflow: .ellipsis)
    }
    canvas.put(fr ? "q pour quitter" : "q to quit", row: inner.bottom - 1, col: inner.col + 1, style: .dim)
    return canvas
}

// terminal-probe: the smallest TerminalKit app, driven by the end-to-end tests.
// Shows a title, the terminal size, the last key's name and a text field.
// q quits with status 0 when the field is empty (otherwise q is typed);
// Ctrl-C quits with status 130, like a shell's interrupted command.
// With PROBE_PID_FILE set, writes its pid there once the screen is up.
// A tick every 200 ms is counted, and a background thread posts one message to the
// inbox, so the tests see both reach `update`.
import Foundation
import TerminalKit

struct Model {
    var size = Size(width: 0, height: 0)
    var lastKey = "—"
    var field = TextFieldState(placeholder: "type here")
    var exitCode: Int32 = 0
    var ticks = 0
    var inbox = "—"
}

func update(_ model: inout Model, _ event: Event<String>) -> LoopCommand? {
    switch event {
    case .resize(let size):
        model.size = size
    case .key(let key):
        model.lastKey = key.displayName()
        if key == .ctrl("c") { model.exitCode = 130; return .quit }
        if key == .character("q") && model.field.text.isEmpty { return .quit }
        model.field.handle(key)
    case .tick:
        model.ticks += 1
    case .message(let text):
        model.inbox = text
    }
    return nil
}

func view(_ model: Model, _ size: Size) -> Frame {
    var canvas = Canvas(size: size)
    let inner = Panel.draw(into: &canvas, in: Rect(size: size), title: "TerminalKit probe",
                           titleStyle: Style(foreground: .cyan, bold: true))
    canvas.put("Size: \(size)", row: inner.row, col: inner.col + 1)
    canvas.put("Last key: \(model.lastKey)", row: inner.row + 1, col: inner.col + 1)
    canvas.put("Text:", row: inner.row + 3, col: inner.col + 1)
    canvas.put("Ticks: \(model.ticks)", row: inner.row + 6, col: inner.col + 1)
    canvas.put("Inbox: \(model.inbox)", row: inner.row + 7, col: inner.col + 1)
    let cursor = TextField.draw(model.field, into: &canvas,
                                in: Rect(row: inner.row + 3, col: inner.col + 7, width: max(1, inner.width - 8), height: 2))
    canvas.put("q quits (empty field) · Ctrl-C quits with 130", row: inner.bottom - 1, col: inner.col + 1,
               style: .dim, maxWidth: inner.width - 1, overflow: .ellipsis)
    return Frame(canvas: canvas, cursor: cursor)
}

let app = TerminalApp<Model, String>(minimumSize: Size(width: 30, height: 10), tickInterval: .milliseconds(200))
do {
    let terminal = try Terminal()
    if let pidFile = ProcessInfo.processInfo.environment["PROBE_PID_FILE"] {
        try? "\(getpid())\n".write(toFile: pidFile, atomically: true, encoding: .utf8)
    }
    let inbox = app.inbox
    Thread.detachNewThread { inbox.post("message from a background thread") }
    var initial = Model()
    initial.size = terminal.size
    let final = try app.run(initial, on: terminal, update: update, view: view)
    exit(final.exitCode)
} catch {
    FileHandle.standardError.write(Data("terminal-probe: \(error.localizedDescription)\n".utf8))
    exit(1)
}

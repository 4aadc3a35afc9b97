import ArgumentParser
import Foundation
import SafeText

/// The one way the command line writes to its standard output and error. Names, notes,
/// titles and authors come from imported spreadsheets and colleagues' logs, so every
/// line goes through `TerminalSafeText`: an ESC, a C1 control or a bidi override shows
/// as `␛`, `<U+009B>`, `<U+202E>` instead of acting on the terminal. Line feeds are kept
/// (reports and notes span lines); a CR never goes out raw.
///
/// `print` in this module is the function below, not Swift's: every `print(…)` of a
/// command lands here whoever writes it, and a test checks that no other route to the
/// standard streams (Swift.print, FileHandle.standardOutput/standardError) is used.
enum Output {
    /// A line (or several) for the user on standard output.
    static func line(_ text: String, terminator: String = "\n") {
        Swift.print(TerminalSafeText.make(text, lineBreaks: .kept), terminator: terminator)
    }

    /// A message on standard error (warnings, errors, notices).
    static func error(_ text: String) {
        flush()
        FileHandle.standardError.write(Data((TerminalSafeText.make(text, lineBreaks: .kept) + "\n").utf8))
    }

    /// JSON on standard output: the encoders escape C0 controls, and the C1 controls, DEL
    /// and bidi characters they leave raw are written as `\uXXXX` (the values are unchanged).
    static func json(_ text: String) {
        Swift.print(TerminalSafeText.jsonEscaped(text))
    }

    /// A CSV document made of neutralised cells (`CSVTable`: controls shown, formulas
    /// quoted), written as it is: its separators (tab included) and CR LF are Parcours's own.
    static func csv(_ data: Data) {
        flush()
        FileHandle.standardOutput.write(data)
    }

    /// Bytes made safe already (a report in its format), written as they are.
    static func raw(_ data: Data) {
        flush()
        FileHandle.standardOutput.write(data)
    }

    /// A progress counter on standard error ("\r120/2000"): only digits of Parcours's own.
    static func progress(done: Int, total: Int) {
        FileHandle.standardError.write(Data("\r\(done)/\(total)".utf8))
        if done == total { FileHandle.standardError.write(Data("\n".utf8)) }
    }

    /// Ends the process after swift-argument-parser's parsing or a command failed, as
    /// `ParsableCommand.main` would, but with the message made safe: a parse error quotes
    /// what was typed. Help, version and completion scripts (a clean exit) are Parcours's
    /// own text and go out as they are.
    static func exit(_ command: ParsableCommand.Type, withError error: Error) -> Never {
        let message = command.fullMessage(for: error)
        let code = command.exitCode(for: error)
        if code == .success {
            if !message.isEmpty { Swift.print(message) }
        } else if !message.isEmpty {
            Self.error(message)
        }
        flush()
        Foundation.exit(code.rawValue)
    }

    /// Buffered `print` output goes out before an unbuffered write, so lines keep their order.
    private static func flush() { fflush(nil) }
}

/// Every `print` of the command line goes through `Output.line` (see `Output`).
func print(_ items: Any..., separator: String = " ", terminator: String = "\n") {
    Output.line(items.map { "\($0)" }.joined(separator: separator), terminator: terminator)
}

import Foundation

/// Why the terminal could not be used.
public enum TerminalError: Error, LocalizedError, Equatable {
    /// ncurses does not know this TERM (or TERM is unset).
    case unusableTerminal(term: String?)
    /// The keyboard input ended (the terminal was closed).
    case inputClosed

    public var errorDescription: String? {
        switch self {
        case .unusableTerminal(let term?):
            "The terminal type \"\(term)\" is not known on this machine. Try TERM=xterm-256color, or run a command-line subcommand instead."
        case .unusableTerminal(nil):
            "No terminal type is set (TERM is empty). Run Parcours in a terminal, or set TERM=xterm-256color."
        case .inputClosed:
            "The terminal's input was closed."
        }
    }
}

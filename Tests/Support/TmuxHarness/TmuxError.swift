import Foundation

/// Why a tmux-driven test could not go on; messages carry what is needed to act.
public enum TmuxError: Error, LocalizedError, CustomStringConvertible {
    case tmuxMissing
    case commandFailed(arguments: [String], status: Int32, output: String)
    case timeout(waitingFor: String, screen: String)
    case notExited(screen: String)

    public var description: String {
        switch self {
        case .tmuxMissing:
            "tmux is not installed, and the end-to-end tests need it: run `make test` (it installs tmux), or `sudo apt-get install tmux`."
        case .commandFailed(let arguments, let status, let output):
            "tmux \(arguments.joined(separator: " ")) failed with status \(status): \(output)"
        case .timeout(let what, let screen):
            "Timed out waiting for \(what). Last screen:\n\(screen)"
        case .notExited(let screen):
            "The program did not exit in time. Last screen:\n\(screen)"
        }
    }

    public var errorDescription: String? { description }
}

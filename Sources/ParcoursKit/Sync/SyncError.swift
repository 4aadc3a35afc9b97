import Foundation

/// Why sharing a data directory failed, in words a facilitator can act on.
public enum SyncError: Error, LocalizedError, CustomStringConvertible, Equatable {
    case gitMissing
    case notConfigured(String)
    case readOnly
    case gitFailed(command: String, message: String)
    case pushRefused(String)
    case busy(String)

    public var description: String {
        switch self {
        case .gitMissing:
            return "Sharing uses git, which is not installed: install it (sudo apt-get install git) and try again."
        case .notConfigured(let path):
            return "The data directory \(path) is not shared yet: run `parcours sync init --remote URL` first."
        case .readOnly:
            return "This data directory is open read-only: sync writes to it, run it without --read-only."
        case .gitFailed(let command, let message):
            return "git \(command) failed: \(message.trimmingCharacters(in: .whitespacesAndNewlines)). Nothing was lost: your events stay in your log and the next sync tries again."
        case .pushRefused(let message):
            return "The remote refused the changes after several tries: \(message.trimmingCharacters(in: .whitespacesAndNewlines)). Your events are committed locally; sync again later."
        case .busy(let path):
            return "Another sync of \(path) is under way; wait for it to finish."
        }
    }

    public var errorDescription: String? { description }
}

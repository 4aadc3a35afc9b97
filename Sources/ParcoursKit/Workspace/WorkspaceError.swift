import Foundation

/// What can go wrong around the domain: the data directory and the way it is opened.
public enum WorkspaceError: Error, LocalizedError, CustomStringConvertible, Equatable {
    case readOnly
    case missingDirectory(String)
    case notEmpty(String)
    case internalInconsistency(String)

    public var description: String {
        switch self {
        case .readOnly:
            return "This data directory is open read-only: nothing can be changed."
        case .missingDirectory(let path):
            return "No data directory at \(path)."
        case .notEmpty(let path):
            return "The data directory \(path) already holds events; the demo only goes into an empty one (choose another with --data)."
        case .internalInconsistency(let what):
            return "Internal error: \(what)."
        }
    }

    public var errorDescription: String? { description }
}

import Foundation
import ParcoursKit

/// Why synthetic data could not be generated.
public enum GenerateError: Error, LocalizedError, CustomStringConvertible, Equatable {
    case notEmpty(String)
    case invalidCount(String)

    public var description: String {
        switch self {
        case .notEmpty(let path):
            return "The data directory \(path) already holds events; generated data only goes into an empty one (choose another with --data)."
        case .invalidCount(let what):
            return "Cannot generate: \(what)."
        }
    }

    public var errorDescription: String? { description }
}

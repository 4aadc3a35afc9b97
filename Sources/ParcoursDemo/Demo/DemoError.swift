import Foundation
import ParcoursKit
import ParcoursDomain

/// Why the demo could not be written (besides the workspace's own errors).
public enum DemoError: Error, LocalizedError, CustomStringConvertible, Equatable {
    /// The demo's history runs to mid-2021 and its current cohort starts weeks before
    /// today: a clock set earlier would mix the two.
    case clockTooEarly(today: Day, earliest: Day)
    /// The demo's own tables refer to something they do not define (a bug in the demo).
    case missingReference(String)

    public var description: String {
        switch self {
        case .clockTooEarly(let today, let earliest):
            return "The computer's date (\(today.iso)) is before \(earliest.iso): the demo's history would overlap its current cohort. Check the system clock."
        case .missingReference(let key):
            return "Internal error in the demo data: nothing is known as \(key)."
        }
    }

    public var errorDescription: String? { description }
}

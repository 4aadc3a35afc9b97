import ArgumentParser
import Foundation
import ParcoursDomain
import ParcoursKit

struct ShowError: Error, LocalizedError {
    let reference: String
    var errorDescription: String? {
        Language.fromEnvironment() == .fr
            ? "Rien ne correspond à « \(reference) » (ni porteur, projet, promotion, programme, séance ou organisation)."
            : "Nothing matches “\(reference)” (no holder, project, cohort, programme, session or organisation)."
    }
}

import Foundation
import ParcoursDomain

/// The one way both interfaces put an error into words, in the user's language.
public enum ErrorText {
    public static func describe(_ error: any Error, _ language: Language) -> String {
        if let domain = error as? DomainError { return Catalog.text(domain, language) }
        if let sync = error as? SyncError { return sync.text(language) }
        if let importing = error as? ImportError { return importing.text(language) }
        if let localized = error as? LocalizedError, let text = localized.errorDescription { return text }
        return String(describing: error)
    }
}

import EventLog
import Foundation
import ParcoursDomain

/// An error that puts itself into words in the user's language (sync, import…).
public protocol LocalizedMessage: Error {
    func text(_ language: Language) -> String
}

/// The one way both interfaces put an error into words, in the user's language.
public enum ErrorText {
    public static func describe(_ error: any Error, _ language: Language) -> String {
        if let domain = error as? DomainError { return Catalog.text(domain, language) }
        if let message = error as? LocalizedMessage { return message.text(language) }
        if let localized = error as? LocalizedError, let text = localized.errorDescription { return text }
        return String(describing: error)
    }
}

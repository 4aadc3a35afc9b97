/// A text in both languages, fixed when it was made (used where names must be captured
/// before the thing they name is gone, e.g. undo summaries).
public struct LocalizedText: Hashable, Sendable {
    public var fr: String
    public var en: String

    public init(fr: String, en: String) {
        self.fr = fr
        self.en = en
    }

    public func text(_ language: Language) -> String { language == .fr ? fr : en }
}

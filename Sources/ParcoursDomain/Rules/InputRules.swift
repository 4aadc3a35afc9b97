import Foundation

/// The rules for what a person types or imports, checked here once: `decide` applies them
/// to every command carrying such text, a day or a duration, so the command line, the
/// interface's forms and the import all get them; the import also calls them cell by cell
/// so that each problem names its line and column.
public enum InputRules {
    /// Names and titles: far beyond any real name (the longest French commune name has 45).
    public static let nameLimit = 200
    /// Notes, remarks and descriptions: a few pages.
    public static let textLimit = 10_000
    /// A session (or template workshop) lasts more than nothing and at most a day and a night.
    public static let longestSession = TimeSpan.hours(24)
    /// The most people counted in one category of an open event's headcount (the guide's
    /// largest event had 600).
    public static let largestHeadcount = 100_000

    /// A required name or title: cleaned (`text`), and `emptyName(kind)` when nothing is left.
    public static func name(_ text: String, _ field: TextField, empty kind: EntityKind) throws(DomainError) -> String {
        let cleaned = try self.text(text, field)
        guard !cleaned.isEmpty else { throw .emptyName(kind) }
        return cleaned
    }

    /// An optional text: cleaned, and nil when nothing is left.
    public static func optional(_ text: String?, _ field: TextField) throws(DomainError) -> String? {
        guard let text else { return nil }
        let cleaned = try self.text(text, field)
        return cleaned.isEmpty ? nil : cleaned
    }

    /// The text trimmed of surrounding spaces and line breaks, with "\r\n" and "\r" made
    /// "\n" in multi-line fields. Refused: a control character (C0, DEL, C1; a line break in
    /// a one-line field), a bidirectional override (U+202A–U+202E, U+2066–U+2069: they make
    /// a terminal or a sheet show the text in another order than it is stored), and more
    /// than `field.limit` characters. May return "" (the caller decides if that is allowed).
    public static func text(_ text: String, _ field: TextField) throws(DomainError) -> String {
        var scalars = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            if field.isMultiline, scalar == "\r" || scalar == "\n" {
                // "\r\n" and a lone "\r" become one "\n".
                if !(scalar == "\n" && previousWasCR) { scalars.append("\n") }
                previousWasCR = scalar == "\r"
                continue
            }
            previousWasCR = false
            scalars.append(scalar)
        }
        let cleaned = String(scalars).trimmingCharacters(in: .whitespacesAndNewlines)
        var position = 0
        for character in cleaned {
            position += 1
            for scalar in character.unicodeScalars where isRefused(scalar, multiline: field.isMultiline) {
                throw .controlCharacter(field, code: scalar.value, position: position)
            }
        }
        let length = cleaned.unicodeScalars.count
        guard length <= field.limit else { throw .textTooLong(field, length: length, limit: field.limit) }
        return cleaned
    }

    /// Whether a scalar may not appear in typed text.
    static func isRefused(_ scalar: Unicode.Scalar, multiline: Bool) -> Bool {
        switch scalar.value {
        case 0x0A: !multiline
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// The author recorded with a change (the workspace stores it as given): one line, no
    /// control character, at most `nameLimit` characters.
    public static func author(_ name: String) throws(DomainError) {
        _ = try text(name, .author)
    }

    /// A day a person gives for something that happened: not later than today.
    public static func past(_ day: Day, _ fact: DatedFact, today: Day) throws(DomainError) {
        if day > today { throw .dateInFuture(fact, date: day, today: today) }
    }

    /// A session's or template workshop's duration: above zero, at most `longestSession`.
    public static func duration(_ span: TimeSpan) throws(DomainError) {
        guard span.minutes > 0, span <= longestSession else { throw .invalidDuration(minutes: span.minutes) }
    }
}

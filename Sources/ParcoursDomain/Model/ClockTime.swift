/// A time of day (HH:MM) for a session's slot.
public struct ClockTime: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let hour: Int
    public let minute: Int

    public init?(hour: Int, minute: Int) {
        guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        self.hour = hour
        self.minute = minute
    }

    /// Parses "14:00", "9:30", "14h", "14h30" (French habit).
    public init?(parse text: String) {
        let t = text.trimmingCharacters(in: .whitespaces).lowercased()
        let separator: Character = t.contains(":") ? ":" : "h"
        let parts = t.split(separator: separator, maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), let h = Int(parts[0]) else { return nil }
        let minutes: Int?
        if parts[1].isEmpty {
            minutes = separator == "h" ? 0 : nil
        } else {
            minutes = parts[1].count == 2 ? Int(parts[1]) : nil
        }
        guard let minutes else { return nil }
        self.init(hour: h, minute: minutes)
    }

    public var description: String {
        (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
    }

    public static func < (a: ClockTime, b: ClockTime) -> Bool {
        (a.hour, a.minute) < (b.hour, b.minute)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = ClockTime(parse: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a time: \(text)")
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

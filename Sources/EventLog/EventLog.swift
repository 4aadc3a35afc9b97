/// Append-only JSON Lines event log.
public enum EventLogFormat { public static let version = 1 }

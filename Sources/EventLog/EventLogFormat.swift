/// Constants of the on-disk record format (see docs/log-format.md).
public enum EventLogFormat {
    /// The record format version this library writes (`"v"` on each line).
    public static let version = 1
}

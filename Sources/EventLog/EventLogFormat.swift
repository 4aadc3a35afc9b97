/// Constants of the on-disk record format (see docs/log-format.md).
public enum EventLogFormat {
    /// The record format version this library writes (`"v"` on each line). Format 2's
    /// checksum covers the whole record; format 1's covered the payload only.
    public static let version = 2
    /// The oldest format read as it is; older records are upgraded to it when read.
    public static let oldestRead = 1
    /// The largest clock and sequence a record may carry. A writer appending a million
    /// events a day would reach it in 2 700 years; a record above it can only be forged
    /// or corrupt, so it is set aside as implausible (reported, never folded) and never
    /// drives the next clock, which keeps every clock computation far from overflow.
    public static let maximumCounter = 1_000_000_000_000
}

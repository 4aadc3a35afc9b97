/// One line of a log file, read on its own: what a merge of two versions of a file
/// needs to tell records from damage without opening a data directory.
public enum LogLine {
    /// The record on `line` (without its newline) in the file of `writer`, or nil when
    /// it is not a valid record (damaged, wrong writer, checksum mismatch).
    public static func record(_ line: [UInt8], writer: String) -> LogRecord? {
        let decoder = RecordDecoder()
        let outcome = line.withUnsafeBufferPointer { decoder.decode($0, expectedWriter: writer) }
        guard case .record(var record) = outcome else { return nil }
        record.length = line.count
        return record
    }

    /// A record's line as the writer writes it, newline included (tests and tools that
    /// build logs by hand).
    public static func encode(_ record: LogRecord) -> [UInt8] {
        RecordEncoder.line(for: record)
    }
}

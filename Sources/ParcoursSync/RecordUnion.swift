import EventLog
import Foundation
import ParcoursKit

/// Resolves a log file git could not merge by the union of its records: every valid
/// record of every version (ours, theirs, the common base), each once (by sequence and
/// id), sorted by sequence then id — the same bytes whichever side resolves, so two
/// machines resolving the same conflict agree. Lines that are not valid records are
/// not shared: they are returned to be set aside (never deleted).
enum RecordUnion {
    struct Outcome {
        var merged: Data
        /// Lines of any version that are not valid records of the file's writer.
        var damaged: [Data]
    }

    static func merge(_ versions: [Data], writer: String) -> Outcome {
        var records: [String: (record: LogRecord, line: [UInt8])] = [:]
        var damaged: [Data] = []
        var seenDamaged = Set<Data>()
        var wholeLines: [[UInt8]] = []
        var unterminated: [[UInt8]] = []
        for version in versions {
            var parts = version.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { Array($0) }
            // The piece after the last newline is empty for a well-formed file, otherwise
            // a torn line (a write cut short, a copy interrupted).
            let tail = parts.removeLast()
            if !tail.isEmpty { unterminated.append(tail) }
            wholeLines += parts.filter { !$0.isEmpty }
        }
        for line in wholeLines {
            if let record = LogLine.record(line, writer: writer) {
                let key = "\(record.sequence) \(record.id)"
                // One line per record; if two lines hold it (rewritten), the smaller bytes.
                if let kept = records[key], kept.line.lexicographicallyPrecedes(line) || kept.line == line { continue }
                records[key] = (record, line)
            } else if seenDamaged.insert(Data(line)).inserted {
                damaged.append(Data(line))
            }
        }
        // A torn line that begins a whole line is that record cut short: the whole line
        // holds it. Any other is set aside with the damaged lines.
        for tail in unterminated where !wholeLines.contains(where: { $0.starts(with: tail) }) {
            if seenDamaged.insert(Data(tail)).inserted { damaged.append(Data(tail)) }
        }
        let ordered = records.values.sorted {
            if $0.record.sequence != $1.record.sequence { return $0.record.sequence < $1.record.sequence }
            if $0.record.id != $1.record.id { return $0.record.id < $1.record.id }
            return $0.line.lexicographicallyPrecedes($1.line)
        }
        var merged = Data()
        for entry in ordered {
            merged.append(contentsOf: entry.line)
            merged.append(0x0A)
        }
        return Outcome(merged: merged, damaged: damaged)
    }

    /// Any other text file (the ignore file): every line of every version, each once,
    /// in the order first met.
    static func lines(_ versions: [Data]) -> Data {
        var seen = Set<Data>()
        var merged = Data()
        for version in versions {
            for line in version.split(separator: UInt8(ascii: "\n")) where seen.insert(Data(line)).inserted {
                merged.append(contentsOf: line)
                merged.append(0x0A)
            }
        }
        return merged
    }
}

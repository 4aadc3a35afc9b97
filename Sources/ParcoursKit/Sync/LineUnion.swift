import Foundation

/// Resolves a file git could not merge by keeping every line of every version (ours,
/// then theirs, then the common base), each once. Log lines are whole records with
/// unique ids, so the union loses nothing and invents nothing; readers sort records by
/// merge order, not by line position.
enum LineUnion {
    static func merge(_ versions: [Data]) -> Data {
        var seen = Set<Data>()
        var lines: [Data] = []
        var unterminated: [Data] = []
        for version in versions {
            var parts = version.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { Data($0) }
            // The piece after the last newline is empty for a well-formed file, otherwise
            // a torn line (a write cut short, or a file copy interrupted).
            let tail = parts.removeLast()
            if !tail.isEmpty { unterminated.append(tail) }
            for line in parts where !line.isEmpty && seen.insert(line).inserted { lines.append(line) }
        }
        // A torn line that begins a whole line is the same record cut short: the whole
        // line holds it. Any other torn line is kept (it becomes a reported damaged line).
        for tail in unterminated where !seen.contains(tail) {
            if lines.contains(where: { $0.starts(with: tail) }) { continue }
            seen.insert(tail)
            lines.append(tail)
        }
        var result = Data()
        for line in lines {
            result.append(line)
            result.append(UInt8(ascii: "\n"))
        }
        return result
    }
}

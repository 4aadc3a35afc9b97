/// What `LogVerifier.verify(directory:)` found.
public struct VerifyReport: Sendable, Equatable, CustomStringConvertible {
    public struct FileSummary: Sendable, Equatable {
        /// Relative to the data directory, e.g. `events/3f….jsonl`.
        public let file: String
        /// Valid records in the file.
        public let records: Int
        public let lastSequence: Int
    }

    public internal(set) var files: [FileSummary] = []
    /// Valid records in all files.
    public internal(set) var records = 0
    /// Damaged lines (with file and 1-based line) and unreadable files.
    public internal(set) var damaged: [LogProblem] = []
    /// Files whose last line is torn (no newline).
    public internal(set) var tornTails: [LogProblem] = []
    /// Valid records not on the line their sequence says.
    public internal(set) var sequenceProblems: [LogProblem] = []
    /// Torn tails set aside earlier, kept in `setaside/` (not a problem in themselves).
    public internal(set) var setAside: [String] = []

    /// No damaged line, no unreadable file, no torn tail, every sequence in place.
    public var isClean: Bool { damaged.isEmpty && tornTails.isEmpty && sequenceProblems.isEmpty }

    public var description: String {
        var lines = ["\(files.count) log file(s), \(records) record(s): " + (isClean ? "clean" : "problems found")]
        for file in files {
            lines.append("  \(file.file): \(file.records) record(s), last sequence \(file.lastSequence)")
        }
        for problem in damaged + sequenceProblems + tornTails { lines.append("  " + problem.description) }
        for side in setAside { lines.append("  set aside earlier: \(side)") }
        return lines.joined(separator: "\n")
    }
}

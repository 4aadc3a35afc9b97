/// What `LogVerifier.verify(directory:)` found.
public struct VerifyReport: Sendable, Equatable, CustomStringConvertible {
    public struct FileSummary: Sendable, Equatable {
        /// Relative to the data directory, e.g. `events/3f….jsonl`.
        public let file: String
        /// Valid records in the file that load (set-aside ones excluded).
        public internal(set) var records = 0
        /// Of those, records in format 1 (checksum over the payload only).
        public internal(set) var formatOneRecords = 0
        /// Valid records set aside: duplicated lines, implausible clocks.
        public internal(set) var setAside = 0
        public internal(set) var lastSequence = 0

        init(file: String) { self.file = file }
    }

    public internal(set) var files: [FileSummary] = []
    /// Records that load, in all files.
    public internal(set) var records = 0
    /// Damaged lines (with file and 1-based line) and unreadable files.
    public internal(set) var damaged: [LogProblem] = []
    /// Files whose last line is torn (no newline).
    public internal(set) var tornTails: [LogProblem] = []
    /// Valid records out of place (sequence, clock) or set aside (duplicate, implausible).
    public internal(set) var outOfPlace: [LogProblem] = []
    /// Records this installation acknowledged that its files no longer hold.
    public internal(set) var missing: [LogProblem] = []
    /// Torn tails set aside earlier, kept in `setaside/` (not a problem in themselves).
    public internal(set) var setAside: [String] = []
    /// Conflict copies left by a folder-sync tool in `events/` (ignored; can be deleted).
    public internal(set) var conflictCopies: [String] = []

    /// Records in format 1, in all files.
    public var formatOneRecords: Int { files.reduce(0) { $0 + $1.formatOneRecords } }

    /// No damaged line, no unreadable file, no torn tail, every record in place, nothing
    /// acknowledged missing.
    public var isClean: Bool { damaged.isEmpty && tornTails.isEmpty && outOfPlace.isEmpty && missing.isEmpty }

    /// Every problem, in the order `description` lists them.
    public var problems: [LogProblem] { missing + damaged + outOfPlace + tornTails }

    public var description: String {
        let formatOne = formatOneRecords > 0 ? " (\(formatOneRecords) in format 1, checksum over the payload only)" : ""
        var lines = ["\(files.count) log file(s), \(records) record(s)\(formatOne): " + (isClean ? "clean" : "problems found")]
        for file in files {
            let aside = file.setAside > 0 ? ", \(file.setAside) set aside" : ""
            lines.append("  \(file.file): \(file.records) record(s), last sequence \(file.lastSequence)\(aside)")
        }
        for problem in problems { lines.append("  " + problem.description) }
        for side in setAside { lines.append("  set aside earlier: \(side)") }
        for copy in conflictCopies { lines.append("  " + LogProblem.conflictCopyIgnored(file: copy).description) }
        return lines.joined(separator: "\n")
    }
}

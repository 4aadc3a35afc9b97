import Foundation

/// Decodes the lines of one read on every core: each line is independent, and decoding
/// (scanning, checksumming) is nearly all of the cost of reading a log.
enum ParallelDecoding {
    /// Below this many lines the threads cost more than they save.
    static let threshold = 1_024

    /// Decodes every line, then hands each outcome to `each` in line order, moved out of
    /// where it was decoded: the threads write straight into one buffer, so no outcome
    /// is copied (a copy retains, then releases, every string and payload a record holds).
    static func decode(_ buffer: UnsafeBufferPointer<UInt8>, lineEnds: [Int], decoder: RecordDecoder,
                       writer: String, each: (Int, consuming RecordDecoder.Outcome) -> Void) {
        let count = lineEnds.count
        guard count > 0 else { return }
        let outcomes = UnsafeMutablePointer<RecordDecoder.Outcome>.allocate(capacity: count)
        defer { outcomes.deallocate() }
        let shared = Shared(buffer: buffer, lineEnds: lineEnds, outcomes: outcomes)
        let workers = min(ProcessInfo.processInfo.activeProcessorCount, count / threshold)
        if workers <= 1 {
            for n in 0..<count { shared.decode(n, decoder: decoder, writer: writer) }
        } else {
            let per = (count + workers - 1) / workers
            DispatchQueue.concurrentPerform(iterations: workers) { w in
                for n in (w * per)..<min(count, (w + 1) * per) { shared.decode(n, decoder: decoder, writer: writer) }
            }
        }
        // Every slot was initialised above; each is moved out once, so none is left.
        for n in 0..<count { each(n, (outcomes + n).move()) }
    }

    // The buffer outlives the concurrent loop, which only reads it; each thread writes
    // its own slots of `outcomes`.
    private struct Shared: @unchecked Sendable {
        let buffer: UnsafeBufferPointer<UInt8>
        let lineEnds: [Int]
        let outcomes: UnsafeMutablePointer<RecordDecoder.Outcome>

        func decode(_ n: Int, decoder: RecordDecoder, writer: String) {
            let start = n == 0 ? 0 : lineEnds[n - 1] + 1
            (outcomes + n).initialize(to: decoder.decode(UnsafeBufferPointer(rebasing: buffer[start..<lineEnds[n]]),
                                                         expectedWriter: writer))
        }
    }
}

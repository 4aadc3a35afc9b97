import Foundation

/// Decodes the lines of one read on every core: each line is independent, and decoding
/// (scanning, checksumming) is nearly all of the cost of reading a log.
enum ParallelDecoding {
    /// Below this many lines the threads cost more than they save.
    static let threshold = 1_024

    static func decode(_ buffer: UnsafeBufferPointer<UInt8>, lineEnds: [Int], decoder: RecordDecoder,
                       writer: String) -> [RecordDecoder.Outcome] {
        func line(_ n: Int) -> UnsafeBufferPointer<UInt8> {
            let start = n == 0 ? 0 : lineEnds[n - 1] + 1
            return UnsafeBufferPointer(rebasing: buffer[start..<lineEnds[n]])
        }
        let count = lineEnds.count
        let workers = min(ProcessInfo.processInfo.activeProcessorCount, count / threshold)
        if workers <= 1 {
            return (0..<count).map { decoder.decode(line($0), expectedWriter: writer) }
        }
        let slices = Slices(workers)
        let per = (count + workers - 1) / workers
        let shared = Shared(buffer: buffer, lineEnds: lineEnds)
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            let range = (w * per)..<min(count, (w + 1) * per)
            let outcomes = range.map { n in
                let start = n == 0 ? 0 : shared.lineEnds[n - 1] + 1
                return decoder.decode(UnsafeBufferPointer(rebasing: shared.buffer[start..<shared.lineEnds[n]]),
                                      expectedWriter: writer)
            }
            slices.store(outcomes, at: w)
        }
        return slices.joined()
    }

    // The buffer outlives the concurrent loop, which only reads it.
    private struct Shared: @unchecked Sendable {
        let buffer: UnsafeBufferPointer<UInt8>
        let lineEnds: [Int]
    }

    private final class Slices: @unchecked Sendable {
        private let lock = NSLock()
        private var slices: [[RecordDecoder.Outcome]]

        init(_ count: Int) { slices = Array(repeating: [], count: count) }

        func store(_ outcomes: [RecordDecoder.Outcome], at index: Int) {
            lock.withLock { slices[index] = outcomes }
        }

        func joined() -> [RecordDecoder.Outcome] {
            lock.withLock { Array(slices.joined()) }
        }
    }
}

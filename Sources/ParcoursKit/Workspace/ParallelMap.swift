import Foundation

/// Maps a large array on every core in contiguous slices (decoding and encoding events
/// are independent per element); order is kept. Each thread writes its results straight
/// into their place in the one result array: joining per-thread arrays afterwards copied
/// every element (retaining, then releasing, every string it holds).
package enum ParallelMap {
    /// Below this many elements the threads cost more than they save.
    static let threshold = 2_048

    package static func map<T, U>(_ items: [T], _ transform: (T) throws -> U) throws -> [U] {
        let count = items.count
        let workers = min(ProcessInfo.processInfo.activeProcessorCount, max(1, count / threshold))
        if workers <= 1 { return try items.map(transform) }
        let per = (count + workers - 1) / workers
        let outcome = Outcome(workers: workers)
        let result = [U](unsafeUninitializedCapacity: count) { output, initialized in
            items.withUnsafeBufferPointer { input in
                withoutActuallyEscaping(transform) { transform in
                    let work = UncheckedWork(input: input, output: output, transform: transform)
                    DispatchQueue.concurrentPerform(iterations: workers) { w in
                        let start = w * per, end = min(count, (w + 1) * per)
                        var i = start
                        do {
                            while i < end {
                                (work.output.baseAddress! + i).initialize(to: try work.transform(work.input[i]))
                                i += 1
                            }
                        } catch {
                            outcome.fail(error)
                        }
                        outcome.done(i - start, slice: w)
                    }
                }
            }
            if outcome.failed {
                // Undo what the slices did initialise: the array is handed back empty.
                for w in 0..<workers {
                    (output.baseAddress! + w * per).deinitialize(count: outcome.initialized(slice: w))
                }
                initialized = 0
            } else {
                initialized = count
            }
        }
        try outcome.rethrow()
        return result
    }

    private struct UncheckedWork<T, U>: @unchecked Sendable {
        let input: UnsafeBufferPointer<T>
        let output: UnsafeMutableBufferPointer<U>
        let transform: (T) throws -> U
    }

    /// How far each slice got, and the first error.
    private final class Outcome: @unchecked Sendable {
        private let lock = NSLock()
        private var counts: [Int]
        private var error: (any Error)?

        init(workers: Int) { counts = Array(repeating: 0, count: workers) }

        func done(_ count: Int, slice: Int) { lock.withLock { counts[slice] = count } }
        func fail(_ e: any Error) { lock.withLock { if error == nil { error = e } } }
        func initialized(slice: Int) -> Int { lock.withLock { counts[slice] } }
        var failed: Bool { lock.withLock { error != nil } }
        func rethrow() throws { if let error = lock.withLock({ error }) { throw error } }
    }
}

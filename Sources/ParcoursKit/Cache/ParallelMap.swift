import Foundation

/// Maps a large array on every core in contiguous slices (decoding and encoding events
/// are independent per element); order is kept.
enum ParallelMap {
    /// Below this many elements the threads cost more than they save.
    static let threshold = 2_048

    static func map<T, U>(_ items: [T], _ transform: (T) throws -> U) throws -> [U] {
        let count = items.count
        let workers = min(ProcessInfo.processInfo.activeProcessorCount, max(1, count / threshold))
        if workers <= 1 { return try items.map(transform) }
        let box = ResultBox<U>(count: count)
        let per = (count + workers - 1) / workers
        items.withUnsafeBufferPointer { buffer in
          withoutActuallyEscaping(transform) { transform in
            // Each slice reads its own range of the input and writes its own result slot.
            let work = UncheckedWork(input: buffer, transform: transform)
            DispatchQueue.concurrentPerform(iterations: workers) { w in
                let input = work.input, transform = work.transform
                let range = (w * per)..<min(count, (w + 1) * per)
                var slice: [U] = []
                slice.reserveCapacity(range.count)
                do {
                    for i in range { slice.append(try transform(input[i])) }
                    box.store(slice, at: w)
                } catch {
                    box.fail(error)
                }
            }
          }
        }
        return try box.joined(workers: workers)
    }

    private struct UncheckedWork<T, U>: @unchecked Sendable {
        let input: UnsafeBufferPointer<T>
        let transform: (T) throws -> U
    }

    private final class ResultBox<U>: @unchecked Sendable {
        private let lock = NSLock()
        private var slices: [Int: [U]] = [:]
        private var error: (any Error)?

        init(count: Int) {}

        func store(_ slice: [U], at index: Int) { lock.withLock { slices[index] = slice } }
        func fail(_ e: any Error) { lock.withLock { if error == nil { error = e } } }

        func joined(workers: Int) throws -> [U] {
            if let error { throw error }
            var out: [U] = []
            for w in 0..<workers { out += slices[w] ?? [] }
            return out
        }
    }
}

import Foundation

/// Two independent pieces of work at once, one on each of two cores (on one core, one
/// after the other): restoring the snapshot reads its two sections this way.
enum ParallelPair {
    static func run<A, B>(_ first: () throws -> A, _ second: () throws -> B) throws -> (A, B) {
        let results = Results<A, B>()
        try withoutActuallyEscaping(first) { first in
            try withoutActuallyEscaping(second) { second in
                let work = Work(first: first, second: second)
                // Each iteration writes only its own result.
                DispatchQueue.concurrentPerform(iterations: 2) { side in
                    if side == 0 {
                        results.first = Result { try work.first() }
                    } else {
                        results.second = Result { try work.second() }
                    }
                }
            }
        }
        return (try results.first!.get(), try results.second!.get())
    }

    private struct Work<A, B>: @unchecked Sendable {
        let first: () throws -> A
        let second: () throws -> B
    }

    private final class Results<A, B>: @unchecked Sendable {
        var first: Result<A, any Error>?
        var second: Result<B, any Error>?
    }
}

import Foundation
import Testing
@testable import ParcoursKit

/// The parallel map writes each result in place: same results, same order, as a plain
/// map, and a failing element leaves nothing behind (every result made is released).
@Suite struct ParallelMapTests {
    /// Counts its live instances, to see that none is leaked or released twice.
    final class Tracked: @unchecked Sendable {
        static let lock = NSLock()
        nonisolated(unsafe) static var live = 0
        let value: Int
        init(_ value: Int) {
            self.value = value
            Self.lock.withLock { Self.live += 1 }
        }
        deinit { Self.lock.withLock { Self.live -= 1 } }
        static var count: Int { lock.withLock { live } }
    }

    struct Refused: Error, Equatable { let at: Int }

    @Test(arguments: [0, 1, 2_047, 2_048, 10_001])
    func sameResultsInTheSameOrderAsAPlainMap(count: Int) throws {
        let items = (0..<count).map { "item \($0) é" }
        let mapped = try ParallelMap.map(items) { $0.uppercased() + "!" }
        #expect(mapped == items.map { $0.uppercased() + "!" })
    }

    @Test func aFailureThrowsAndReleasesWhatWasMade() {
        let before = Tracked.count
        let items = Array(0..<20_000)
        #expect(throws: Refused(at: 15_000)) {
            _ = try ParallelMap.map(items) { i -> Tracked in
                if i == 15_000 { throw Refused(at: i) }
                return Tracked(i)
            }
        }
        #expect(Tracked.count == before)
        let kept = try? ParallelMap.map(items) { Tracked($0) }
        #expect(kept?.map(\.value) == items)
        #expect(Tracked.count == before + items.count)
    }
}

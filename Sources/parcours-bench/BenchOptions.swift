import Foundation

/// `parcours-bench [--max N] [--runs R] [--work DIR]`.
struct BenchOptions {
    var max = 1_000_000
    var runs = 5
    var work = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("parcours-bench", isDirectory: true)
    var seed: UInt64 = 1
    var writers = 3

    init(_ arguments: [String]) {
        var i = 0
        while i < arguments.count {
            let value = i + 1 < arguments.count ? arguments[i + 1] : ""
            switch arguments[i] {
            case "--max": max = Int(value) ?? max
            case "--runs": runs = Swift.max(1, Int(value) ?? runs)
            case "--work": work = URL(fileURLWithPath: value, isDirectory: true)
            case "--seed": seed = UInt64(value) ?? seed
            case "--only": only = Int(value)
            default:
                FileHandle.standardError.write(Data("usage: parcours-bench [--max N] [--only N] [--runs R] [--work DIR] [--seed S]\n".utf8))
                exit(2)
            }
            i += 2
        }
    }

    /// 10^4, 10^5, 10^6, 10^7 up to `max`; `--only N` measures that size alone.
    var sizes: [Int] { only.map { [$0] } ?? [10_000, 100_000, 1_000_000, 10_000_000].filter { $0 <= max } }
    var only: Int?
}

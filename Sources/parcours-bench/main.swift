// parcours-bench: `make bench`. The parent generates data, then runs every measurement
// in a child process (so peak memory is that child's own, read through wait4), and
// prints one table. See README.md, "Speed".
import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "--child" {
    Child.run(Array(arguments.dropFirst()))
} else {
    Bench.run(BenchOptions(arguments))
}

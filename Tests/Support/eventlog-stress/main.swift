// A tiny command for the EventLog multi-process tests.
//   eventlog-stress append <data-directory> <count>   append <count> records, one per append
//   eventlog-stress loop <data-directory>              append until killed
//   eventlog-stress read <data-directory>              read everything, print counts
// After each append returns it prints the appended record's sequence number on its own
// line (written straight to the file descriptor, unbuffered), so a parent that kills it
// knows which appends were acknowledged.
#if canImport(Glibc)
import Glibc
#endif
import EventLog
import Foundation

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(2)
}

let arguments = CommandLine.arguments
guard arguments.count >= 3 else { fail("usage: eventlog-stress append <dir> <count> | loop <dir>") }
let directory = URL(fileURLWithPath: arguments[2])
let count: Int
switch arguments[1] {
case "append":
    guard arguments.count == 4, let value = Int(arguments[3]) else { fail("append needs a count") }
    count = value
case "loop":
    count = Int.max
case "read":
    do {
        let log = try EventLog(directory: directory, readOnly: true)
        let records = try log.readNew()
        print("\(records.count) records, \(log.problems.count) problems")
        exit(0)
    } catch {
        fail("eventlog-stress: \(error)")
    }
default:
    fail("unknown mode \(arguments[1])")
}

do {
    let log = try EventLog(directory: directory)
    let pid = getpid()
    var index = 0
    while index < count {
        index += 1
        let payload = Data(#"{"n":\#(index),"pid":\#(pid),"text":"élan « ok »"}"#.utf8)
        let result = try log.append(author: "stress", time: Date()) { _ in
            [PendingRecord(type: "stress.tick", payload: payload)]
        }
        let line = "\(result.appended[0].sequence)\n"
        _ = line.withCString { write(1, $0, strlen($0)) }
    }
} catch {
    fail("eventlog-stress: \(error)")
}

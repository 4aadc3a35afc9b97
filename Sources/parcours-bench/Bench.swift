import Foundation
import ParcoursDemo
import ParcoursKit

/// The parent: data, children, baseline, table.
enum Bench {
    /// One row of the table: a measurement, its value per size, and the target.
    struct Row {
        var name: String
        var values: [String]
        var target: String
    }

    static func run(_ options: BenchOptions) {
        let sizes = options.sizes
        var rows: [String: [String]] = [:]
        func put(_ key: String, _ value: String) { rows[key, default: []].append(value) }
        print("parcours-bench: \(sizes.map(String.init).joined(separator: ", ")) events, \(options.runs) runs each, "
              + "\(ProcessInfo.processInfo.activeProcessorCount) cores, data in \(options.work.path)")
        for size in sizes {
            let directory = prepare(size: size, options: options)
            let runs = size >= 10_000_000 ? 1 : size >= 1_000_000 ? max(3, options.runs - 2) : options.runs
            log("\(size): cold open ×\(runs)")
            var cold: [Double] = [], coldRSS = 0, events = 0
            for _ in 0..<runs {
                let outcome = ChildProcess.run(["open-nocache", directory.path])
                let lines = numbers(outcome.output)
                if lines.count >= 2 { cold.append(lines[0]); events = Int(lines[1]) }
                coldRSS = max(coldRSS, outcome.maxRSSKiB)
            }
            log("\(size): plain JSONDecoder open ×\(runs)")
            var plain: [Double] = []
            // Two minutes a run at 10^7, and only a comparison with the path before this work.
            for _ in 0..<(size >= 10_000_000 ? 0 : runs) {
                if let s = numbers(ChildProcess.run(["open-plain", directory.path]).output).first { plain.append(s) }
            }
            // The first cached open folds the logs and writes the snapshot; the next ones use it.
            log("\(size): first open, writing the snapshot")
            try? FileManager.default.removeItem(at: directory.appendingPathComponent("cache", isDirectory: true))
            let first = ChildProcess.run(["open-cache", directory.path])
            put("first", seconds(numbers(first.output).first ?? .nan))
            put("rssFirst", mebibytes(first.maxRSSKiB))
            log("\(size): warm open ×\(runs)")
            var warm: [Double] = [], warmRSS = 0
            for _ in 0..<runs {
                let outcome = ChildProcess.run(["open-cache", directory.path])
                if let s = numbers(outcome.output).first { warm.append(s) }
                warmRSS = max(warmRSS, outcome.maxRSSKiB)
            }
            log("\(size): dashboard, roll call, report")
            let compute = numbers(ChildProcess.run(["compute", directory.path, String(runs)]).output)
            log("\(size): screens")
            let screens = numbers(ChildProcess.run(["screens", directory.path, String(runs)]).output)
            log("\(size): appends")
            let appendCopy = options.work.appendingPathComponent("append-\(size)", isDirectory: true)
            try? FileManager.default.removeItem(at: appendCopy)
            let latencies: [Double]
            if (try? FileManager.default.copyItem(at: directory, to: appendCopy)) != nil {
                latencies = numbers(ChildProcess.run(["append", appendCopy.path, "200"]).output)
            } else {
                latencies = []
            }
            try? FileManager.default.removeItem(at: appendCopy)
            log("\(size): Python baseline ×\(runs)")
            let python = (0..<runs).compactMap { _ in pythonBaseline(directory) }
            let pythonMedian = Measure.median(python)

            // Whole processes, as a user runs them: `parcours report --format json`.
            log("\(size): `parcours report --format json`, cold, then warm")
            let report = ["report", "--format", "json", "--data", directory.path]
            var coldReport: [Double] = [], coldReportRSS = 0
            for _ in 0..<runs {
                let outcome = runParcours(report + ["--no-cache"])
                coldReport.append(outcome.seconds)
                coldReportRSS = max(coldReportRSS, outcome.maxRSSKiB)
            }
            try? FileManager.default.removeItem(at: directory.appendingPathComponent("cache/outputs", isDirectory: true))
            let computed = runParcours(report)
            var keptReport: [Double] = [], keptReportRSS = 0
            for _ in 0..<runs {
                let outcome = runParcours(report)
                keptReport.append(outcome.seconds)
                keptReportRSS = max(keptReportRSS, outcome.maxRSSKiB)
            }
            put("reportCold", seconds(Measure.median(coldReport)))
            put("reportColdRSS", mebibytes(coldReportRSS))
            put("reportComputed", seconds(computed.seconds))
            put("reportComputedRSS", mebibytes(computed.maxRSSKiB))
            put("reportKept", seconds(Measure.median(keptReport)))
            put("reportKeptRSS", mebibytes(keptReportRSS))
            put("reportRatio", String(format: "%.1f×", pythonMedian / Measure.median(keptReport)))

            // A sync bringing 1,000 records that sort before the snapshot (on a copy).
            log("\(size): a sync bringing 1000 records from before the snapshot")
            let syncCopy = options.work.appendingPathComponent("late-\(size)", isDirectory: true)
            try? FileManager.default.removeItem(at: syncCopy)
            if (try? FileManager.default.copyItem(at: directory, to: syncCopy)) != nil {
                let held = numbers(ChildProcess.run(["late-prepare", syncCopy.path, "1000"]).output)
                let fold = numbers(ChildProcess.run(["late-fold", syncCopy.path]).output)
                var next: [Double] = [], nextRSS = 0
                for _ in 0..<runs {
                    let outcome = ChildProcess.run(["open-cache", syncCopy.path])
                    if let s = numbers(outcome.output).first { next.append(s) }
                    nextRSS = max(nextRSS, outcome.maxRSSKiB)
                }
                let starts = ["the logs' start", "the snapshot", "the checkpoint"]
                put("lateHeld", held.count >= 2 ? "\(Int(held[0])) + \(Int(held[1]))" : "—")
                put("lateFold", fold.count >= 2
                    ? seconds(fold[0]) + ", from " + (starts.indices.contains(Int(fold[1])) ? starts[Int(fold[1])] : "?") : "—")
                put("lateNext", seconds(Measure.median(next)))
                put("lateNextRSS", mebibytes(nextRSS))
            } else {
                for key in ["lateHeld", "lateFold", "lateNext", "lateNextRSS"] { put(key, "—") }
            }
            try? FileManager.default.removeItem(at: syncCopy)

            let coldS = Measure.median(cold), warmS = Measure.median(warm), pythonS = pythonMedian
            put("events", "\(events)")
            put("cold", seconds(coldS))
            put("coldRate", rate(Double(events) / coldS))
            put("warm", seconds(warmS))
            put("plain", seconds(Measure.median(plain)))
            put("plainRate", rate(Double(events) / Measure.median(plain)))
            put("python", seconds(pythonS))
            put("pythonRate", rate(Double(events) / pythonS))
            put("ratio", String(format: "%.1f×", pythonS / coldS))
            put("p50", millis(Measure.percentile(latencies, 0.5)))
            put("p99", millis(Measure.percentile(latencies, 0.99)))
            let computeNames = ["dashboard", "rollCall", "report"]
            for (i, name) in computeNames.enumerated() { put(name, i < compute.count ? millis(compute[i]) : "—") }
            let screenNames = ["sDashboard", "sParticipants", "sSessions", "sRollCall", "sPipeline", "sJournal", "sHolder",
                               "sDashboardNew"]
            for (i, name) in screenNames.enumerated() { put(name, i < screens.count ? millis(screens[i]) : "—") }
            put("rssCold", mebibytes(coldRSS))
            put("rssWarm", mebibytes(warmRSS))
        }
        let table: [(String, String, String)] = [
            ("events", "events folded", ""),
            ("cold", "cold open, `--no-cache` (s)", "≤ 1.5 s at 10^6"),
            ("coldRate", "cold open (events/s)", ""),
            ("python", "Python 3 `json.loads` per line (s)", "baseline"),
            ("pythonRate", "Python 3 (events/s)", ""),
            ("ratio", "cold open vs Python", "≥ 3.5×"),
            ("plain", "open by the plain path: JSONDecoder, one core (s)", "before this work"),
            ("plainRate", "plain path (events/s)", ""),
            ("first", "first open: fold, then write the snapshot (s)", ""),
            ("warm", "warm open, snapshot cache (s)", "≤ 0.3 s at 10^6"),
            ("p50", "append + fsync, p50", ""),
            ("p99", "append + fsync, p99", "≤ 20 ms"),
            ("dashboard", "dashboard figures", ""),
            ("rollCall", "roll call of the largest cohort", ""),
            ("report", "whole-network report", ""),
            ("sDashboard", "screen: dashboard (update + render 120×40)", "≤ 16 ms"),
            ("sDashboardNew", "screen: dashboard after a change (its rows made again)", "≤ 16 ms"),
            ("sParticipants", "screen: cohort participants", "≤ 16 ms"),
            ("sSessions", "screen: cohort sessions", "≤ 16 ms"),
            ("sRollCall", "screen: roll call", "≤ 16 ms"),
            ("sPipeline", "screen: pipeline", "≤ 16 ms"),
            ("sJournal", "screen: cohort journal", "≤ 16 ms"),
            ("sHolder", "screen: holder file", "≤ 16 ms"),
            ("rssCold", "peak memory, cold open (max RSS)", "≤ 400 MiB at 10^6"),
            ("rssFirst", "peak memory, first open writing the snapshot", "≤ 400 MiB at 10^6"),
            ("rssWarm", "peak memory, warm open (max RSS)", "≤ 400 MiB at 10^6"),
            ("reportCold", "`parcours report --format json --no-cache`, whole process (s)", ""),
            ("reportColdRSS", "… its peak memory", "≤ 400 MiB at 10^6"),
            ("reportComputed", "`parcours report --format json`, warm, computed and kept (s)", ""),
            ("reportComputedRSS", "… its peak memory", "≤ 400 MiB at 10^6"),
            ("reportKept", "`parcours report --format json`, asked again (s)", ""),
            ("reportKeptRSS", "… its peak memory", "≤ 400 MiB at 10^6"),
            ("reportRatio", "report asked again vs Python", "≥ 10× at 10^6"),
            ("lateHeld", "sync: records arriving (late writer + others before them)", ""),
            ("lateFold", "sync: folding them and saving the snapshot (s)", ""),
            ("lateNext", "sync: the next open (s)", "≤ 0.5 s at 10^6"),
            ("lateNextRSS", "… its peak memory", "≤ 400 MiB at 10^6"),
        ]
        print("")
        print("| measurement (median) | " + sizes.map { "\($0) events" }.joined(separator: " | ") + " | target |")
        print("|---|" + sizes.map { _ in "---:" }.joined(separator: "|") + "|---|")
        for (key, label, target) in table {
            print("| \(label) | " + (rows[key] ?? []).joined(separator: " | ") + " | \(target) |")
        }
    }

    /// The `parcours` command built beside this benchmark (`make bench` builds both).
    static let parcours: String = {
        let bench = CommandLine.arguments[0].hasPrefix("/")
            ? CommandLine.arguments[0]
            : FileManager.default.currentDirectoryPath + "/" + CommandLine.arguments[0]
        return URL(fileURLWithPath: bench).deletingLastPathComponent().appendingPathComponent("parcours").path
    }()

    static func runParcours(_ arguments: [String]) -> (seconds: Double, maxRSSKiB: Int) {
        let outcome = ChildProcess.time(parcours, arguments, environment: [
            "PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory(), "LANG": "C.UTF-8",
            "PARCOURS_AUTHOR": "bench", "PARCOURS_LANG": "en",
        ])
        guard outcome.status == 0 else {
            log("parcours \(arguments.joined(separator: " ")) failed (\(outcome.status))")
            return (.nan, 0)
        }
        return (outcome.seconds, outcome.maxRSSKiB)
    }

    /// Generated data for `size`, reused when a previous run left it complete.
    static func prepare(size: Int, options: BenchOptions) -> URL {
        let directory = options.work.appendingPathComponent("events-\(size)-seed\(options.seed)", isDirectory: true)
        let marker = directory.appendingPathComponent("local/bench-complete")
        if FileManager.default.fileExists(atPath: marker.path) { return directory }
        try? FileManager.default.removeItem(at: directory)
        log("\(size): generating (\(options.writers) writers, seed \(options.seed))")
        do {
            let seconds = try Measure.seconds {
                try Generator.run(directory: directory, events: size, seed: options.seed, writers: options.writers)
            }
            log(String(format: "%d: generated in %.1f s", size, seconds))
            _ = FileManager.default.createFile(atPath: marker.path, contents: Data())
        } catch {
            log("cannot generate: \(error)")
            exit(1)
        }
        return directory
    }

    /// Seconds for Python 3 to `json.loads` every line of every log file, or nil
    /// without python3.
    static func pythonBaseline(_ directory: URL) -> Double? {
        let script = """
        import json, os, sys, time
        d = os.path.join(sys.argv[1], "events")
        t = time.perf_counter(); n = 0
        for name in sorted(os.listdir(d)):
            if name.endswith(".jsonl"):
                with open(os.path.join(d, name), "rb") as f:
                    for line in f:
                        json.loads(line); n += 1
        print(time.perf_counter() - t); print(n)
        """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, directory.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        guard (try? process.run()) != nil else { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return numbers(String(decoding: data, as: UTF8.self)).first
    }

    static func numbers(_ text: String) -> [Double] {
        text.split(separator: "\n").compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
    }

    static func log(_ text: String) {
        FileHandle.standardError.write(Data("· \(text)\n".utf8))
    }

    static func seconds(_ s: Double) -> String { s.isNaN ? "—" : String(format: "%.3f s", s) }
    static func millis(_ s: Double) -> String { s.isNaN ? "—" : String(format: "%.2f ms", s * 1000) }
    static func rate(_ r: Double) -> String { r.isFinite ? String(format: "%.0f k", r / 1000) : "—" }
    static func mebibytes(_ kib: Int) -> String { kib > 0 ? "\(kib / 1024) MiB" : "—" }
}

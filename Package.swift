// swift-tools-version:6.0
import PackageDescription

// Layers point down only (docs/architecture.md):
//
//   parcours ─┬─ ParcoursTUI ── TerminalKit ── CNcursesw
//             ├─ ParcoursExchange · ParcoursSync · ParcoursDemo
//             └─ ParcoursKit ─┬─ ParcoursSnapshot ─┐     (and ParcoursGeography: the COG's files)
//                             ├─ ParcoursCodec ────┼─ ParcoursDomain
//                             └────────────────────┴─ EventLog ── CCRC32C
//
// SafeText (no dependency) sits under TerminalKit, ParcoursKit and parcours. Test
// helpers live under Tests/Support.
let package = Package(
    name: "Parcours",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "parcours", targets: ["parcours"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // Reads and writes spreadsheet CSV (quoted separators and newlines, CRLF).
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
    ],
    targets: [
        // The terminal.
        .systemLibrary(name: "CNcursesw", providers: [.apt(["libncursesw5-dev"])]),
        // Makes user text safe for a terminal (controls, bidi overrides shown visibly): the
        // interface's canvas, every line the command line prints, CSV and Markdown cells.
        .target(name: "SafeText"),
        .target(name: "TerminalKit", dependencies: ["CNcursesw", "SafeText"]),

        // The record: append-only JSON Lines logs, knowing no domain type.
        // CRC-32C with the processor's instruction (Swift cannot enable it for one function).
        .target(name: "CCRC32C"),
        .target(name: "EventLog", dependencies: ["CCRC32C"]),

        // The domain: model, commands, decide, apply, every rule. Pure.
        .target(name: "ParcoursDomain"),
        // Events ⇄ log records: one table of event types.
        .target(name: "ParcoursCodec", dependencies: ["ParcoursDomain", "EventLog"]),
        // The folded state cached beside the logs, behind one hook on the state.
        .target(name: "ParcoursSnapshot", dependencies: ["ParcoursDomain", "ParcoursCodec", "EventLog"]),
        // The official geographic code (INSEE's COG: communes, EPCI, départements, régions)
        // as data files, and their loader; the domain is given the tables.
        .target(name: "ParcoursGeography", dependencies: ["ParcoursDomain"], resources: [.copy("Resources")]),
        // The one door both interfaces use: the workspace, queries, reports.
        .target(name: "ParcoursKit", dependencies: [
            "ParcoursDomain", "ParcoursCodec", "ParcoursSnapshot", "EventLog", "SafeText", "ParcoursGeography",
        ]),
        // Spreadsheets and JSON in and out.
        .target(name: "ParcoursExchange", dependencies: [
            "ParcoursKit", "ParcoursDomain", "ParcoursCodec", "EventLog", "SafeText",
            .product(name: "CSV", package: "CSV.swift"),
        ]),
        // Sharing a data directory through git.
        .target(name: "ParcoursSync", dependencies: ["ParcoursKit", "ParcoursDomain", "EventLog"]),
        // The guide's example programmes, and synthetic data for benchmarks and tests.
        .target(name: "ParcoursDemo", dependencies: ["ParcoursKit", "ParcoursDomain", "EventLog"]),

        // The interfaces.
        .target(name: "ParcoursTUI", dependencies: ["TerminalKit", "ParcoursKit", "ParcoursDomain", "ParcoursSync"]),
        .executableTarget(
            name: "parcours",
            dependencies: [
                "ParcoursTUI", "ParcoursKit", "ParcoursDomain", "ParcoursExchange", "ParcoursSync", "ParcoursDemo",
                "EventLog", "SafeText", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // `make bench`: speed at 10^4–10^6 events against a Python baseline (README, "Speed").
        .executableTarget(name: "parcours-bench", dependencies: [
            "ParcoursKit", "ParcoursTUI", "ParcoursDemo", "TerminalKit", "EventLog", "ParcoursDomain",
        ], path: "Sources/parcours-bench"),

        // Test helpers: a headless tmux driver, a tiny terminal app, a log stress writer.
        .target(name: "TmuxHarness", path: "Tests/Support/TmuxHarness"),
        .executableTarget(name: "terminal-probe", dependencies: ["TerminalKit"], path: "Tests/Support/terminal-probe"),
        .executableTarget(name: "eventlog-stress", dependencies: ["EventLog"], path: "Tests/Support/eventlog-stress"),
        // Generated data directories and state comparisons several test targets share.
        .target(name: "ParcoursTestSupport", dependencies: [
            "ParcoursDemo", "ParcoursKit", "ParcoursCodec", "ParcoursDomain", "EventLog",
        ], path: "Tests/Support/ParcoursTestSupport"),

        .testTarget(name: "EventLogTests", dependencies: ["EventLog", "eventlog-stress"]),
        .testTarget(name: "ParcoursDomainTests", dependencies: ["ParcoursDomain", "ParcoursTestSupport"]),
        .testTarget(name: "ParcoursCodecTests", dependencies: ["ParcoursCodec", "ParcoursDomain", "EventLog", "ParcoursDemo", "ParcoursKit", "ParcoursTestSupport"]),
        .testTarget(name: "ParcoursSnapshotTests", dependencies: [
            "ParcoursSnapshot", "ParcoursDomain", "EventLog", "ParcoursDemo", "ParcoursKit", "ParcoursTestSupport",
        ]),
        .testTarget(name: "ParcoursKitTests", dependencies: [
            "ParcoursKit", "ParcoursDomain", "EventLog", "ParcoursTestSupport", "ParcoursGeography", "ParcoursDemo",
        ]),
        .testTarget(name: "ParcoursExchangeTests", dependencies: [
            "ParcoursTestSupport",
            "ParcoursExchange", "ParcoursKit", "ParcoursDomain", "ParcoursDemo", "EventLog",
        ]),
        .testTarget(name: "ParcoursSyncTests", dependencies: ["ParcoursSync", "ParcoursKit", "EventLog"]),
        .testTarget(name: "ParcoursDemoTests", dependencies: [
            "ParcoursDemo", "ParcoursKit", "ParcoursDomain", "EventLog", "ParcoursTestSupport",
        ]),
        .testTarget(name: "TerminalKitTests", dependencies: ["TerminalKit", "SafeText", "TmuxHarness", "terminal-probe"]),
        .testTarget(name: "ParcoursTUITests", dependencies: ["ParcoursTUI", "ParcoursKit", "ParcoursDomain", "TerminalKit", "ParcoursSync"]),
        // EventLog and ParcoursDomain write a colleague's log holding hostile text, as an
        // older or another program could have, whatever the command line accepts today.
        .testTarget(name: "EndToEndTests", dependencies: ["parcours", "TmuxHarness", "EventLog", "ParcoursDomain", "ParcoursCodec"]),
    ],
    swiftLanguageModes: [.v6]
)

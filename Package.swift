// swift-tools-version:6.0
import PackageDescription

// Layers point down only: parcours → (ParcoursTUI → TerminalKit → CNcursesw) and
// (ParcoursKit → ParcoursDomain, EventLog); SafeText (no dependency) sits under
// TerminalKit, ParcoursKit and parcours. See docs/architecture.md.
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
        .systemLibrary(
            name: "CNcursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        // Makes user text safe for a terminal (controls, bidi overrides shown visibly): the
        // interface's canvas, every line the command line prints, CSV and Markdown cells.
        .target(name: "SafeText"),
        .target(name: "TerminalKit", dependencies: ["CNcursesw", "SafeText"]),
        // Test support: drives a real binary in a private headless tmux server.
        .target(name: "TmuxHarness", path: "Sources/TmuxHarness"),
        // A tiny TerminalKit app the end-to-end tests drive through TmuxHarness.
        .executableTarget(name: "terminal-probe", dependencies: ["TerminalKit"], path: "Sources/terminal-probe"),
        // CRC-32C with the processor's instruction (Swift cannot enable it for one function).
        .target(name: "CCRC32C"),
        .target(name: "EventLog", dependencies: ["CCRC32C"]),
        .executableTarget(name: "eventlog-stress", dependencies: ["EventLog"]),
        .target(name: "ParcoursDomain"),
        .target(name: "ParcoursKit", dependencies: [
            "ParcoursDomain", "EventLog", "SafeText", .product(name: "CSV", package: "CSV.swift"),
        ]),
        .target(name: "ParcoursTUI", dependencies: ["TerminalKit", "ParcoursKit"]),
        .executableTarget(
            name: "parcours",
            dependencies: [
                "ParcoursTUI", "ParcoursKit", "SafeText",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // `make bench`: speed at 10^4–10^6 events against a Python baseline (README, "Speed").
        .executableTarget(name: "parcours-bench", dependencies: ["ParcoursKit", "ParcoursTUI", "TerminalKit", "EventLog", "ParcoursDomain"],
                          path: "Sources/parcours-bench"),
        .testTarget(name: "EventLogTests", dependencies: ["EventLog", "eventlog-stress"]),
        .testTarget(name: "ParcoursDomainTests", dependencies: ["ParcoursDomain"]),
        .testTarget(name: "ParcoursKitTests", dependencies: ["ParcoursKit"]),
        .testTarget(name: "TerminalKitTests", dependencies: ["TerminalKit", "SafeText", "TmuxHarness", "terminal-probe"]),
        .testTarget(name: "ParcoursTUITests", dependencies: ["ParcoursTUI"]),
        // EventLog and ParcoursDomain write a colleague's log holding hostile text, as an
        // older or another program could have, whatever the command line accepts today.
        .testTarget(name: "EndToEndTests", dependencies: ["parcours", "TmuxHarness", "EventLog", "ParcoursDomain"]),
    ],
    swiftLanguageModes: [.v6]
)

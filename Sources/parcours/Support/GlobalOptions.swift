import ArgumentParser

/// Options every command accepts.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "The data directory (else $PARCOURS_DATA, $XDG_DATA_HOME/parcours, ~/.local/share/parcours).")
    var data: String?

    @Flag(name: .long, help: "Open the data directory without writing anything.")
    var readOnly = false

    @Flag(name: .long, help: "Never read or write the snapshot cache (cache/): fold every log from the start; the result is the same.")
    var noCache = false
}

/// `--json` for lists and shows.
struct OutputOptions: ParsableArguments {
    @Flag(name: .long, help: "Print JSON instead of text.")
    var json = false
}

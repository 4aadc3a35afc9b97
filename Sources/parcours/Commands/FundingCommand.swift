import ArgumentParser
import ParcoursDomain
import ParcoursKit

/// `parcours funding`: what a programme or a cohort costs and who pays (domain.md F24).
struct FundingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "funding",
        abstract: "A programme's or a cohort's cost and funding: funders, participant fee, in kind. Alone, shows it.",
        discussion: """
        Amounts in euros, whole or with cents: 6000, "6 000", 1234,50 or 1234.50 (not "6,000": \
        write 6000). A funder is NAME=AMOUNT or NAME=SHARE% of the cost (FSE=60%), created as an \
        organisation on first use. Options left out keep what is recorded; --funder replaces the list. \
        The first funding needs --cost.
        """)
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: "The programme or the cohort (name or id).") var target: String
    @Option(parsing: .unconditional, help: "The cash cost, in euros.") var cost: String?
    @Option(name: .customLong("funder"), help: "NAME=AMOUNT or NAME=SHARE%; repeatable; replaces the funders.")
    var funders: [String] = []
    @Flag(name: .customLong("no-funders"), help: "No funder any more.") var noFunders = false
    @Option(parsing: .unconditional, help: "What each holder taking part pays, in euros (\"\" clears it).") var fee: String?
    @Option(name: .customLong("in-kind"), parsing: .unconditional, help: "The value of contributions in kind, in euros (\"\" clears it).")
    var inKind: String?
    @Flag(help: "Remove the funding recorded.") var remove = false

    func run() throws {
        try CLI.run(global) { cli in
            let given = cost != nil || !funders.isEmpty || noFunders || fee != nil || inKind != nil
            if remove, given {
                throw ValidationError(cli.language == .fr ? "--remove ne se combine pas avec d’autres options."
                                                          : "--remove goes with no other option.")
            }
            if noFunders, !funders.isEmpty {
                throw ValidationError(cli.language == .fr ? "Donnez --funder ou --no-funders, pas les deux."
                                                          : "Give --funder or --no-funders, not both.")
            }
            guard given || remove else { return try show(cli) }
            var draft = FundingDraft(remove: remove)
            draft.cost = try cost.map { try Arguments.euros($0, "--cost") }
            if !funders.isEmpty { draft.funders = try funders.map { try Arguments.funder($0, "--funder") } }
            if noFunders { draft.funders = [] }
            if let fee { draft.fee = .some(try Arguments.clearableEuros(fee, "--fee")) }
            if let inKind { draft.inKind = .some(try Arguments.clearableEuros(inKind, "--in-kind")) }
            try cli.perform(.setFunding(target: target, draft))
        }
    }

    private func show(_ cli: CLI) throws {
        let state = try cli.workspace().state
        let found = try Resolver(state).programmeOrCohort(target)
        let row = Listing.funding(state, target: found.id)
        if output.json { return try cli.printJSON(row) }
        let l = cli.language, fr = l == .fr
        guard let row else {
            print(fr ? "Aucun financement enregistré pour « \(found.name) »." : "No funding recorded for “\(found.name)”.")
            return
        }
        func euros(_ value: Double) -> String { Money.text(Int((value * 100).rounded()), l) }
        print(fr ? "Financement de « \(row.target) »" : "Funding of “\(row.target)”")
        print("  \(fr ? "Coût" : "Cost"): \(euros(row.cost))")
        for funder in row.funders {
            let share = funder.share.map { " (" + Money.share(Int(($0 * 10_000).rounded()), l) + ")" } ?? ""
            print("  \(funder.name): \(euros(funder.amount))\(share)")
        }
        if let fee = row.fee { print("  \(fr ? "Participation par porteur" : "Fee per holder"): \(euros(fee))") }
        if let inKind = row.inKind { print("  \(fr ? "En nature" : "In kind"): \(euros(inKind))") }
    }
}

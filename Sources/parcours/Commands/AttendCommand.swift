import ArgumentParser
import ParcoursDomain

struct AttendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attend",
        abstract: "Mark a holder present, absent or excused at a session (or everyone present with --all).")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The session (title or id).") var session: String
    @Argument(help: "The holder (or --all).") var holder: String?
    @Argument(help: "present, absent or excuse (also P, A, E, présent, excusé).") var mark: String?
    @Flag(inversion: .prefixedNo, help: "Attended remotely (or not); marking again keeps it unless given.")
    var remote: Bool?
    @Option(help: "A remark about this attendance; marking again keeps it unless given (\"\" clears it).")
    var remark: String?
    @Flag(help: "Mark present everyone expected who has no mark yet.") var all = false
    @Flag(help: "Clear the holder's mark (no MARK then).") var clear = false

    func run() throws {
        try CLI.run(global) { cli in
            if clear {
                guard let holder, mark == nil, !all else {
                    throw ValidationError(cli.language == .fr ? "--clear prend la séance et le porteur, sans présence."
                                                              : "--clear takes the session and the holder, and no mark.")
                }
                try cli.perform(.clearMark(session: session, holder: holder))
                return
            }
            if all {
                try cli.perform(.markAllPresent(session: session))
                return
            }
            guard let holder, let mark else {
                throw ValidationError(cli.language == .fr
                    ? "Indiquez le porteur et la présence (present, absent, excuse), ou --all."
                    : "Give the holder and the mark (present, absent, excuse), or --all.")
            }
            try cli.perform(.attend(session: session, holder: holder, mark: try Arguments.mark(mark, "MARK"),
                                    remote: remote, remark: remark))
        }
    }
}

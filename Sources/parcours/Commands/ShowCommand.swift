import ArgumentParser
import Foundation
import ParcoursDomain
import ParcoursKit

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one holder, project, cohort, programme, session, organisation, open event, idea, call, person of the directory or venue (by name, title or id).")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: "A name, a title or an id (4 characters of it are enough).") var reference: String

    func run() throws {
        try CLI.run(global) { cli in
            let workspace = try cli.workspace()
            let state = workspace.state
            let found = try Self.find(reference, in: state)
            let l = cli.language
            let text = ShowText(language: l, state: state)
            switch found {
            case .holder(let h):
                var detail = Details.holder(state, h)
                detail.changes = try Details.changes(workspace, of: h.id, language: l)
                for i in detail.projects.indices {
                    detail.projects[i].changes = try Details.changes(workspace, of: detail.projects[i].id, language: l)
                }
                if output.json { return try cli.printJSON(detail) }
                text.holder(detail)
            case .project(let p):
                var detail = Details.project(state, p)
                detail.changes = try Details.changes(workspace, of: p.id, language: l)
                if output.json { return try cli.printJSON(detail) }
                text.project(detail)
            case .cohort(let c):
                var detail = Details.cohort(state, c)
                detail.changes = try Details.changes(workspace, of: c.id, language: l)
                if output.json { return try cli.printJSON(detail) }
                text.cohort(detail)
            case .programme(let p):
                var detail = Details.programme(state, p)
                detail.changes = try Details.changes(workspace, of: p.id, language: l)
                if output.json { return try cli.printJSON(detail) }
                text.programme(detail)
            case .session(let s):
                let detail = Details.session(state, s)
                if output.json { return try cli.printJSON(detail) }
                text.session(detail)
            case .openEvent(let e):
                let detail = try Details.openEvent(workspace, e, language: l)
                if output.json { return try cli.printJSON(detail) }
                OpenEventText(language: l).show(detail)
            case .organisation(let o):
                var detail = Details.organisation(state, o, today: workspace.today)
                detail.changes = try Details.changes(workspace, of: o.id, language: l)
                if output.json { return try cli.printJSON(detail) }
                text.organisation(detail)
            case .idea(let i):
                var detail = Details.idea(state, i)
                detail.changes = try Details.changes(workspace, of: i.id, language: l)
                if output.json { return try cli.printJSON(detail) }
                text.idea(detail)
            case .call(let c):
                var detail = Details.call(state, c)
                detail.changes = try Details.changes(workspace, of: c.id, language: l)
                if output.json { return try cli.printJSON(detail) }
                text.call(detail)
            case .person(let p):
                var detail = DirectoryListing.person(state, p)
                detail.changes = try Details.changes(workspace, of: p.id, language: l)
                if output.json { return try cli.printJSON(detail) }
                DirectoryShowText(language: l, text: text).person(detail)
            case .venue(let v):
                var detail = DirectoryListing.venue(state, v)
                detail.changes = try Details.changes(workspace, of: v.id, language: l)
                if output.json { return try cli.printJSON(detail) }
                DirectoryShowText(language: l, text: text).venue(detail)
            }
        }
    }

    enum Found {
        case holder(Holder), project(Project), cohort(Cohort), programme(Programme), session(Session), organisation(Organisation)
        case openEvent(OpenEvent)
        case idea(Idea), call(CallForApplications)
        case person(Person), venue(Venue)
        var id: String {
            switch self {
            case .holder(let x): return x.id
            case .project(let x): return x.id
            case .cohort(let x): return x.id
            case .programme(let x): return x.id
            case .session(let x): return x.id
            case .organisation(let x): return x.id
            case .openEvent(let x): return x.id
            case .idea(let x): return x.id
            case .call(let x): return x.id
            case .person(let x): return x.id
            case .venue(let x): return x.id
            }
        }
        var name: String {
            switch self {
            case .holder(let x): return x.name
            case .project(let x): return x.title
            case .cohort(let x): return x.name
            case .programme(let x): return x.name
            case .session(let x): return "\(x.title), \(x.date.iso)"
            case .organisation(let x): return x.name
            case .openEvent(let x): return "\(x.title), \(x.date.iso)"
            case .idea(let x): return x.title
            case .call(let x): return x.title
            case .person(let x): return x.name
            case .venue(let x): return x.name
            }
        }
    }

    /// Looks the reference up among every kind of entity; one match is shown, several
    /// are listed so the user can choose by id.
    static func find(_ reference: String, in state: State) throws -> Found {
        let resolver = Resolver(state)
        var found: [Found] = []
        var ambiguity: DomainError?
        func attempt(_ body: () throws(DomainError) -> Found) {
            do { found.append(try body()) } catch {
                if case .ambiguous = error { ambiguity = ambiguity ?? error }
            }
        }
        attempt { () throws(DomainError) in .holder(try resolver.holder(reference, allowingErased: true)) }
        attempt { () throws(DomainError) in .project(try resolver.project(reference)) }
        attempt { () throws(DomainError) in .cohort(try resolver.cohort(reference)) }
        attempt { () throws(DomainError) in .programme(try resolver.programme(reference)) }
        attempt { () throws(DomainError) in .session(try resolver.session(reference)) }
        attempt { () throws(DomainError) in .organisation(try resolver.organisation(reference)) }
        attempt { () throws(DomainError) in .openEvent(try resolver.openEvent(reference)) }
        attempt { () throws(DomainError) in .idea(try resolver.idea(reference)) }
        attempt { () throws(DomainError) in .call(try resolver.call(reference)) }
        attempt { () throws(DomainError) in .person(try resolver.person(reference, allowingErased: true)) }
        attempt { () throws(DomainError) in .venue(try resolver.venue(reference)) }
        if let exact = found.first(where: { $0.id == reference }) { return exact }
        if found.count == 1 { return found[0] }
        if found.count > 1 {
            throw DomainError.ambiguous(.holderOrProject, reference: reference,
                                        candidates: found.map { Candidate(name: $0.name, id: $0.id) })
        }
        if let ambiguity { throw ambiguity }
        throw ShowError(reference: reference)
    }
}

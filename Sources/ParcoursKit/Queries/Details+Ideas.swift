import Foundation
import ParcoursDomain

extension Details {
    /// One move of an idea's status, with why.
    public struct IdeaStatusLine: Codable, Hashable, Sendable {
        public var date: String
        public var from: String
        public var to: String
        public var author: String
        public var reason: String?
    }

    /// What `show IDEA` prints; also the origin a project adopted from an idea shows.
    public struct IdeaDetail: Codable, Hashable, Sendable {
        public var kind = "idea"
        public var id: String
        public var title: String
        public var programme: String
        public var status: String
        public var statusSince: String
        public var detected: String
        public var source: String?
        public var need: String?
        public var commune: String?
        /// Once adopted: the holder, the project it became, the day.
        public var holder: String?
        public var project: String?
        public var adopted: String?
        public var history: [IdeaStatusLine]
        public var changes: [ChangeLine] = []
    }

    public static func idea(_ state: State, _ i: Idea) -> IdeaDetail {
        IdeaDetail(id: i.id, title: i.title, programme: state.programmes[i.programme]?.name ?? i.programme,
                   status: i.status.rawValue, statusSince: i.statusSince.iso, detected: i.detected.iso, source: i.source,
                   need: i.need, commune: i.commune, holder: i.adoption.map { state.holders[$0.holder]?.name ?? $0.holder },
                   project: i.adoption.map { state.projects[$0.project]?.title ?? $0.project }, adopted: i.adoption?.date.iso,
                   history: i.history.map {
                       IdeaStatusLine(date: $0.date.iso, from: $0.from.rawValue, to: $0.to.rawValue, author: $0.author, reason: $0.reason)
                   })
    }

    /// One criterion of an application: `met`, `unmet` or `unchecked`.
    public struct CriterionLine: Codable, Hashable, Sendable {
        public var number: Int
        public var criterion: String
        public var check: String
    }

    /// A holder's application to a call, with its checklist.
    public struct ApplicationLine: Codable, Hashable, Sendable {
        public var call: String
        public var callId: String
        public var holder: String
        public var holderId: String
        public var date: String
        /// `eligible`, `not_eligible` or `pending`.
        public var eligibility: String
        public var checks: [CriterionLine]
    }

    /// What `show CALL` prints.
    public struct CallDetail: Codable, Hashable, Sendable {
        public var kind = "call"
        public var id: String
        public var title: String
        public var programme: String
        public var cohort: String?
        public var source: String?
        public var opens: String?
        public var closes: String?
        public var criteria: [String]
        public var applications: [ApplicationLine]
        public var changes: [ChangeLine] = []
    }

    static func application(_ state: State, _ call: CallForApplications, holder: EntityID, _ a: Application) -> ApplicationLine {
        ApplicationLine(call: call.title, callId: call.id, holder: (state.holders[holder]?.name ?? holder), holderId: holder, date: a.date.iso,
                        eligibility: a.eligibility(criteria: call.criteria.count).rawValue,
                        checks: call.criteria.enumerated().map { index, text in
                            let check = a.check(index).map { $0 ? "met" : "unmet" } ?? "unchecked"
                            return CriterionLine(number: index + 1, criterion: text, check: check)
                        })
    }

    public static func call(_ state: State, _ c: CallForApplications) -> CallDetail {
        CallDetail(id: c.id, title: c.title, programme: state.programmes[c.programme]?.name ?? c.programme,
                   cohort: c.cohort.map { state.cohorts[$0]?.name ?? $0 }, source: c.source, opens: c.opens?.iso,
                   closes: c.closes?.iso, criteria: c.criteria,
                   applications: state.applicants(call: c.id).map { application(state, c, holder: $0.holder.id, $0.application) })
    }

    /// A holder's applications, by day.
    public static func applications(_ state: State, holder: EntityID) -> [ApplicationLine] {
        state.applications(holder: holder).map { application(state, $0.call, holder: holder, $0.application) }
    }
}

extension Listing {
    public struct IdeaRow: Codable, Hashable, Sendable {
        public var id: String
        public var title: String
        public var programme: String
        public var status: String
        public var statusSince: String
        public var detected: String
        public var source: String?
        public var need: String?
        public var commune: String?
        public var holder: String?
        public var project: String?
    }

    /// Ideas of a programme (or every programme), in the order of the work: by status, then
    /// detection day, then title.
    public static func ideas(_ state: State, programme: EntityID? = nil) -> [IdeaRow] {
        let ideas = programme.map { state.ideas(programme: $0) }
            ?? state.programmes.values.sorted { ($0.name, $0.id) < ($1.name, $1.id) }.flatMap { state.ideas(programme: $0.id) }
        return ideas.map { i in
            IdeaRow(id: i.id, title: i.title, programme: state.programmes[i.programme]?.name ?? i.programme,
                    status: i.status.rawValue, statusSince: i.statusSince.iso, detected: i.detected.iso, source: i.source,
                    need: i.need, commune: i.commune, holder: i.adoption.map { state.holders[$0.holder]?.name ?? $0.holder },
                    project: i.adoption.map { state.projects[$0.project]?.title ?? $0.project })
        }
    }

    public struct CallRow: Codable, Hashable, Sendable {
        public var id: String
        public var title: String
        public var programme: String
        public var cohort: String?
        public var source: String?
        public var opens: String?
        public var closes: String?
        public var criteria: Int
        public var applications: Int
        public var eligible: Int
    }

    public static func calls(_ state: State, programme: EntityID? = nil) -> [CallRow] {
        let calls = programme.map { state.calls(programme: $0) }
            ?? state.programmes.values.sorted { ($0.name, $0.id) < ($1.name, $1.id) }.flatMap { state.calls(programme: $0.id) }
        return calls.map { c in
            let applications = state.applicants(call: c.id)
            return CallRow(id: c.id, title: c.title, programme: state.programmes[c.programme]?.name ?? c.programme,
                           cohort: c.cohort.map { state.cohorts[$0]?.name ?? $0 }, source: c.source, opens: c.opens?.iso,
                           closes: c.closes?.iso, criteria: c.criteria.count, applications: applications.count,
                           eligible: applications.filter { $0.application.eligibility(criteria: c.criteria.count) == .eligible }.count)
        }
    }
}

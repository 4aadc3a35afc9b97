import ParcoursDomain
import ParcoursKit

extension DemoScript {
    /// A programme's ideas and calls as a facilitator records them: each idea on the day
    /// it was detected, each move on its day, the holder found recorded then adopting it;
    /// each call on the day it opens, each applicant on the day they apply, checked later.
    static func ideaSteps(_ p: DemoProgramme) -> [DemoStep] {
        var steps: [DemoStep] = []
        for idea in p.ideas {
            steps.append(DemoStep(at: DemoMoment(idea.detected, 14)) { r in
                try r.run(.addIdea(programme: r.id(r.programmes, p.name), IdeaDraft(
                    title: idea.title, source: idea.source, need: idea.need, commune: idea.commune, date: idea.detected)))
            })
            for move in idea.moves {
                steps.append(DemoStep(at: DemoMoment(move.day, 15)) { r in
                    try r.run(.setIdeaStatus(idea: ideaID(r, p, idea), status: move.status, reason: move.reason, date: move.day))
                })
            }
            guard let adoption = idea.adoption else { continue }
            steps.append(DemoStep(at: DemoMoment(adoption.recorded, 10)) { r in
                let decision = try r.run(.addHolder(HolderDraft(name: adoption.holder, kind: adoption.kind, commune: adoption.commune,
                                                                date: adoption.recorded)))
                r.holders[holderKey(p, adoption.holder)] = try r.created(decision, adoption.holder) {
                    if case .holderAdded(let e) = $0 { return e.entity.id }
                    return nil
                }
            })
            steps.append(DemoStep(at: DemoMoment(adoption.day, 16)) { r in
                try r.run(.adoptIdea(idea: ideaID(r, p, idea), holder: r.id(r.holders, holderKey(p, adoption.holder)),
                                     note: adoption.note, date: adoption.day))
            })
        }
        for call in p.calls {
            steps.append(DemoStep(at: DemoMoment(call.opens, 9)) { r in
                try r.run(.addCall(programme: r.id(r.programmes, p.name), CallDraft(
                    title: call.title, opens: call.opens, closes: call.closes, source: call.source, criteria: call.criteria)))
            })
            for applicant in call.applicants {
                steps.append(DemoStep(at: DemoMoment(applicant.applied, 11)) { r in
                    let decision = try r.run(.addHolder(HolderDraft(name: applicant.name, kind: applicant.kind,
                                                                    commune: applicant.commune, date: applicant.applied)))
                    let holder = try r.created(decision, applicant.name) {
                        if case .holderAdded(let e) = $0 { return e.entity.id }
                        return nil
                    }
                    r.holders[holderKey(p, applicant.name)] = holder
                    try r.run(.applyToCall(call: callID(r, call), holder: holder, date: applicant.applied))
                })
                steps.append(DemoStep(at: DemoMoment(applicant.checked, 17)) { r in
                    try r.run(.checkApplication(call: callID(r, call), holder: r.id(r.holders, holderKey(p, applicant.name)),
                                                met: applicant.met.map(String.init), unmet: applicant.unmet.map(String.init)))
                })
            }
        }
        return steps
    }

    private static func holderKey(_ p: DemoProgramme, _ name: String) -> String { "\(p.name).\(name)" }

    /// Ideas and calls are found by title among the programme's (titles are unique there).
    private static func ideaID(_ r: DemoRunner, _ p: DemoProgramme, _ idea: DemoIdea) throws -> EntityID {
        let programme = try r.id(r.programmes, p.name)
        guard let found = r.workspace.state.ideas(programme: programme).first(where: { $0.title == idea.title }) else {
            throw DemoError.missingReference(idea.title)
        }
        return found.id
    }

    private static func callID(_ r: DemoRunner, _ call: DemoCall) throws -> EntityID {
        guard let found = r.workspace.state.calls.values.first(where: { $0.title == call.title }) else {
            throw DemoError.missingReference(call.title)
        }
        return found.id
    }
}

import Foundation
import ParcoursDomain
import ParcoursTestSupport
import Testing
@testable import ParcoursKit

/// Ideas, calls and applications (F15, F4) are kept in the snapshot: a warm open gives
/// the state of the plain fold, an adoption erased with its adopter included.
@Suite struct IdeaSnapshotTests {
    @Test func ideasCallsAndApplicationsComeBackFromTheSnapshot() throws {
        let url = try GeneratedData.make(events: 2_000, seed: 7, writers: 2)
        defer { try? FileManager.default.removeItem(at: url) }
        let w = try Workspace(directory: url, author: "test", useCache: true)
        let programme = try #require(w.state.programmes.values.sorted { $0.id < $1.id }.first)
        let cohort = try #require(w.state.cohorts(programme: programme.id).first)
        let generated = w.state.ideas.count  // the generator's own ideas
        try w.perform(.addIdea(programme: programme.id, IdeaDraft(title: "Garage solidaire", source: "Réunion d'habitants",
                                                                  need: "Se déplacer\nsans voiture", commune: "Bourganeuf")))
        try w.perform(.addIdea(programme: programme.id, IdeaDraft(title: "Filière papier")))
        try w.perform(.setIdeaStatus(idea: "Filière papier", status: .ecartee, reason: "faute de potentiel"))
        try w.perform(.setIdeaStatus(idea: "Garage solidaire", status: .enEtude))
        try w.perform(.addHolder(HolderDraft(name: "Garage des Combrailles", kind: .structure)))
        try w.perform(.adoptIdea(idea: "Garage solidaire", holder: "Garage des Combrailles", note: "trouvé"))
        try w.perform(.addIdea(programme: programme.id, IdeaDraft(title: "Épicerie de Zoé")))
        try w.perform(.addHolder(HolderDraft(name: "Zoé Essai")))
        try w.perform(.adoptIdea(idea: "Épicerie de Zoé", holder: "Zoé Essai"))
        try w.perform(.addCall(programme: programme.id, CallDraft(title: "AMI garage", cohort: cohort.id,
                                                                  criteria: ["Collectif", "Utilité sociale"])))
        try w.perform(.applyToCall(call: "AMI garage", holder: "Garage des Combrailles"))
        try w.perform(.checkApplication(call: "AMI garage", holder: "Garage des Combrailles", met: ["1"], unmet: ["2"]))
        try w.perform(.erase(holder: "Zoé Essai", reason: "demande de l'intéressée"))
        #expect(w.state.ideas.count == generated + 3 && w.state.applications.count == 1 && w.state.erasures.ideas.count == 1)
        #expect(w.state.anomalies == 0)

        try? FileManager.default.removeItem(atPath: url.path + "/cache/state.snapshot")  // (an erasure removed it already)
        #expect(!(try Workspace(directory: url, author: "test", useCache: true)).restoredFromCache)
        let warm = try Workspace(directory: url, author: "test", useCache: true)
        #expect(warm.restoredFromCache)
        // The plain fold, with the neutral labels a workspace gives erased people.
        var plain = try GeneratedData.plainState(url)
        plain.labelErased(person: { Catalog.erasedPerson($0, warm.language) }, project: { Catalog.erasedProject($0, warm.language) },
                          meeting: Catalog.erasedMeeting(warm.language))
        expectSameState(warm.state, plain)
        expectSameState(warm.state, w.state)
        #expect(warm.state.ideas.values.contains { $0.title == Catalog.erasedProject(1, warm.language) })
        #expect(warm.state.ideas.values.contains { $0.title == "Garage solidaire" && $0.adoption != nil })
        #expect(warm.state.calls.values.first?.criteria == ["Collectif", "Utilité sociale"])
    }
}

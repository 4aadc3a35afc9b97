import Foundation
import EventLog
import ParcoursDomain
import Testing
@testable import ParcoursDemo
@testable import ParcoursSnapshot
import ParcoursKit

/// The hand-written snapshot layout keeps every field of every table, and notices damage.
@Suite struct SnapshotCodecTests {
    static let time = Date(timeIntervalSince1970: 1_767_225_600.125)

    /// A state with every optional field set, odd text and a conflict subject of each kind.
    static func fullTables() -> StateTables {
        let day = Day(iso: "2026-03-10")!
        let holder = Holder(id: "h1", name: "Zoé « 😀 » \"L\\'", kind: .collective, commune: "Saint-Étienne",
                            email: "z@example.org", phone: "+33 6", tags: ["qpv", ""], referredBy: "o1", created: day,
                            communeCode: "42218", referent: "f1")
        let bare = Holder(id: "h2", name: "Bruno")
        let project = Project(id: "p1", holders: ["h1", "h2"], title: "Café", sectors: ["alimentation"], commune: "Lyon",
                              legalForm: "SCIC", stage: .test, status: .abandonne, created: day,
                              stageHistory: [StageChange(date: day, from: .idee, to: .test, author: "Léa", note: "ok")],
                              statusHistory: [StatusChange(date: day, from: .actif, to: .abandonne, author: "Léa",
                                                                destination: "o1", note: nil)],
                              description: "Un café\nassociatif", alreadyCreated: false, communeCode: "69123")
        let details = SessionDetails(title: "Atelier", kind: .individuel, date: day, time: ClockTime(hour: 23, minute: 59),
                                     duration: TimeSpan(minutes: -5), venue: "Salle", remote: true,
                                     facilitators: ["o1", "o2"], holder: "h1", place: "v1")
        let session = Session(id: "s1", cohort: "c1", details: details, status: .cancelled, templateIndex: -1)
        let plain = Session(id: "s2", cohort: "c1", details: SessionDetails(title: "B", date: day), status: .planned,
                            templateIndex: nil)
        let participation = Participation(holder: "h1", cohort: "c1", status: .sorti, history: [
            ParticipationChange(date: day, from: nil, to: .inscrit, author: "A"),
            ParticipationChange(date: day, from: .inscrit, to: .sorti, author: "B", reason: "déménagement"),
        ])
        let mark = MarkValue(mark: .excuse, remote: true, remark: "retard\n", author: "Léa", time: time)
        let present = MarkValue(mark: .present, remote: false, remark: nil, author: "", time: time)
        let note = Note(id: "n1", target: .project("p1"), text: "Texte\tlong", author: "Léa", time: time, date: day)
        let other = Note(id: "n2", target: .holder("h2"), text: "", author: "", time: Date(timeIntervalSince1970: -1), date: day)
        var erasures = Erasures()
        erasures.holders = ["h9": 1, "h8": 2]
        erasures.projects = ["p9"]
        var lastChange = LastChanges()
        for (i, kind) in ConflictSubject.Kind.allCases.enumerated() {
            lastChange[ConflictSubject(kind: kind, entity: "e\(i)", holder: i % 2 == 0 ? "h1" : nil,
                                       field: i % 3 == 0 ? "email" : nil)] = i * 1_000_003
        }
        let cohort = Cohort(id: "c1", programme: "pr1", name: "Promo « été »", start: day, end: Day(iso: "2026-07-01"),
                            capacity: 12, staff: [StaffMember(name: "Léa", role: .referent, person: "f1"), StaffMember(name: "", role: .intervenant)],
                            status: .closed)
        let bareCohort = Cohort(id: "c2", programme: "pr1", name: "", start: day)
        // A conflict of every kind of value (each once held a nested container, which the
        // snapshot's encoder did not write: any data directory with a conflict crashed).
        let meta = EventMeta(id: "e", author: "Léa", time: time, writer: "w", clock: 3, sequence: 2)
        let values: [ConflictValue] = [.mark(mark), .mark(nil), .stage(.test), .status(.oriente), .participation(.retenu),
                                       .participation(nil), .cohortStatus(.running), .sessionStatus(.held),
                                       .sessionDetails(details), .field("a@b.fr"), .field(nil)]
        let conflicts = values.enumerated().map { i, value in
            Conflict(subject: ConflictSubject(kind: .attendance, entity: "s\(i)", holder: "h1", field: i % 2 == 0 ? "name" : nil), kept: value,
                     overwritten: values[(i + 1) % values.count], expected: value, winner: meta, loser: i % 2 == 0 ? i : nil)
        }
        return StateTables(organisations: [:], programmes: [:], cohorts: ["c1": cohort, "c2": bareCohort],
                           holders: ["h1": holder, "h2": bare],
                           projects: ["p1": project], participations: ["c1": ["h1": participation]],
                           sessions: ["s1": session, "s2": plain], marks: ["s1": ["h1": mark], "s2": ["h2": present]],
                           notes: ["n1": note, "n2": other], eventCount: 1_234_567, history: ActionHistory(),
                           anomalies: 3, unknownEvents: 2, conflicts: conflicts, lastChange: lastChange,
                           erasures: erasures, settings: Settings(retentionMonths: 36),
                           sensitive: ["h1": SensitiveData(consents: [.obstacles: day], obstacles: [.mobilite, .numerique])],
                           removedHolders: ["h3": RemovedHolder(holder: Holder(id: "h3", name: "Doublon"), reason: nil,
                                                                mergedInto: "h1", date: day, author: "Léa")],
                           questionnaires: ["q1": Questionnaire(id: "q1", programme: "pr1", kind: .exit, title: "Sortie « 2026 »", questions: [
                               Question(key: "recommendation", label: "Note", type: .scale),
                               Question(key: "besoin", label: "Besoin", type: .choice, choices: ["Local", "Financement"]),
                               Question(key: "mot", label: "Un mot", type: .text)])],
                           responses: ["q1": ["h1": QuestionnaireResponse(cohort: "c1", date: day, answers: [
                               Answer(key: "recommendation", scale: 9), Answer(key: "besoin", choice: "Local"),
                               Answer(key: "continue", yes: false), Answer(key: "mot", text: "Merci\n« tout »")])]],
                           juries: ["s2": Jury(members: [JuryMember(name: "Anne", organisation: "o1"), JuryMember(name: "Paul")],
                                               evaluations: ["h1": JuryEvaluation(project: .satisfaisant, progress: .tresSatisfaisant,
                                                                                  decision: .orienter, destination: "o2", comment: "Bien"),
                                                             "h2": JuryEvaluation(project: .insuffisant, progress: .aConforter,
                                                                                  decision: .arreter)])],
                           openEvents: [
                               "v1": OpenEvent(id: "v1", programme: "pr1", details: OpenEventDetails(
                                   title: "Soirée « ruralités »", kind: .soiree, date: day, time: ClockTime(hour: 19, minute: 30),
                                   duration: .hours(2), venue: "La Source", remote: true),
                                   headcount: Headcount(audiences: [AudienceCount(.standard(.elus), 4), AudienceCount(.free("Bénévoles"), 3)],
                                                        total: 15)),
                               "v2": OpenEvent(id: "v2", programme: "pr1", cohort: "c1", details: OpenEventDetails(
                                   title: "Formation", kind: .formation, date: day), cancelled: true)],
                           ideas: ["i1": Idea(id: "i1", programme: "pr1", title: "Aides techniques", source: "Partenaires", need: "43 %\nde couverture",
                                              commune: "Guéret", status: .porteurIdentifie, detected: day,
                                              history: [IdeaStatusChange(date: day, from: .recherchePorteur, to: .porteurIdentifie,
                                                                         author: "Léa", reason: "trouvé")],
                                              adoption: IdeaAdoption(holder: "h1", project: "p1", date: day)),
                                   "i2": Idea(id: "i2", programme: "pr1", title: "Filière papier", detected: day)],
                           calls: ["a1": CallForApplications(id: "a1", programme: "pr1", cohort: "c1", title: "AMI", source: "Région",
                                                             opens: day, closes: day, criteria: ["Collectif", "Utilité sociale"], created: day)],
                           applications: ["a1": ["h1": Application(date: day, checks: [CriterionCheck(criterion: 1, met: false)]),
                                                 "h2": Application(date: day)]],
                           followUpPlans: ["pr1": [6, 12, 36]],
                           followUps: ["p1": [FollowUp(wave: 6, activity: .injoignable, date: day, author: "Léa"),
                                              FollowUp(wave: 12, activity: .operationnelle, jobsCreated: 2, jobsKept: 0,
                                                       structure: "SCIC « Café »", date: day, note: "ouvert\nle lundi", author: "")]],
                           programmeMilestones: ["pr1": [CustomMilestone(id: "m1", title: "Visite")]],
                           milestones: ["p1": ["pitch": day, "m1": day]],
                           needs: ["d1": Need(id: "d1", project: "p1", kind: .foncier, description: "2 ha", opened: day,
                                              resolved: day, resolution: "bail", author: "Léa"),
                                   "d2": Need(id: "d2", project: "p1", kind: .autre, opened: day, author: "")],
                           legalFormHistory: ["p1": [LegalFormChange(date: day, from: nil, to: "SCIC", author: "Léa")]],
                           funding: ["c1": Funding(cost: 1_000_000, funders: [FunderPart(organisation: "o1", amount: 600_000),
                                                                              FunderPart(organisation: "o2", share: 4_000)],
                                                   fee: 12_000, inKind: nil),
                                     "pr1": Funding(cost: 0)],
                           people: ["f1": Person(id: "f1", name: "Camille « C »", organisation: "o1", role: "chargée", email: "c@x.fr"),
                                    "f2": Person(id: "f2", name: "")],
                           venues: ["v1": Venue(id: "v1", name: "Salle", commune: "Annonay", kind: .tiersLieu, lender: "o1"),
                                    "v2": Venue(id: "v2", name: "")],
                           sessionFacilitators: ["s1": ["f1", "f2"]])
    }

    @Test func everyFieldComesBack() throws {
        let tables = Self.fullTables()
        var journal = JournalIndex()
        journal.append(writer: "w1", offset: 1 << 40, length: 300, sequence: 7, references: ["h1", "p1"])
        journal.append(writer: "w2", offset: 0, length: 1, sequence: 1, references: [])
        let body = SnapshotCache.Body(state: State(tables: tables), journal: journal,
                                      last: MergeKey(clock: 9, writer: "w2", line: 1))
        let (bytes, layout) = try SnapshotCodec.encoded(body)
        let back = try bytes.withUnsafeBytes { try SnapshotCodec.decode($0, layout: layout) }
        let t = back.state.tables
        #expect(t.holders == tables.holders)
        #expect(t.projects == tables.projects)
        #expect(t.participations == tables.participations)
        #expect(t.sessions == tables.sessions)
        #expect(t.cohorts == tables.cohorts)
        #expect(t.marks == tables.marks)
        #expect(t.notes == tables.notes)
        #expect(t.lastChange == tables.lastChange)
        #expect(t.conflicts == tables.conflicts && t.conflicts.count == 11)
        #expect(t.removedHolders == tables.removedHolders && t.removedHolders.count == 1)
        #expect(t.erasures == tables.erasures && t.erasures.holders.count == 2)
        #expect(t.settings.retentionMonths == 36)
        #expect(t.sensitive == tables.sensitive && t.sensitive["h1"]?.obstacles.count == 2)
        #expect(t.questionnaires == tables.questionnaires && t.questionnaires["q1"]?.questions.count == 3)
        #expect(t.responses == tables.responses && t.responses["q1"]?["h1"]?.answers.count == 4)
        #expect(t.juries == tables.juries && t.juries["s2"]?.evaluations.count == 2)
        #expect(t.openEvents == tables.openEvents && t.openEvents["v1"]?.headcount?.unspecified == 8)
        #expect(t.ideas == tables.ideas && t.ideas["i1"]?.adoption?.project == "p1" && t.ideas.count == 2)
        #expect(t.calls == tables.calls && t.calls["a1"]?.criteria.count == 2)
        #expect(t.applications == tables.applications && t.applications["a1"]?["h1"]?.check(1) == false)
        #expect((t.eventCount, t.anomalies, t.unknownEvents) == (1_234_567, 3, 2))
        #expect(t.followUpPlans == tables.followUpPlans && t.followUps == tables.followUps && t.followUps["p1"]?.count == 2)
        #expect(t.programmeMilestones == tables.programmeMilestones && t.milestones == tables.milestones)
        #expect(t.needs == tables.needs && t.needs.count == 2)
        #expect(t.people == tables.people && t.venues == tables.venues && t.people.count == 2)
        #expect(t.sessionFacilitators == tables.sessionFacilitators && t.sessionFacilitators["s1"] == ["f1", "f2"])
        #expect(t.legalFormHistory == tables.legalFormHistory && t.funding == tables.funding && t.funding.count == 2)
        #expect(back.journal.count == 2)
        #expect(back.journal.place(0) == journal.place(0))
        #expect(back.journal.place(1) == journal.place(1))
        #expect(back.journal.positions(concerning: ["p1"]) == [0])
        #expect(back.last == MergeKey(clock: 9, writer: "w2", line: 1))
        // What the state looks up beside its tables is built again, or stored.
        #expect(back.state.lookups == body.state.lookups)
        #expect(back.state.lookups.presentAt == ["h2": ["s2"]])
        #expect(back.state.notes(about: .holder("h2")).map(\.id) == ["n2"])
        #expect(back.state.projects(holder: "h2").map(\.id) == ["p1"])
    }

    /// The codec writes each of these types field by field: one more field (or one less)
    /// must be written and read there too. Update `SnapshotCodec`, then this count.
    @Test func theHandWrittenTypesHaveTheFieldsTheCodecWrites() {
        let t = Self.fullTables()
        let counts: [(String, Any, Int)] = [
            ("StateTables", t, 37), ("Holder", t.holders["h1"]!, 11), ("Project", t.projects["p1"]!, 14),
            ("StageChange", t.projects["p1"]!.stageHistory[0], 5), ("StatusChange", t.projects["p1"]!.statusHistory[0], 6),
            ("Participation", t.participations["c1"]!["h1"]!, 4),
            ("ParticipationChange", t.participations["c1"]!["h1"]!.history[0], 5),
            ("Session", t.sessions["s1"]!, 5), ("SessionDetails", t.sessions["s1"]!.details, 10),
            ("MarkValue", t.marks["s1"]!["h1"]!, 5), ("Note", t.notes["n1"]!, 6),
            ("ConflictSubject", ConflictSubject(kind: .attendance, entity: "s1", holder: "h1"), 4),
            ("Cohort", t.cohorts["c1"]!, 8), ("StaffMember", t.cohorts["c1"]!.staff[0], 3),
            ("QuestionnaireResponse", t.responses["q1"]!["h1"]!, 3),
            ("Answer", t.responses["q1"]!["h1"]!.answers[0], 5), ("FollowUp", t.followUps["p1"]![0], 8),
            ("OpenEvent", t.openEvents["v1"]!, 6), ("OpenEventDetails", t.openEvents["v1"]!.details, 7),
            ("Headcount", t.openEvents["v1"]!.headcount!, 2), ("AudienceCount", t.openEvents["v1"]!.headcount!.audiences[0], 2),
        ]
        for (name, value, expected) in counts {
            #expect(Mirror(reflecting: value).children.count == expected, "\(name): update SnapshotCodec")
        }
    }

    /// Numbers (one byte or several, negative or not) and every case of every enumeration
    /// stored by its number come back; a case number past the last case is refused.
    @Test func numbersAndCaseNumbersComeBack() throws {
        let numbers = Array(-300...300) + [Int.min, Int.max, 1 << 40, -(1 << 40), 63, 64, -64, -65]
        var bytes: [UInt8] = []
        var w = SnapshotWriter { bytes.append(contentsOf: $0) }
        for n in numbers { w.int(n) }
        for c in SnapshotCases.holderKinds { w.ordinal(c, in: SnapshotCases.holderKinds) }
        for c in SnapshotCases.stages { w.ordinal(c, in: SnapshotCases.stages) }
        for c in SnapshotCases.projectStatuses { w.ordinal(c, in: SnapshotCases.projectStatuses) }
        for c in SnapshotCases.participationStatuses { w.ordinal(c, in: SnapshotCases.participationStatuses) }
        for c in SnapshotCases.sessionKinds { w.ordinal(c, in: SnapshotCases.sessionKinds) }
        for c in SnapshotCases.sessionStatuses { w.ordinal(c, in: SnapshotCases.sessionStatuses) }
        for c in SnapshotCases.marks { w.ordinal(c, in: SnapshotCases.marks) }
        for c in SnapshotCases.staffRoles { w.ordinal(c, in: SnapshotCases.staffRoles) }
        for c in SnapshotCases.cohortStatuses { w.ordinal(c, in: SnapshotCases.cohortStatuses) }
        w.int(SnapshotCases.marks.count)
        let table = w.finish()
        try bytes.withUnsafeBytes { raw in
            var r = try SnapshotReader(raw, table: table)
            #expect(try numbers.map { _ in try r.int() } == numbers)
            #expect(try SnapshotCases.holderKinds.map { _ in try r.ordinal(SnapshotCases.holderKinds) } == SnapshotCases.holderKinds)
            #expect(try SnapshotCases.stages.map { _ in try r.ordinal(SnapshotCases.stages) } == SnapshotCases.stages)
            #expect(try SnapshotCases.projectStatuses.map { _ in try r.ordinal(SnapshotCases.projectStatuses) }
                == SnapshotCases.projectStatuses)
            #expect(try SnapshotCases.participationStatuses.map { _ in try r.ordinal(SnapshotCases.participationStatuses) }
                == SnapshotCases.participationStatuses)
            #expect(try SnapshotCases.sessionKinds.map { _ in try r.ordinal(SnapshotCases.sessionKinds) } == SnapshotCases.sessionKinds)
            #expect(try SnapshotCases.sessionStatuses.map { _ in try r.ordinal(SnapshotCases.sessionStatuses) }
                == SnapshotCases.sessionStatuses)
            #expect(try SnapshotCases.marks.map { _ in try r.ordinal(SnapshotCases.marks) } == SnapshotCases.marks)
            #expect(try SnapshotCases.staffRoles.map { _ in try r.ordinal(SnapshotCases.staffRoles) } == SnapshotCases.staffRoles)
            #expect(try SnapshotCases.cohortStatuses.map { _ in try r.ordinal(SnapshotCases.cohortStatuses) }
                == SnapshotCases.cohortStatuses)
            #expect(throws: SnapshotReader.Damaged.self) { try r.ordinal(SnapshotCases.marks) }
        }
        // The format names the cases: numbering them otherwise gives another format.
        #expect(SnapshotHeader.currentFormat.hasSuffix("-" + SnapshotCases.signature))
    }

    @Test func damagedBodiesAreRefusedNotHalfRead() throws {
        let body = SnapshotCache.Body(state: State(tables: Self.fullTables()), journal: JournalIndex(), last: nil)
        let (bytes, layout) = try SnapshotCodec.encoded(body)
        let values = Array(bytes[..<layout.table]), strings = Array(bytes[layout.table...])
        func decodes(_ values: [UInt8], _ strings: [UInt8], split: Int = layout.split) -> Bool {
            let whole = values + strings
            return (try? whole.withUnsafeBytes {
                try SnapshotCodec.decode($0, layout: .init(split: split, table: values.count))
            }) != nil
        }
        #expect(decodes(values, strings))
        // Values cut short, one byte too many, the string table cut short or too long.
        let step = max(1, values.count / 200)
        let cuts = Array(stride(from: 0, to: values.count, by: step))
        #expect(cuts.filter { decodes(Array(values[..<$0]), strings) }.isEmpty)
        #expect(!decodes(values + [0], strings))
        #expect(!decodes(values, Array(strings.dropLast())))
        #expect(!decodes(values, strings + [0]))
        #expect((try? bytes.withUnsafeBytes {
            try SnapshotCodec.decode($0, layout: .init(split: layout.split, table: bytes.count + 1))
        }) == nil)
        // The second section starting anywhere else, or past the string table.
        #expect(!decodes(values, strings, split: layout.split - 1))
        #expect(!decodes(values, strings, split: layout.split + 1))
        #expect(!decodes(values, strings, split: values.count + 1))
    }

    /// Changed bytes anywhere: the reader throws or reads something, and never traps.
    @Test func changedBytesNeverCrashTheReader() throws {
        var journal = JournalIndex()
        journal.append(writer: "w1", offset: 12, length: 300, sequence: 7, references: ["h1", "p1"])
        let body = SnapshotCache.Body(state: State(tables: Self.fullTables()), journal: journal, last: nil)
        let (bytes, layout) = try SnapshotCodec.encoded(body)
        var rng = SeededGenerator(seed: 11)
        var refused = 0
        for _ in 0..<2_000 {
            var damaged = bytes
            for _ in 0..<Int.random(in: 1...3, using: &rng) {
                damaged[Int.random(in: 0..<damaged.count, using: &rng)] = UInt8.random(in: 0...255, using: &rng)
            }
            if (try? damaged.withUnsafeBytes { try SnapshotCodec.decode($0, layout: layout) }) == nil { refused += 1 }
        }
        // Most damage is noticed here; the checksum in the header catches the rest.
        #expect(refused > 500)
    }

    @Test func theChecksumOfPartsIsTheChecksumOfTheWhole() {
        var rng = SeededGenerator(seed: 5)
        for _ in 0..<200 {
            let whole = (0..<Int.random(in: 0..<70, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }
            var cuts = (0..<Int.random(in: 0...4, using: &rng)).map { _ in Int.random(in: 0...whole.count, using: &rng) }.sorted()
            cuts = [0] + cuts + [whole.count]
            let parts = zip(cuts, cuts.dropFirst()).map { Array(whole[$0..<$1]) }
            var one = SnapshotCache.Checksum()
            whole.withUnsafeBytes { one.add($0) }
            var many = SnapshotCache.Checksum()
            for part in parts { part.withUnsafeBytes { many.add($0) } }
            #expect(many.value == one.value, "\(parts.map(\.count))")
        }
        // Any changed byte changes it.
        var a = SnapshotCache.Checksum(), b = SnapshotCache.Checksum()
        [UInt8](repeating: 7, count: 40).withUnsafeBytes { a.add($0) }
        ([UInt8](repeating: 7, count: 39) + [8]).withUnsafeBytes { b.add($0) }
        #expect(a.value != b.value)
    }
}

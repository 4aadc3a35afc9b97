import EventLog
import Foundation
import ParcoursCodec
import ParcoursDomain

/// The snapshot body in `SnapshotWriter`'s layout: the large tables (holders, projects,
/// participations, sessions, cohorts, marks, notes, survey answers, follow-ups, the
/// conflict subjects, the journal index) field by field; the small ones (organisations, programmes, undo history,
/// conflicts) through `BinaryEncoder`. Every field of the hand-written types is listed
/// here; a test fails when one of them gains a field this does not write.
enum SnapshotCodec {
    /// Where a body's parts start: its second section (the small tables, marks, notes,
    /// presence and projects per holder, read on another thread while the first is read)
    /// and its string table.
    struct Layout: Equatable {
        var split: Int
        var table: Int
    }

    /// Writes the body through `w`, in two sections of about equal work to read back.
    static func encode(_ body: SnapshotCache.Body, into w: inout SnapshotWriter) throws -> Layout {
        let t = body.state.tables
        // First section: the entities' tables but the marks, and the lookups made from them
        // when read back.
        // Straight from the tables: no copy of a table is made to write it.
        w.int(t.holders.count)
        for value in t.holders.values { holder(&w, value) }
        w.int(t.projects.count)
        for value in t.projects.values { project(&w, value) }
        w.int(t.participations.values.reduce(0) { $0 + $1.count })
        for byHolder in t.participations.values {
            for value in byHolder.values { participation(&w, value) }
        }
        w.int(t.sessions.count)
        for value in t.sessions.values { session(&w, value) }
        w.int(t.cohorts.count)
        for value in t.cohorts.values { cohort(&w, value) }
        // The columns (copied as they are, no hashing): where they balance the sections.
        let changes = t.lastChange.settledForm
        w.words(changes.high)
        w.words(changes.low)
        w.words(changes.positions)
        body.journal.write(to: &w)
        // Second section.
        let split = w.position
        w.blob(try BinaryEncoder.encode(Small(organisations: t.organisations, programmes: t.programmes,
                                              conflicts: t.conflicts, erasures: t.erasures,
                                              settings: t.settings, sensitive: t.sensitive,
                                              removedHolders: t.removedHolders, questionnaires: t.questionnaires,
                                              juries: t.juries,
                                              ideas: t.ideas, calls: t.calls, applications: t.applications,
                                              followUpPlans: t.followUpPlans,
                                              programmeMilestones: t.programmeMilestones,
                                              milestones: t.milestones, needs: t.needs,
                                              legalFormHistory: t.legalFormHistory, funding: t.funding,
                                              contacts: t.contacts, people: t.people, venues: t.venues,
                                              sessionFacilitators: t.sessionFacilitators)))
        // Survey answers, follow-ups and open events: one per holder, project and wave, or
        // cohort, tens of thousands at a network's scale (through `Codable`, a third of a
        // warm open).
        w.int(t.openEvents.count)
        for value in t.openEvents.values { openEvent(&w, value) }
        w.int(t.responses.count)
        for (questionnaire, byHolder) in t.responses {
            w.string(questionnaire)
            w.int(byHolder.count)
            for (holder, value) in byHolder {
                w.string(holder)
                response(&w, value)
            }
        }
        w.int(t.followUps.count)
        for (project, list) in t.followUps {
            w.string(project)
            w.array(list, followUp)
        }
        try history(&w, t.history)
        w.int(t.eventCount)
        w.int(t.anomalies)
        w.int(t.unknownEvents)
        w.int(t.marks.count)
        for (session, byHolder) in t.marks {
            w.string(session)
            w.int(byHolder.count)
            for (holder, value) in byHolder {
                w.string(holder)
                mark(&w, value)
            }
        }
        w.int(t.notes.count)
        for value in t.notes.values { note(&w, value) }
        // Two lookups stored as they are, read on the second section's thread: building
        // them from the tables made the first section the longer one.
        for lookup in [body.state.lookups.presentAt, body.state.lookups.projectsByHolder] {
            w.int(lookup.count)
            for (holder, ids) in lookup {
                w.string(holder)
                w.array(ids) { $0.string($1) }
            }
        }
        w.optional(body.last) { w, key in
            w.int(key.clock)
            w.string(key.writer)
            w.int(key.line)
        }
        return Layout(split: split, table: w.finish())
    }

    /// The body as one array, and where its parts start (tests).
    static func encoded(_ body: SnapshotCache.Body) throws -> (bytes: [UInt8], layout: Layout) {
        var bytes: [UInt8] = []
        var w = SnapshotWriter { bytes.append(contentsOf: $0) }
        let layout = try encode(body, into: &w)
        return (bytes, layout)
    }

    /// Reads the two sections at once, one per core, each building the state's lookups
    /// from the tables it read (but presence and projects per holder, read as stored).
    /// With `checksum`, the body's checksum is checked too, on the first section's thread:
    /// damage is refused before anything read is used.
    static func decode(_ raw: UnsafeRawBufferPointer, layout: Layout, checksum: UInt64? = nil) throws -> SnapshotCache.Body {
        let all = try SnapshotReader(raw, table: layout.table)
        guard layout.split >= 0, layout.split <= layout.table else { throw SnapshotReader.Damaged() }
        var first = try all.section(0..<layout.split), second = try all.section(layout.split..<layout.table)
        let (a, b) = try ParallelPair.run({
            if let checksum {
                var sum = SnapshotCache.Checksum()
                sum.add(raw)
                guard sum.value == checksum else { throw SnapshotReader.Damaged() }
            }
            return try firstSection(&first)
        }, { try secondSection(&second) })
        var lookups = a.lookups
        lookups.merge(b.lookups)
        let tables = StateTables(organisations: b.small.organisations, programmes: b.small.programmes,
                                 cohorts: a.cohorts, holders: a.holders, projects: a.projects,
                                 participations: a.participations, sessions: a.sessions, marks: b.marks,
                                 notes: b.notes, eventCount: b.eventCount, history: b.history,
                                 anomalies: b.anomalies, unknownEvents: b.unknownEvents,
                                 conflicts: b.small.conflicts, lastChange: a.lastChange, erasures: b.small.erasures,
                                 settings: b.small.settings, sensitive: b.small.sensitive,
                                 removedHolders: b.small.removedHolders, questionnaires: b.small.questionnaires,
                                 responses: b.responses, juries: b.small.juries, openEvents: b.openEvents,
                                 ideas: b.small.ideas, calls: b.small.calls, applications: b.small.applications,
                                 followUpPlans: b.small.followUpPlans,
                                 followUps: b.followUps, programmeMilestones: b.small.programmeMilestones,
                                 milestones: b.small.milestones, needs: b.small.needs,
                                 legalFormHistory: b.small.legalFormHistory, funding: b.small.funding,
                                 contacts: b.small.contacts, people: b.small.people, venues: b.small.venues,
                                 sessionFacilitators: b.small.sessionFacilitators)
        return SnapshotCache.Body(state: State(tables: tables, lookups: lookups), journal: a.journal, last: b.last)
    }

    private struct FirstSection {
        var holders: [EntityID: Holder]
        var projects: [EntityID: Project]
        var participations: [EntityID: [EntityID: Participation]]
        var sessions: [EntityID: Session]
        var cohorts: [EntityID: Cohort]
        var lastChange: LastChanges
        var journal: JournalIndex
        var lookups: State.Lookups
    }

    private static func firstSection(_ r: inout SnapshotReader) throws -> FirstSection {
        let holders = try keyed(&r, holder, \.id)
        let projects = try keyed(&r, project, \.id)
        var participations: [EntityID: [EntityID: Participation]] = [:]
        for _ in 0..<(try r.count()) {
            let p = try participation(&r)
            participations[p.cohort, default: [:]][p.holder] = p
        }
        let sessions = try keyed(&r, session, \.id)
        let cohorts = try keyed(&r, cohort, \.id)
        guard let changes = LastChanges.Settled(high: try r.words(UInt64.self), low: try r.words(UInt64.self),
                                                positions: try r.words(Int32.self)) else { throw SnapshotReader.Damaged() }
        let journal = try JournalIndex(reading: &r)
        guard r.atEnd else { throw SnapshotReader.Damaged() }
        var lookups = State.Lookups()
        lookups.index(sessions: sessions)
        return FirstSection(holders: holders, projects: projects, participations: participations, sessions: sessions,
                            cohorts: cohorts, lastChange: LastChanges(settled: changes), journal: journal, lookups: lookups)
    }

    private struct SecondSection {
        var small: Small
        var openEvents: [EntityID: OpenEvent]
        var responses: [EntityID: [EntityID: QuestionnaireResponse]]
        var followUps: [EntityID: [FollowUp]]
        var history: ActionHistory
        var eventCount: Int, anomalies: Int, unknownEvents: Int
        var marks: [EntityID: [EntityID: MarkValue]]
        var notes: [EntityID: Note]
        var last: MergeKey?
        var lookups: State.Lookups
    }

    private static func secondSection(_ r: inout SnapshotReader) throws -> SecondSection {
        let small = try BinaryDecoder.decode(Small.self, from: try r.blob())
        let openEvents = try keyed(&r, openEvent, \.id)
        let responseCount = try r.count()
        var responses: [EntityID: [EntityID: QuestionnaireResponse]] = Dictionary(minimumCapacity: responseCount)
        for _ in 0..<responseCount {
            let questionnaire = try r.string()
            let n = try r.count()
            var byHolder: [EntityID: QuestionnaireResponse] = Dictionary(minimumCapacity: n)
            for _ in 0..<n { byHolder[try r.string()] = try response(&r) }
            guard responses.updateValue(byHolder, forKey: questionnaire) == nil else { throw SnapshotReader.Damaged() }
        }
        let followUpCount = try r.count()
        var followUps: [EntityID: [FollowUp]] = Dictionary(minimumCapacity: followUpCount)
        for _ in 0..<followUpCount {
            let project = try r.string()
            guard followUps.updateValue(try r.array(followUp), forKey: project) == nil else { throw SnapshotReader.Damaged() }
        }
        let history = try history(&r)
        let eventCount = try r.int(), anomalies = try r.int(), unknownEvents = try r.int()
        let markCount = try r.count()
        var marks: [EntityID: [EntityID: MarkValue]] = Dictionary(minimumCapacity: markCount)
        for _ in 0..<markCount {
            let session = try r.string()
            let n = try r.count()
            var byHolder: [EntityID: MarkValue] = Dictionary(minimumCapacity: n)
            for _ in 0..<n { byHolder[try r.string()] = try mark(&r) }
            marks[session] = byHolder
        }
        let notes = try keyed(&r, note, \.id)
        var lookups = State.Lookups()
        lookups.index(notes: notes)
        lookups.presentAt = try idLists(&r)
        lookups.projectsByHolder = try idLists(&r)
        let last = try r.optional { r in MergeKey(clock: try r.int(), writer: try r.string(), line: try r.int()) }
        guard r.atEnd else { throw SnapshotReader.Damaged() }
        return SecondSection(small: small, openEvents: openEvents, responses: responses, followUps: followUps, history: history, eventCount: eventCount, anomalies: anomalies, unknownEvents: unknownEvents,
                             marks: marks, notes: notes, last: last,
                             lookups: lookups)
    }


    /// The small tables, through `Codable` (cohorts are written by hand: at a network's
    /// scale there are thousands, and `Codable` took a tenth of a warm open).
    struct Small: Codable {
        var organisations: [EntityID: Organisation]
        var programmes: [EntityID: Programme]
        var conflicts: [Conflict]
        var erasures: Erasures
        var settings: Settings
        var sensitive: [EntityID: SensitiveData]
        var removedHolders: [EntityID: RemovedHolder]
        var questionnaires: [EntityID: Questionnaire]
        var juries: [EntityID: Jury]
        var ideas: [EntityID: Idea]
        var calls: [EntityID: CallForApplications]
        var applications: [EntityID: [EntityID: Application]]
        // Follow-up, the project's path, money: few entries next to marks and sessions.
        var followUpPlans: [EntityID: [Int]]
        var programmeMilestones: [EntityID: [CustomMilestone]]
        var milestones: [EntityID: [String: Day]]
        var needs: [EntityID: Need]
        var legalFormHistory: [EntityID: [LegalFormChange]]
        var funding: [EntityID: Funding]
        var contacts: [EntityID: Contact]
        // The people and venue directories, and who facilitates each session (issue 18).
        var people: [EntityID: Person]
        var venues: [EntityID: Venue]
        var sessionFacilitators: [EntityID: [EntityID]]
    }

    /// The undo history (each author's last actions), its events as the log writes them
    /// (type and payload, through the codec): a few hundred events at most.
    static func history(_ w: inout SnapshotWriter, _ history: ActionHistory) throws {
        let parts = history.parts
        w.int(parts.entries.count)
        for entry in parts.entries.values.sorted(by: { $0.id < $1.id }) {
            w.string(entry.id)
            w.string(entry.author)
            w.optional(entry.target) { $0.string($1) }
            w.bool(entry.isRedo)
            w.int(entry.events.count)
            for event in entry.events {
                let (type, payload) = try event.encoded()
                w.string(type)
                w.blob(Array(payload))
            }
        }
        for lists in [parts.undoable, parts.redoable] { idListsByKey(&w, lists) }
        for pairs in [parts.undoneBy, parts.redoneBy] {
            w.int(pairs.count)
            for (key, value) in pairs.sorted(by: { $0.key < $1.key }) {
                w.string(key)
                w.string(value)
            }
        }
    }

    static func history(_ r: inout SnapshotReader) throws -> ActionHistory {
        var entries: [String: ActionHistory.Entry] = [:]
        for _ in 0..<(try r.count()) {
            let id = try r.string(), author = try r.string()
            let target = try r.optional { try $0.string() }
            let isRedo = try r.bool()
            var events: [DomainEvent] = []
            for _ in 0..<(try r.count()) {
                let type = try r.string()
                events.append(DomainEvent.decode(type: type, payload: Data(try r.blob())))
            }
            entries[id] = ActionHistory.Entry(id: id, author: author, events: events, target: target, isRedo: isRedo)
        }
        let undoable = try idListsByKey(&r), redoable = try idListsByKey(&r)
        var pairs: [[String: String]] = []
        for _ in 0..<2 {
            var map: [String: String] = [:]
            for _ in 0..<(try r.count()) { map[try r.string()] = try r.string() }
            pairs.append(map)
        }
        return ActionHistory(parts: .init(entries: entries, undoable: undoable, redoable: redoable,
                                          undoneBy: pairs[0], redoneBy: pairs[1]))
    }

    private static func idListsByKey(_ w: inout SnapshotWriter, _ lists: [String: [String]]) {
        w.int(lists.count)
        for (key, ids) in lists.sorted(by: { $0.key < $1.key }) {
            w.string(key)
            w.array(ids) { $0.string($1) }
        }
    }

    private static func idListsByKey(_ r: inout SnapshotReader) throws -> [String: [String]] {
        var lists: [String: [String]] = [:]
        for _ in 0..<(try r.count()) { lists[try r.string()] = try r.array { try $0.string() } }
        return lists
    }

    /// A lookup of ids by id, as stored (each key once).
    private static func idLists(_ r: inout SnapshotReader) throws -> [EntityID: [EntityID]] {
        let count = try r.count()
        var lookup: [EntityID: [EntityID]] = Dictionary(minimumCapacity: count)
        for _ in 0..<count {
            let key = try r.string()
            guard lookup.updateValue(try r.array { try $0.string() }, forKey: key) == nil else { throw SnapshotReader.Damaged() }
        }
        return lookup
    }

    /// A table read straight into a dictionary of the right size (no array of the values
    /// first: at 10^6 events that was tens of megabytes written once and thrown away).
    private static func keyed<T>(_ r: inout SnapshotReader, _ read: (inout SnapshotReader) throws -> T,
                                 _ id: (T) -> EntityID) throws -> [EntityID: T] {
        let count = try r.count()
        var table: [EntityID: T] = Dictionary(minimumCapacity: count)
        for _ in 0..<count {
            let value = try read(&r)
            guard table.updateValue(value, forKey: id(value)) == nil else { throw SnapshotReader.Damaged() }
        }
        return table
    }

    // MARK: Values

    static func day(_ w: inout SnapshotWriter, _ d: Day) { w.int(d.year * 10_000 + d.month * 100 + d.day) }

    static func day(_ r: inout SnapshotReader) throws -> Day {
        let n = try r.int()
        guard let d = Day(year: n / 10_000, month: n / 100 % 100, day: n % 100) else { throw SnapshotReader.Damaged() }
        return d
    }

    static func holder(_ w: inout SnapshotWriter, _ h: Holder) {
        w.string(h.id)
        w.string(h.name)
        w.ordinal(h.kind, in: SnapshotCases.holderKinds)
        w.optional(h.commune) { $0.string($1) }
        w.optional(h.email) { $0.string($1) }
        w.optional(h.phone) { $0.string($1) }
        w.array(h.tags) { $0.string($1) }
        w.optional(h.referredBy) { $0.string($1) }
        w.optional(h.created) { day(&$0, $1) }
        w.optional(h.communeCode) { $0.string($1) }
        w.optional(h.referent) { $0.string($1) }
    }

    static func holder(_ r: inout SnapshotReader) throws -> Holder {
        Holder(id: try r.string(), name: try r.string(), kind: try r.ordinal(SnapshotCases.holderKinds),
               commune: try r.optional { try $0.string() }, email: try r.optional { try $0.string() },
               phone: try r.optional { try $0.string() }, tags: try r.array { try $0.string() },
               referredBy: try r.optional { try $0.string() }, created: try r.optional { try day(&$0) },
               communeCode: try r.optional { try $0.string() },
               referent: try r.optional { try $0.string() })
    }

    static func project(_ w: inout SnapshotWriter, _ p: Project) {
        w.string(p.id)
        w.array(p.holders) { $0.string($1) }
        w.string(p.title)
        w.array(p.sectors) { $0.string($1) }
        w.optional(p.commune) { $0.string($1) }
        w.optional(p.legalForm) { $0.string($1) }
        w.ordinal(p.stage, in: SnapshotCases.stages)
        w.ordinal(p.status, in: SnapshotCases.projectStatuses)
        day(&w, p.created)
        w.array(p.stageHistory) { w, c in
            day(&w, c.date)
            w.ordinal(c.from, in: SnapshotCases.stages)
            w.ordinal(c.to, in: SnapshotCases.stages)
            w.string(c.author)
            w.optional(c.note) { $0.string($1) }
        }
        w.array(p.statusHistory) { w, c in
            day(&w, c.date)
            w.ordinal(c.from, in: SnapshotCases.projectStatuses)
            w.ordinal(c.to, in: SnapshotCases.projectStatuses)
            w.string(c.author)
            w.optional(c.destination) { $0.string($1) }
            w.optional(c.note) { $0.string($1) }
        }
        w.optional(p.description) { $0.string($1) }
        w.optional(p.alreadyCreated) { $0.bool($1) }
        w.optional(p.communeCode) { $0.string($1) }
    }

    static func project(_ r: inout SnapshotReader) throws -> Project {
        Project(id: try r.string(), holders: try r.array { try $0.string() }, title: try r.string(),
                sectors: try r.array { try $0.string() }, commune: try r.optional { try $0.string() },
                legalForm: try r.optional { try $0.string() }, stage: try r.ordinal(SnapshotCases.stages),
                status: try r.ordinal(SnapshotCases.projectStatuses), created: try day(&r),
                stageHistory: try r.array { r in
                    StageChange(date: try day(&r), from: try r.ordinal(SnapshotCases.stages), to: try r.ordinal(SnapshotCases.stages),
                                author: try r.string(), note: try r.optional { try $0.string() })
                },
                statusHistory: try r.array { r in
                    StatusChange(date: try day(&r), from: try r.ordinal(SnapshotCases.projectStatuses), to: try r.ordinal(SnapshotCases.projectStatuses),
                                 author: try r.string(), destination: try r.optional { try $0.string() },
                                 note: try r.optional { try $0.string() })
                },
                description: try r.optional { try $0.string() }, alreadyCreated: try r.optional { try $0.bool() },
                communeCode: try r.optional { try $0.string() })
    }

    static func participation(_ w: inout SnapshotWriter, _ p: Participation) {
        w.string(p.holder)
        w.string(p.cohort)
        w.ordinal(p.status, in: SnapshotCases.participationStatuses)
        w.array(p.history) { w, c in
            day(&w, c.date)
            w.optional(c.from) { $0.ordinal($1, in: SnapshotCases.participationStatuses) }
            w.ordinal(c.to, in: SnapshotCases.participationStatuses)
            w.string(c.author)
            w.optional(c.reason) { $0.string($1) }
        }
    }

    static func participation(_ r: inout SnapshotReader) throws -> Participation {
        Participation(holder: try r.string(), cohort: try r.string(), status: try r.ordinal(SnapshotCases.participationStatuses),
                      history: try r.array { r in
                          ParticipationChange(date: try day(&r), from: try r.optional { try $0.ordinal(SnapshotCases.participationStatuses) },
                                              to: try r.ordinal(SnapshotCases.participationStatuses), author: try r.string(),
                                              reason: try r.optional { try $0.string() })
                      })
    }

    static func session(_ w: inout SnapshotWriter, _ s: Session) {
        w.string(s.id)
        w.string(s.cohort)
        let d = s.details
        w.string(d.title)
        w.ordinal(d.kind, in: SnapshotCases.sessionKinds)
        day(&w, d.date)
        w.optional(d.time) { $0.int($1.hour * 60 + $1.minute) }
        w.int(d.duration.minutes)
        w.optional(d.venue) { $0.string($1) }
        w.bool(d.remote)
        w.array(d.facilitators) { $0.string($1) }
        w.optional(d.holder) { $0.string($1) }
        w.ordinal(s.status, in: SnapshotCases.sessionStatuses)
        w.optional(s.templateIndex) { $0.int($1) }
        w.optional(d.place) { $0.string($1) }
    }

    static func session(_ r: inout SnapshotReader) throws -> Session {
        let id = try r.string(), cohort = try r.string()
        let details = SessionDetails(
            title: try r.string(), kind: try r.ordinal(SnapshotCases.sessionKinds), date: try day(&r),
            time: try r.optional(clockTime), duration: TimeSpan(minutes: try r.int()), venue: try r.optional { try $0.string() }, remote: try r.bool(),
            facilitators: try r.array { try $0.string() }, holder: try r.optional { try $0.string() })
        var session = Session(id: id, cohort: cohort, details: details, status: try r.ordinal(SnapshotCases.sessionStatuses),
                              templateIndex: try r.optional { try $0.int() })
        session.details.place = try r.optional { try $0.string() }
        return session
    }

    static func clockTime(_ r: inout SnapshotReader) throws -> ClockTime {
        let minutes = try r.int()
        guard let time = ClockTime(hour: minutes / 60, minute: minutes % 60) else { throw SnapshotReader.Damaged() }
        return time
    }

    static func openEvent(_ w: inout SnapshotWriter, _ e: OpenEvent) {
        w.string(e.id)
        w.string(e.programme)
        w.optional(e.cohort) { $0.string($1) }
        let d = e.details
        w.string(d.title)
        w.ordinal(d.kind, in: SnapshotCases.openEventKinds)
        day(&w, d.date)
        w.optional(d.time) { $0.int($1.hour * 60 + $1.minute) }
        w.int(d.duration.minutes)
        w.optional(d.venue) { $0.string($1) }
        w.bool(d.remote)
        w.bool(e.cancelled)
        w.optional(e.headcount) { w, h in
            w.array(h.audiences) { w, a in
                w.string(a.category)
                w.int(a.count)
            }
            w.int(h.total)
        }
    }

    static func openEvent(_ r: inout SnapshotReader) throws -> OpenEvent {
        let id = try r.string(), programme = try r.string(), cohort = try r.optional { try $0.string() }
        let details = OpenEventDetails(title: try r.string(), kind: try r.ordinal(SnapshotCases.openEventKinds),
                                       date: try day(&r), time: try r.optional(clockTime),
                                       duration: TimeSpan(minutes: try r.int()), venue: try r.optional { try $0.string() },
                                       remote: try r.bool())
        let cancelled = try r.bool()
        let headcount = try r.optional { r in
            let audiences = try r.array { r in
                var count = AudienceCount(.free(""), 0)
                count.category = try r.string()
                count.count = try r.int()
                return count
            }
            return Headcount(audiences: audiences, total: try r.int())
        }
        return OpenEvent(id: id, programme: programme, cohort: cohort, details: details, cancelled: cancelled,
                         headcount: headcount)
    }

    static func cohort(_ w: inout SnapshotWriter, _ c: Cohort) {
        w.string(c.id)
        w.string(c.programme)
        w.string(c.name)
        day(&w, c.start)
        w.optional(c.end) { day(&$0, $1) }
        w.optional(c.capacity) { $0.int($1) }
        w.array(c.staff) { w, member in
            w.string(member.name)
            w.ordinal(member.role, in: SnapshotCases.staffRoles)
            w.optional(member.person) { $0.string($1) }
        }
        w.ordinal(c.status, in: SnapshotCases.cohortStatuses)
    }

    static func cohort(_ r: inout SnapshotReader) throws -> Cohort {
        Cohort(id: try r.string(), programme: try r.string(), name: try r.string(), start: try day(&r),
               end: try r.optional { try day(&$0) }, capacity: try r.optional { try $0.int() },
               staff: try r.array { StaffMember(name: try $0.string(), role: try $0.ordinal(SnapshotCases.staffRoles),
                                                person: try $0.optional { try $0.string() }) },
               status: try r.ordinal(SnapshotCases.cohortStatuses))
    }

    static func response(_ w: inout SnapshotWriter, _ v: QuestionnaireResponse) {
        w.string(v.cohort)
        day(&w, v.date)
        w.array(v.answers) { w, a in
            w.string(a.key)
            w.optional(a.scale) { $0.int($1) }
            w.optional(a.yes) { $0.bool($1) }
            w.optional(a.choice) { $0.string($1) }
            w.optional(a.text) { $0.string($1) }
        }
    }

    static func response(_ r: inout SnapshotReader) throws -> QuestionnaireResponse {
        let cohort = try r.string()
        let date = try day(&r)
        let answers = try r.array { r in
            Answer(key: try r.string(), scale: try r.optional { try $0.int() }, yes: try r.optional { try $0.bool() },
                   choice: try r.optional { try $0.string() }, text: try r.optional { try $0.string() })
        }
        return QuestionnaireResponse(cohort: cohort, date: date, answers: answers)
    }

    static func followUp(_ w: inout SnapshotWriter, _ f: FollowUp) {
        w.int(f.wave)
        w.ordinal(f.activity, in: SnapshotCases.followUpActivities)
        w.optional(f.jobsCreated) { $0.int($1) }
        w.optional(f.jobsKept) { $0.int($1) }
        w.optional(f.structure) { $0.string($1) }
        day(&w, f.date)
        w.optional(f.note) { $0.string($1) }
        w.string(f.author)
    }

    static func followUp(_ r: inout SnapshotReader) throws -> FollowUp {
        FollowUp(wave: try r.int(), activity: try r.ordinal(SnapshotCases.followUpActivities),
                 jobsCreated: try r.optional { try $0.int() }, jobsKept: try r.optional { try $0.int() },
                 structure: try r.optional { try $0.string() }, date: try day(&r),
                 note: try r.optional { try $0.string() }, author: try r.string())
    }

    static func mark(_ w: inout SnapshotWriter, _ m: MarkValue) {
        w.ordinal(m.mark, in: SnapshotCases.marks)
        w.bool(m.remote)
        w.optional(m.remark) { $0.string($1) }
        w.string(m.author)
        w.date(m.time)
    }

    static func mark(_ r: inout SnapshotReader) throws -> MarkValue {
        MarkValue(mark: try r.ordinal(SnapshotCases.marks), remote: try r.bool(), remark: try r.optional { try $0.string() },
                  author: try r.string(), time: try r.date())
    }

    static func note(_ w: inout SnapshotWriter, _ n: Note) {
        w.string(n.id)
        switch n.target {
        case .holder(let id): w.int(0); w.string(id)
        case .project(let id): w.int(1); w.string(id)
        }
        w.string(n.text)
        w.string(n.author)
        w.date(n.time)
        day(&w, n.date)
    }

    static func note(_ r: inout SnapshotReader) throws -> Note {
        let id = try r.string()
        let target: NoteTarget
        switch try r.int() {
        case 0: target = .holder(try r.string())
        case 1: target = .project(try r.string())
        default: throw SnapshotReader.Damaged()
        }
        return Note(id: id, target: target, text: try r.string(), author: try r.string(), time: try r.date(), date: try day(&r))
    }
}

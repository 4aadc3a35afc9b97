import Testing
@testable import ParcoursDomain

/// Fingerprints key the tables the snapshot stores sorted: they tell keys apart and never
/// change from one process to the next.
@Suite struct FingerprintTests {
    @Test func subjectsAndIdsAreToldApart() {
        let subjects = LastChangesTests.subjects
        #expect(Set(subjects.map(Fingerprint.init)).count == subjects.count)
        // No holder and an empty holder, ids moved from one field to the other.
        #expect(Fingerprint(ConflictSubject(kind: .attendance, entity: "a", holder: nil))
                != Fingerprint(ConflictSubject(kind: .attendance, entity: "a", holder: "")))
        #expect(Fingerprint(ConflictSubject(kind: .attendance, entity: "ab", holder: "c"))
                != Fingerprint(ConflictSubject(kind: .attendance, entity: "a", holder: "bc")))
        let ids = (0..<5_000).map { "\($0)" } + ["", "é", "è"]
        #expect(Set(ids.map { Fingerprint(id: $0) }).count == ids.count)
        // Equal for Swift (and so in a dictionary), equal here.
        #expect(Fingerprint(id: "é") == Fingerprint(id: "e\u{301}"))
    }

    @Test func theSameInEveryProcess() {
        // Swift's own hashes change with every process; these are written in snapshots.
        #expect(Fingerprint(ConflictSubject(kind: .attendance, entity: "e6b9e5ee8c", holder: "cce1aef2fc"))
                == Fingerprint(high: 1_766_233_700_435_118_188, low: 7_140_460_643_927_010_480))
        #expect(Fingerprint(id: "e6b9e5ee8c") == Fingerprint(high: 2_408_502_751_765_898_696, low: 14_321_828_193_085_689_935))
    }
}

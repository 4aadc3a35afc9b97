import Testing
@testable import ParcoursDomain

/// The scalar-by-scalar key (what screens sort by) is Foundation's folding, faster.
@Suite struct NameKeyTests {
    @Test func everyScalarReadFastKeysAsFoundationFoldsIt() {
        var checked = 0
        for value in Array(0x20...0x7E) + Array(0xA0...0x17F) + [0x2018, 0x2019, 0x02BC, 0x2032] {
            let text = String(Character(Unicode.Scalar(value)!))
            for sample in [text, "a" + text + "b", " " + text + "  " + text + " "] {
                #expect(NameKey.fast(sample) == NameKey.folded(sample), "U+\(String(value, radix: 16)) in \(sample.debugDescription)")
                checked += 1
            }
        }
        #expect(checked == (95 + 224 + 4) * 3)
    }

    @Test func namesReadFastKeyAsFoundationFoldsThem() {
        let names = ["Gwenaëlle Le Bihan", "  Noël\tŒuvre  ", "L’Atelier d’Élise", "May'Idées", "ÆSIR café", "Zoé  ÇA",
                     "ÉLAN CAE", "Pôle ESS du Pays", "Ĳssel", "straße", "Mañana", "Łódź", "Ştefan"]
        for name in names {
            #expect(NameKey.fast(name) != nil, "\(name)")
            #expect(NameKey.of(name) == NameKey.folded(name), "\(name)")
        }
        #expect(NameKey.of("Gwenaëlle  LE bihan") == "gwenaelle le bihan")
        #expect(NameKey.of("L’Œuvre") == "l'oeuvre")
    }

    @Test func randomTextsReadFastKeyAsFoundationFoldsThem() {
        let alphabet = Array("aZ é ÉèœŒæÆ’‘`´′ \t\u{A0}çÇ-.ÿŸĳ0ñ") + ["\r\n"]
        var rng = SplitMix(seed: 7)
        for _ in 0..<2_000 {
            let text = String((0..<Int(rng.next() % 12)).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] })
            #expect(NameKey.of(text) == NameKey.folded(text), "\(text.debugDescription)")
        }
    }

    @Test func otherTextGoesThroughFoundation() {
        // A combining accent, another script: left to Foundation, same key as before.
        for text in ["Zoe\u{301}", "Ὀδυσσεύς", "東京", "ｆｕｌｌ"] {
            #expect(NameKey.fast(text) == nil)
            #expect(NameKey.of(text) == NameKey.folded(text))
        }
        #expect(NameKey.of("Zoe\u{301}") == NameKey.of("Zoé"))
    }
}

/// A small deterministic generator for test inputs.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

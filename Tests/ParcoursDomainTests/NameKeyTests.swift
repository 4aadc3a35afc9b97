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

    /// Every text of up to three characters from letters, accents, ligatures, apostrophes
    /// and spaces of every kind: the fast key is Foundation's.
    @Test func shortTextsReadFastKeyAsFoundationFoldsThem() {
        let alphabet: [String] = ["a", "Z", " ", "é", "É", "œ", "Æ", "’", "`", "´", "\t", "\u{A0}", "ç", "-", "ÿ", "Ÿ", "ĳ", "ñ", "\r\n"]
        var checked = 0
        for a in alphabet {
            for b in alphabet {
                for c in alphabet {
                    let text = a + b + c
                    #expect(NameKey.of(text) == NameKey.folded(text), "\(text.debugDescription)")
                    checked += 1
                }
            }
        }
        #expect(checked == alphabet.count * alphabet.count * alphabet.count)
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

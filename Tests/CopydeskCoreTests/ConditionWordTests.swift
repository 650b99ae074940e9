import Testing

@testable import CopydeskCore

/// `MedicalLexicon.isConditionWord` rules ASCII words out by their last byte before comparing
/// endings: its answers are those of the endings and exceptions read as strings.
@Suite struct ConditionWordTests {
    static func reference(_ word: String) -> Bool {
        guard word.count > 5, !MedicalLexicon.conditionSuffixExceptions.contains(word) else { return false }
        return MedicalLexicon.conditionSuffixes.contains { word.hasSuffix($0) }
    }

    @Test func endingsAreReadAsStringsReadThem() {
        var words = [
            "arthritis", "osteoporosis", "anaemia", "melanoma", "neuropathy", "myalgia", "arachnophobia",
            "diagnosis", "nostalgia", "coma", "empathy", "happy", "itis", "cinema", "ghosts", "notes", "sympathy",
            "gastritis", "na\u{EF}vety", "caf\u{E9}itis", "xitis\u{301}", "leukemias",
        ]
        for suffix in MedicalLexicon.conditionSuffixes {
            for stem in ["", "a", "ab", "abcd", "abcdefg"] {
                words.append(stem + suffix)
                words.append(stem + suffix + "x")
            }
        }
        for word in words {
            #expect(MedicalLexicon.isConditionWord(word) == Self.reference(word), "\(word)")
        }
    }

    /// `mayBeConditionWord` (length and last byte) is false only where `isConditionWord` is.
    @Test func aWordRuledOutByItsLastByteIsNoConditionWord() {
        let pieces = [
            "it", "is", "os", "em", "ia", "ae", "om", "a", "pa", "th", "y", "al", "gi", "ph", "ob", "s", "x", "z",
            "\u{E9}", "\u{301}", "\u{EF}", "\u{2019}", "'", "-", "\u{1F600}", "\u{0627}", "S", "A", "Y",
        ]
        var seed: UInt64 = 42
        var checked = 0
        var held = 0
        for _ in 0..<40_000 {
            var word = ""
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            var draw = seed >> 20
            for _ in 0..<(1 + Int(draw % 7)) {
                draw /= 7
                seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                word += pieces[Int((seed >> 33) % UInt64(pieces.count))]
            }
            let holds = MedicalLexicon.isConditionWord(word)
            if !MedicalLexicon.mayBeConditionWord(word) {
                #expect(!holds, "\(word)")
                checked += 1
            }
            if holds { held += 1 }
        }
        #expect(checked > 10_000)
        #expect(held > 100)
    }
    /// `isConditionWord(in:at:)` reads a word's key and bytes: its answers are those of the
    /// word's string, for words read from sentences (ASCII, capitals, accents, `’`, combining
    /// marks) and for keys made from strings.
    @Test func keyReadingsAreTheStringReadings() {
        let pieces = [
            "Arthritis", "GASTRITIS", "osteoporosis", "anaemia", "Melanoma", "neuropathy", "myalgia", "nostalgia",
            "Diagnosis", "coma", "empathy", "homeopathy", "happy", "itis", "cinema", "ghosts", "leukemias", "tea",
            "na\u{EF}vety", "caf\u{E9}itis", "xitis\u{301}", "Dermat\u{ED}tis", "Parkinson\u{2019}s", "SYMPATHY",
            "arachnophobias", "emia", "oma", "Sclerosis", "PHOBIA", "hypnosis", "cures", "a", "and", "x-itis",
            "\u{1F600}osis", "osis\u{1F600}", "\u{0627}\u{0644}emia", "ABCDEFGHIJKLMNOPQRSTUVWXYZitis",
        ]
        var seed: UInt64 = 0x5DEE_CE66_D1CE_4E5B
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(bound))
        }
        var compared = 0
        var held = 0
        for _ in 0..<2_000 {
            let words = (0..<(1 + next(12))).map { _ in pieces[next(pieces.count)] }
            let read = SentenceText(words.joined(separator: next(2) == 0 ? " " : ", ") + ".")
            let madeKeys = WordKeys(words.map { next(2) == 0 ? $0 : $0.lowercased() })
            for keys in [read.keys, madeKeys] {
                for index in 0..<keys.count {
                    let word = keys.words[index]
                    let holds = MedicalLexicon.isConditionWord(word)
                    #expect(MedicalLexicon.isConditionWord(in: keys, at: index) == holds, "\(word)")
                    if holds { held += 1 }
                    compared += 1
                }
            }
        }
        #expect(compared > 20_000)
        #expect(held > 2_000)
    }

    /// `nextConditionWord(in:from:)` finds, from each index, the first word whose string
    /// `isConditionWord` holds for (its endings compared on packed bytes), over generated
    /// sentences read from text and keys made from strings.
    @Test func nextConditionWordIsTheFirstWordTheStringReadingHolds() {
        let pieces = [
            "Arthritis", "GASTRITIS", "osteoporosis", "anaemia", "Melanoma", "neuropathy", "myalgia", "nostalgia",
            "Diagnosis", "coma", "empathy", "homeopathy", "happy", "itis", "cinema", "ghosts", "leukemias", "tea",
            "na\u{EF}vety", "caf\u{E9}itis", "xitis\u{301}", "Dermat\u{ED}tis", "Parkinson\u{2019}s", "SYMPATHY",
            "arachnophobias", "emia", "oma", "Sclerosis", "PHOBIA", "hypnosis", "cures", "a", "and", "x-itis",
            "\u{1F600}osis", "osis\u{1F600}", "\u{0627}\u{0644}emia", "ABCDEFGHIJKLMNOPQRSTUVWXYZitis", "xxxxoma",
            "xxalgia", "xphobia", "xxpathy", "xxxemia", "xxitis", "xxosis", "xxxxxs", "xxxxxa", "xxxxxy", "Glaucoma",
            "aroma", "stoma", "genoma", "telepathy", "gitis", "aitis", "bosis", "phobiy", "pathya", "xalgiaa",
        ]
        var seed: UInt64 = 0x2545_F491_4F6C_DD1D
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(bound))
        }
        var found = 0
        for _ in 0..<2_000 {
            let words = (0..<(1 + next(12))).map { _ in pieces[next(pieces.count)] }
            let read = SentenceText(words.joined(separator: next(2) == 0 ? " " : ", ") + ".")
            let madeKeys = WordKeys(words.map { next(2) == 0 ? $0 : $0.lowercased() })
            for keys in [read.keys, madeKeys] {
                for start in 0...keys.count {
                    let plain =
                        (start..<keys.count).first { MedicalLexicon.isConditionWord(keys.words[$0]) } ?? keys.count
                    #expect(MedicalLexicon.nextConditionWord(in: keys, from: start) == plain, "\(keys.words) \(start)")
                    if plain < keys.count { found += 1 }
                }
            }
        }
        #expect(found > 10_000)
    }
}

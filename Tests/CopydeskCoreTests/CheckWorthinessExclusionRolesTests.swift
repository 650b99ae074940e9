import Testing

@testable import CopydeskCore

/// `exclusion` reads a sentence's imperatives and subordinators from the roles the detector's
/// scan found, and skips its colon search for a sentence without a colon: the same answers as
/// the set lookups on a scan without roles. A sentence whose first words have neither role is
/// not searched for its body's start at all.
@Suite struct CheckWorthinessExclusionRolesTests {
    static let sentences = [
        "Talk to your doctor before you start.", "Talk therapy can help.", "Use of statins is rising.",
        "Use a timer.", "If you take it at night, ask your pharmacist.", "If it works, it works.",
        "When in doubt, drink water.", "Tip: drink water before meals.", "Mechanism of Action: it blocks the receptor.",
        "Note: studies show it reduces pain.", "It is important to note that fasting lowers insulin.",
        "In this article, we will look at fasting.", "Does fasting work?", "Drink", "", "Call: now, talk: later.",
        "Keep in mind that the evidence is weak.", "Unless told otherwise, take two tablets.",
        "Remember: DRINK plenty of water.", "Check with your GP about whether it’s safe.",
    ]

    @Test(arguments: sentences)
    func rolesAnswerAsTheSets(_ sentence: String) {
        let detector = CheckWorthiness()
        let text = SentenceText(sentence)
        let scan = detector.scan(text)
        let withoutRoles = TextScan(text, lexical: scan.lexical, lexicons: detector.index, roles: [])
        #expect(detector.exclusion(scan) == detector.exclusion(withoutRoles))
        // (`exclusion` asks for the body's start of a sentence with words only.)
        if scan.count > 0 { #expect(detector.bodyStart(scan) == Self.bodyStartBySearch(scan)) }
    }

    /// Words that make sentences imperatives, conditions, labels and article descriptions, and
    /// words that make none of them, for the generated sentences.
    static let vocabulary = [
        "Talk", "talk", "use", "Ask", "take", "drink", "keep", "note", "check", "If", "if", "when", "While",
        "before", "to", "as", "Tip:", "Mechanism", "of", "Action:", "Note:", "In", "this", "article,", "we",
        "will", "look", "at", "it", "is", "important", "that", "your", "doctor", "the", "evidence", "fasting",
        "lowers", "insulin", "studies", "show", "40%", "2019", "water,", "now:", "—", "“it", "helps”", "it’s",
        "Naïve", "remember", "a", "with", "whether", "x",
    ]

    static func generatedSentences(seed: UInt64, count: Int) -> [String] {
        var state = seed
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        return (0..<count).map { _ in
            let length = next(5) == 0 ? next(4) : next(16)
            let words = (0..<length).map { _ in vocabulary[next(vocabulary.count)] }
            return words.joined(separator: next(6) == 0 ? ", " : " ") + [".", "?", "", ":"][next(4)]
        }
    }

    /// A sentence whose first eight words are neither imperatives nor subordinators and that
    /// matches no article description is not searched for its body's start: over generated
    /// sentences, the answers are those of the scan without roles, which always searches.
    @Test(arguments: 0..<8)
    func generatedSentencesAnswerAsWithoutRoles(_ seed: Int) {
        let detector = CheckWorthiness()
        var skipped = 0
        for sentence in Self.generatedSentences(seed: UInt64(seed), count: 300) {
            let text = SentenceText(sentence)
            let scan = detector.scan(text)
            let withoutRoles = TextScan(text, lexical: scan.lexical, lexicons: detector.index, roles: [])
            #expect(detector.exclusion(scan) == detector.exclusion(withoutRoles), "\(sentence)")
            #expect(detector.mayDependOnBodyStart(withoutRoles) || scan.count == 0)
            if scan.count > 0, !detector.mayDependOnBodyStart(scan) { skipped += 1 }
        }
        #expect(skipped > 30)
    }

    /// `bodyStart` without its colon search.
    static func bodyStartBySearch(_ scan: TextScan) -> Int {
        for index in 1..<min(scan.count, 8) where scan.gap(before: index, holds: UInt8(ascii: ":")) {
            return index
        }
        return 0
    }
}

import Testing

@testable import CopydeskCore

/// `isInEmbeddedQuestion` answers a sentence without "whether" or "if" from the roles the
/// detector's scan found, and `hedgeCount` one without a hedge: the same answers as reading
/// the words, and as a scan without roles.
@Suite struct CheckWorthinessEmbeddingRolesTests {
    static let sentences =
        CheckWorthinessExclusionRolesTests.sentences + [
            "It is unclear whether fasting reduces weight.", "Ask if the drug cures acne, then see whether it helps.",
            "Studies show that fasting reduces insulin, if done daily.", "IF you fast, it may possibly help.",
            "Whether, in fact, it prevents cancer is unknown.", "Doctors say it is safe to say this cures nothing.",
            "A 2019 review found that coffee lowers risk; whether it helps is unclear.", "If", "whether",
            "Fasting might perhaps improve sleep, if anything.", "It may help. May it help?",
            "Researchers at Harvard found that statins reduce risk.",
            "Many athletes believe creatine causes hair loss, but if so, why?",
        ]

    @Test(arguments: sentences)
    func rolesAnswerAsTheWords(_ sentence: String) {
        let detector = CheckWorthiness()
        let text = SentenceText(sentence)
        let scan = detector.scan(text)
        let withoutRoles = TextScan(text, lexical: scan.lexical, lexicons: detector.index, roles: [])
        #expect(scan.roles.count == scan.count)
        for index in 0...scan.count {
            #expect(scan.isInEmbeddedQuestion(index) == scan.isInEmbeddedQuestionByWords(index), "\(index)")
            #expect(withoutRoles.isInEmbeddedQuestion(index) == scan.isInEmbeddedQuestionByWords(index))
        }
        #expect(detector.hedgeCount(scan) == Self.hedgeCountByWords(scan))
    }

    /// `hedgeCount` without its test of the sentence's roles.
    static func hedgeCountByWords(_ scan: TextScan) -> Int {
        var count = 0
        for index in 0..<scan.count where scan.isWord(index, in: CheckWorthiness.hedges) {
            if scan.word(index) == "may" && index > 0 && scan.isCapitalized(index) { continue }
            count += 1
        }
        return count
    }
}

import Testing

@testable import CopydeskCore

/// `RoleIndex.roleTable(of:)` clears every word's roles and looks up only the words its hash
/// filter lets through: the table is each sentence's words' roles found by their strings, one
/// sentence after another, whatever the sentences' lengths (none, one word, many).
@Suite struct RoleTableFillTests {
    /// Words with roles of every kind, words with none, capitals, curly apostrophes and words
    /// that are not ASCII.
    static let vocabulary = [
        "may", "May", "MIGHT", "could", "perhaps", "studies", "Trial", "many", "some", "effects", "relief",
        "three", "half", "Millions", "doubled", "in", "by", "if", "Whether", "when", "ask", "take", "is",
        "shown", "the", "patients", "Naïve", "café", "it’s", "don’t", "40%", "2019", "1.28", "cures",
        "prevents", "clearly", "a", "of", "to", "recommend", "should", "x", "extraordinarily", "",
    ]

    static func sentences(seed: UInt64, count: Int) -> [String] {
        var state = seed
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        return (0..<count).map { _ in
            let length = next(4) == 0 ? next(3) : next(24)
            let separator = next(5) == 0 ? ", " : " "
            return (0..<length).map { _ in vocabulary[next(vocabulary.count)] }.joined(separator: separator)
        }
    }

    static func expectTableIsEachSentencesRoles(_ detector: CheckWorthiness, _ sentences: [String]) {
        let texts = sentences.map { SentenceText($0) }
        let table = texts.withUnsafeBufferPointer { detector.roleIndex.roleTable(of: $0) }
        var expected: [CheckWorthiness.Roles] = []
        for text in texts {
            let roles = detector.roleIndex.roles(of: text.words)
            #expect(detector.roleIndex.roles(of: text.keys) == roles, "\(text.words)")
            expected += roles
        }
        #expect(table == expected)
    }

    @Test(arguments: 0..<20)
    func tableIsEachSentencesRolesByString(_ seed: Int) {
        let sentences = Self.sentences(seed: UInt64(seed), count: 1 + seed * 7)
        let detector = CheckWorthiness()
        #expect(detector.roleIndex.filtersByHash)
        Self.expectTableIsEachSentencesRoles(detector, sentences)
    }

    /// Without the filter (a study noun that may equal an ASCII word) every word is looked up.
    @Test func tableWithoutTheFilterIsEachSentencesRoles() {
        let detector = CheckWorthiness(
            lexicons: .init(studyNouns: CheckWorthiness.Lexicons.builtInStudyNouns + ["trial\u{037E}"]))
        #expect(!detector.roleIndex.filtersByHash)
        Self.expectTableIsEachSentencesRoles(detector, Self.sentences(seed: 7, count: 60) + ["The trial; was small."])
    }

    @Test func noSentencesGiveAnEmptyTable() {
        let detector = CheckWorthiness()
        #expect([SentenceText]().withUnsafeBufferPointer { detector.roleIndex.roleTable(of: $0) }.isEmpty)
        Self.expectTableIsEachSentencesRoles(detector, ["", "", "may"])
    }
}

extension CheckWorthiness.RoleIndex {
    /// The table alone (`roleTable(of:unions:)`, the unions let go).
    func roleTable(of texts: UnsafeBufferPointer<SentenceText>) -> [CheckWorthiness.Roles] {
        var unions = [CheckWorthiness.Roles](repeating: [], count: texts.count)
        return unions.withUnsafeMutableBufferPointer { roleTable(of: texts, unions: $0) }
    }
}

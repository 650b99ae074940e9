import ArticleLoading
import CopydeskCore
import TestSupport
import Testing

@testable import Checks

/// `ClaimSentences.findings(where:_:)` takes the first sentence's findings as its list and appends
/// the others': the findings, in order, of every candidate sentence (a flat map over them), over
/// many generated articles and bodies that find nothing, one finding or several in any sentence.
@Suite struct ClaimFindingsListTests {
    @Test func findingsAreEveryCandidateSentencesFindingsInOrder() throws {
        var random = SplitMix(state: 61)
        let reader = ClaimReader(policy: Policy())
        let words = ["Tea", "cures", "acne", "it", "is", "safe", "may", "help", "and", "the", "caf\u{E9}"]
        var total = 0
        for _ in 0..<300 {
            let text = (0..<Int.random(in: 1...9, using: &random)).map { _ in
                (0..<Int.random(in: 1...8, using: &random)).map { _ in words.randomElement(using: &random)! }
                    .joined(separator: " ") + "."
            }.joined(separator: " ")
            let article = try ArticleLoader().load(path: "test.md", bytes: Array(text.utf8), format: .markdown)
            let sentences = reader.sentences(in: article)
            // For each sentence, whether it is a candidate and how many findings its body makes.
            let candidates = sentences.indices.map { _ in Int.random(in: 0..<4, using: &random) != 0 }
            let counts = sentences.indices.map { _ in [0, 0, 1, 1, 2, 3].randomElement(using: &random)! }
            // Each sentence's row, by its index among the article's sentences.
            let rows = Dictionary(uniqueKeysWithValues: sentences.indices.map { (sentences[$0].index, $0) })
            func body(_ sentence: ClaimSentence) -> [Finding] {
                let row = rows[sentence.index]!
                return (0..<counts[row]).map { number in
                    let position = SourcePosition(line: row + 1, column: number + 1, offset: row)
                    return Finding(
                        rule: "test.rule", category: .medicalClaim, severity: .warning,
                        message: "sentence \(row) finding \(number)", match: sentence.text,
                        range: SourceRange(start: position, end: position), section: number == 1 ? "S" : nil,
                        suggestions: number == 2 ? ["a", "b"] : [])
                }
            }
            func isCandidate(_ sentence: ClaimSentence) -> Bool {
                candidates[rows[sentence.index]!]
            }
            let found = sentences.findings(where: isCandidate, body)
            let plain = sentences.indices.filter { candidates[$0] }.flatMap { body(sentences[$0]) }
            #expect(found == plain, "\(text)")
            total += found.count
        }
        #expect(total > 300)
    }
}

import ArticleLoading
import CopydeskCore
import TestSupport
import Testing

@testable import Checks

/// `ClaimSentence.clauses` reads the clause numbers in the sentence's row once its scope is
/// made: the clauses of the sentence's negation scope, asked before the scope and after it.
@Suite struct ClaimSentenceClausesTests {
    @Test func clausesAreThoseOfTheNegationScope() throws {
        var random = SplitMix(state: 103)
        let vocabulary = [
            "it", "cures", "acne", "but", "not", "and", "they", "heal", ",", ";", "—", "(", ")", "although", "if",
            "instead", "of", "no", "side", "effects", "caf\u{E9}", "Never", "so", "we",
        ]
        var compared = 0
        for _ in 0..<200 {
            let sentences = (0..<Int.random(in: 1...3, using: &random)).map { _ in
                (0..<Int.random(in: 1...14, using: &random)).map { _ in vocabulary.randomElement(using: &random)! }
                    .joined(separator: " ") + "."
            }
            let text = sentences.joined(separator: " ")
            let article = try ArticleLoader().load(path: "c.md", bytes: Array(text.utf8), format: .markdown)
            let read = ClaimReader(policy: Policy()).sentences(in: article)
            for sentence in read {
                let plain = NegationScope(text: sentence.text).clauses
                // Asked first, then again once the scope is kept in the row.
                #expect(sentence.clauses == plain, "\(sentence.text)")
                #expect(sentence.clauses == sentence.negation.clauses, "\(sentence.text)")
                #expect(sentence.clauses == plain, "\(sentence.text)")
                compared += 1
            }
        }
        #expect(compared > 200)
    }
}

import CopydeskCore
import TestSupport
import Testing

@testable import FactChecking

/// Number consistency passes over the sentences whose check-worthiness verdict found no digit
/// (`CheckWorthiness.Verdict.holdsNoDigit`, set by the verdicts read without a scan): over
/// generated articles, such a sentence holds no ASCII digit, and the findings with the
/// verdicts are the findings that read every sentence.
@Suite struct NumberConsistencyDigitTests {
    static let sentences = [
        "The study followed 25,871 adults.", "In all, 25,000 adults gave samples.", "About 26,000 adults took part.",
        "The package builds with the code on a server.", "It runs on files and the server.",
        "Minoxidil reduced hair loss by 40% in the trial.", "In that trial, hair loss fell by 30% with minoxidil.",
        "Use the tool in the morning.", "If it fails, the build runs again.", "Many users like it.",
        "Version 1.2 of the package runs on 3 servers.", "Some 300 patients took the drug.",
        "Three hundred patients took the drug.", "The tool is in the package.", "Why does it fail?",
        "The review of 12 trials found no effect.", "It cut deaths by half in 2019.", "Naïve café code runs.",
        "The drug cut the risk of stroke by 40%.", "It cut the risk of stroke by 25%.", "Note: the tool runs.",
    ]

    static func article(seed: UInt64) throws -> Article {
        var random = SplitMix(seed: seed)
        let paragraphs = (0..<(3 + random.next(12))).map { _ in
            (0..<(1 + random.next(4))).map { _ in sentences[random.next(sentences.count)] }.joined(separator: " ")
        }
        return try Fixture.article(paragraphs.joined(separator: "\n\n") + "\n")
    }

    @Test func findingsWithTheVerdictsAreTheFindingsWithout() throws {
        let detector = CheckWorthiness(policy: Policy())
        var skipped = 0
        var reported = 0
        for seed in 0..<150 {
            let article = try Self.article(seed: UInt64(seed))
            let verdicts = detector.verdicts(in: article)
            for (verdict, sentence) in zip(verdicts, article.sentences) where verdict.holdsNoDigit {
                skipped += 1
                #expect(!sentence.text.utf8.contains { $0 &- UInt8(ascii: "0") < 10 }, "\(sentence.text)")
            }
            let all = NumberConsistency().findings(in: article)
            #expect(NumberConsistency().findings(in: article, verdicts: verdicts) == all)
            reported += all.count
        }
        // Many sentences are passed over, and the articles hold conflicts to report.
        #expect(skipped > 300 && reported > 50)
    }

    /// Paragraphs, fenced and indented code holding the same sentences, and a references list:
    /// the verdicts are asked before the block, and a code block's numbers are still passed over.
    static func articleWithCode(seed: UInt64) throws -> Article {
        var random = SplitMix(seed: seed &+ 1_000)
        let blocks = (0..<(3 + random.next(12))).map { _ -> String in
            let text = (0..<(1 + random.next(4))).map { _ in sentences[random.next(sentences.count)] }
                .joined(separator: " ")
            switch random.next(4) {
            case 0: return "```\n" + text + "\n```"
            case 1: return "    " + text
            default: return text
            }
        }
        return try Fixture.article(
            blocks.joined(separator: "\n\n") + "\n\n## References\n\n1. Smith J. 25,000 adults. 2019.\n")
    }

    @Test func findingsWithTheVerdictsAreTheFindingsWithoutAmongCode() throws {
        let detector = CheckWorthiness(policy: Policy())
        var reported = 0
        var codeSentences = 0
        for seed in 0..<150 {
            let article = try Self.articleWithCode(seed: UInt64(seed))
            codeSentences += article.sentences.filter { !article.blocks[$0.blockIndex].isLintable }.count
            let all = NumberConsistency().findings(in: article)
            #expect(NumberConsistency().findings(in: article, verdicts: detector.verdicts(in: article)) == all)
            reported += all.count
        }
        #expect(reported > 30, "\(reported) \(codeSentences)")
    }
}

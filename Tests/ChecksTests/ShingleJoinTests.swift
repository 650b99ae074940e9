import CopydeskCore
import Foundation
import TestSupport
import Testing

@testable import Checks

struct ShingleJoinTests {

    /// Paragraphs of words from a small vocabulary, some of them edited copies of earlier ones.
    static func paragraphs(_ count: Int, seed: UInt64) -> [[String]] {
        var random = SplitMix(state: seed)
        let vocabulary = (0..<40).map { "w\($0)" }
        var result: [[String]] = []
        for _ in 0..<count {
            if let source = result.randomElement(using: &random), Int.random(in: 0..<3, using: &random) == 0 {
                var copy = source
                for _ in 0..<Int.random(in: 0...3, using: &random) {
                    copy[Int.random(in: 0..<copy.count, using: &random)] = vocabulary.randomElement(using: &random)!
                }
                result.append(copy)
            } else {
                result.append(
                    (0..<Int.random(in: 8...30, using: &random)).map { _ in vocabulary.randomElement(using: &random)! })
            }
        }
        return result
    }

    /// The earliest earlier set at or above the threshold, by comparing every pair.
    static func bruteForce(_ sets: [[UInt64]], _ join: ShingleJoin) -> [ShingleJoin.Match] {
        sets.indices.compactMap { later in
            for earlier in 0..<later where !sets[earlier].isEmpty && !sets[later].isEmpty {
                let similarity = join.jaccard(sets[earlier], sets[later])
                if similarity >= join.threshold { return .init(later: later, earlier: earlier, similarity: similarity) }
            }
            return nil
        }
    }

    @Test(arguments: [0.5, 0.7, 0.8, 0.9, 1.0])
    func prefixFilteringFindsExactlyWhatComparingAllPairsFinds(threshold: Double) {
        let join = ShingleJoin(threshold: threshold)
        for seed in UInt64(1)...20 {
            let sets = Self.paragraphs(60, seed: seed).map { join.shingles(of: $0.map(StableHash.hash)) }
            let expected = Self.bruteForce(sets, join)
            #expect(join.matches(sets) == expected, "seed \(seed)")
            if seed == 1 { #expect(!expected.isEmpty) }
        }
    }

    @Test(arguments: [0.5, 0.8, 1.0])
    func smallArticlesComparedPairwiseFindWhatTheIndexFinds(threshold: Double) {
        let join = ShingleJoin(threshold: threshold)
        var found = 0
        for count in [0, 1, 2, 5, 12, ShingleJoin.indexFrom - 1, ShingleJoin.indexFrom] {
            for seed in UInt64(1)...10 {
                var sets = Self.paragraphs(count, seed: seed).map { join.shingles(of: $0.map(StableHash.hash)) }
                if count > 3 { sets[2] = [] }
                let expected = Self.bruteForce(sets, join)
                found += expected.count
                #expect(join.pairwiseMatches(sets) == expected, "\(count) sets, seed \(seed)")
                #expect(join.indexedMatches(sets) == expected, "\(count) sets, seed \(seed)")
                #expect(join.matches(sets) == expected)
            }
        }
        #expect(found > 0)
    }

    @Test func shinglesAreDistinctSortedAndCoverShortTexts() {
        let join = ShingleJoin(threshold: 0.8)
        let words = { (text: String) in WordIndex.hashes(of: text) }
        #expect(join.shingles(of: words("a b c a b c")).count == 3)
        #expect(join.shingles(of: words("a b")).count == 1)
        #expect(join.shingles(of: []).isEmpty)
        #expect(join.shingles(of: words("one two three")) != join.shingles(of: words("three two one")))
        let shingles = join.shingles(of: words("one two three four five"))
        #expect(shingles == shingles.sorted())
        #expect(join.jaccard([1, 2, 3], [2, 3, 4]) == 0.5)
        #expect(join.prefixLength(10) == 3)
    }

    @Test func wordHashesAreEqualExactlyWhenNormalizedTextsAre() {
        let texts = [
            "It’s a Cure-All!", "it's a cure-all", "Its a cure all", "Café — naïve", "CAFÉ naïve", "1.28 mg", "1 28 mg",
        ]
        for lhs in texts {
            for rhs in texts {
                #expect(
                    (WordIndex.hashes(of: lhs) == WordIndex.hashes(of: rhs))
                        == (Words.normalized(lhs) == Words.normalized(rhs)),
                    "\(lhs) / \(rhs)")
            }
        }
    }

    @Test func thousandsOfParagraphsStayFast() throws {
        var random = SplitMix(state: 7)
        let vocabulary = (0..<5000).map { "word\($0)" }
        var paragraphs = (0..<3000).map { _ in
            (0..<40).map { _ in vocabulary.randomElement(using: &random)! }.joined(separator: " ") + "."
        }
        // Plant a lightly edited copy of paragraph 10 at the end.
        var copy = paragraphs[10].split(separator: " ").map(String.init)
        copy[39] = "changed."
        paragraphs.append(copy.joined(separator: " "))
        let article = try Fixture.article(paragraphs.joined(separator: "\n\n"))
        let check = NearDuplicateParagraphCheck(policy: Policy())
        let clock = ContinuousClock()
        let start = clock.now
        let found = check.findings(in: article)
        let elapsed = clock.now - start
        #expect(found.map(\.range.start.line) == [6001])
        #expect(found.first?.related.map(\.range.start.line) == [21])
        #expect(elapsed < .seconds(10), "near-duplicate search over 3,001 paragraphs took \(elapsed)")
    }
}

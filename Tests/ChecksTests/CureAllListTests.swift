import ArticleLoading
import CopydeskCore
import TestSupport
import Testing

@testable import Checks

/// `CureAllCheck` reads a claim's listed conditions only when three conditions at least follow
/// its verb (`CureClaims.conditionCount(after:in:)`): the listed ones are among those, so a claim
/// with fewer lists fewer than three. Over many generated sentences of cure verbs, conditions,
/// list words and contrasts, no claim lists more conditions than follow its verb, and the check
/// finds what reading every claim's list finds.
@Suite struct CureAllListTests {
    private static let vocabulary = [
        "cures", "treats", "prevents", "heals", "remedy", "cure", "for", "can", "reverse", "a", "proven", "acne",
        "diabetes", "arthritis", "cancer", "eczema", "asthma", "warts", "wart", "Alzheimer's", "psoriasis",
        "migraines", "depression", "insomnia", "obesity", "and", "or", "as", "well", "even", "plus", ",", "but",
        "although", "tea", "turmeric", "it", "cells", "patients", "may", "not", "never", "all", "diseases",
        "everything", "fights", "the", "in", "weeks", "caf\u{E9}",
    ]

    /// The check's ranges as it found them before, every claim's list read.
    private static func plainRanges(
        _ sentence: ClaimSentence, cures: CureClaims, phrases: ClaimPhrases, scopes: ClaimPhrases,
        benefits: BenefitWords
    ) -> [Range<Int>] {
        var ranges = phrases.claims(in: sentence, qualifiable: true).map(\.tokenRange)
        for match in scopes.claims(in: sentence, qualifiable: true) {
            let neighbours = sentence.clauseNeighbours(of: match.tokenRange, before: 6, after: 0)
            guard let benefit = neighbours.first(where: { benefits.length(at: $0, in: sentence.words) != nil }),
                !sentence.isNegated(benefit..<(benefit + 1))
            else { continue }
            ranges.append(benefit..<match.tokenRange.upperBound)
        }
        guard !sentence.isQuestion else { return ranges }
        for claim in cures.claims(in: sentence) {
            let listed = cures.listedConditions(after: claim, in: sentence)
            let curesOutright = CureAllCheck.curesOutright(sentence.words[claim.verb.lowerBound])
            guard listed.count >= (curesOutright ? 3 : 4), !sentence.isNegated(claim.verb),
                !sentence.isHedged(claim.verb)
            else { continue }
            guard !ranges.contains(where: { $0.overlaps(claim.verb) }) else { continue }
            ranges.append(claim.verb.lowerBound..<listed[listed.count - 1].upperBound)
        }
        return ranges.count > 1 ? ranges.sorted { $0.lowerBound < $1.lowerBound } : ranges
    }

    @Test func claimsListNoMoreConditionsThanFollowTheVerb() throws {
        var random = SplitMix(state: 47)
        let policy = Policy()
        let cures = CureClaims(policy: policy)
        let reader = ClaimReader(policy: policy)
        let check = CureAllCheck(policy: policy)
        let phrases = ClaimPhrases(policy: policy, .cureAll)
        let scopes = ClaimPhrases(policy: policy, .cureAllScopes)
        let benefits = BenefitWords(policy: policy)
        var claims = 0
        var lists = 0
        var found = 0
        for _ in 0..<400 {
            let sentences = (0..<Int.random(in: 1...4, using: &random)).map { _ in
                (0..<Int.random(in: 2...18, using: &random)).map { _ in
                    Self.vocabulary.randomElement(using: &random)!
                }.joined(separator: " ") + (Bool.random(using: &random) ? "." : "?")
            }
            let text = sentences.joined(separator: " ")
            let article = try ArticleLoader().load(path: "test.md", bytes: Array(text.utf8), format: .markdown)
            var expected: [String] = []
            for sentence in reader.sentences(in: article) {
                for claim in cures.claims(in: sentence) {
                    let listed = cures.listedConditions(after: claim, in: sentence).count
                    #expect(listed <= cures.conditionCount(after: claim, in: sentence), "\(sentence.text)")
                    claims += 1
                    if listed >= 3 { lists += 1 }
                }
                expected += Self.plainRanges(
                    sentence, cures: cures, phrases: phrases, scopes: scopes, benefits: benefits
                ).map { sentence.phrase($0) }
            }
            let matches = check.findings(in: article).map(\.match)
            #expect(matches == expected, "\(text)")
            found += matches.count
        }
        #expect(claims > 300)
        #expect(lists > 20)
        #expect(found > 20)
    }
}

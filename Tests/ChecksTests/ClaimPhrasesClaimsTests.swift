import ArticleLoading
import CopydeskCore
import TestSupport
import Testing

@testable import Checks

/// `ClaimPhrases.claims(in:qualifiable:)` keeps the list of matches itself when every match
/// claims, and asks each match once: over generated sentences with negated, hedged, qualified,
/// asked and repeated claims of every medical list, it gives what filtering the matches and
/// keeping the first of each clause gives.
@Suite struct ClaimPhrasesClaimsTests {
    static let pieces = [
        "it is completely safe", "there are no side effects", "it is not completely safe", "a miracle cure",
        "it might be 100% safe", "usually safe", "safe for most patients", "guaranteed results",
        "it cures cancer", "it does not cure cancer", "a breakthrough", "studies suggest it is a miracle",
        "in 90% of patients", "but it is totally safe", "it replaces chemotherapy", "instead of insulin",
        "results within days", "it works overnight", "no doubt a miracle", "although some say it is harmless",
        "it boosts immunity", "coffee prevents heart disease", "never", "perhaps", "and", "100% natural",
    ]

    static func sentence(_ random: inout SplitMix) -> String {
        var parts: [String] = []
        for _ in 0..<(1 + random.next(4)) { parts.append(pieces[random.next(pieces.count)]) }
        let text = parts.joined(separator: random.next(2) == 0 ? ", " : " and ")
        return text.prefix(1).uppercased() + text.dropFirst() + (random.next(6) == 0 ? "?" : ".")
    }

    @Test func claimsAreTheFilteredMatchesFirstPerClause() throws {
        let policy = Policy()
        let lists = ClaimLexicons.List.allCases.map { ClaimPhrases(policy: policy, $0) }
        var random = SplitMix(seed: 0xC1A1)
        var compared = 0
        var kept = 0
        for _ in 0..<150 {
            let text = (0..<(2 + random.next(5))).map { _ in Self.sentence(&random) }.joined(separator: " ")
            let article = try ArticleLoader().load(path: "t.md", bytes: Array(text.utf8), format: .markdown)
            let sentences = ClaimReader(policy: policy).sentences(in: article)
            for sentence in sentences {
                for phrases in lists {
                    for qualifiable in [false, true] {
                        let plain: [PhraseMatcher.Match] =
                            sentence.isQuestion
                            ? []
                            : phrases.matches(in: sentence).filter { match in
                                !sentence.isNegated(match.tokenRange) && !sentence.isHedged(match.tokenRange)
                                    && !(qualifiable && sentence.isQualified(match.tokenRange))
                            }.firstPerClause(in: sentence)
                        let claims = phrases.claims(in: sentence, qualifiable: qualifiable)
                        #expect(claims.map(\.tokenRange) == plain.map(\.tokenRange), "\(sentence.text)")
                        #expect(claims.map(\.phrase) == plain.map(\.phrase))
                        compared += 1
                        kept += claims.count
                    }
                }
            }
        }
        #expect(compared > 10_000 && kept > 300)
    }
}
